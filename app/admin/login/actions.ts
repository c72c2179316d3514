"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { runAction } from "@/lib/admin/actionResult";
import { attemptLogin, safeNextPath } from "@/lib/auth/login";
import { clientAddress, startSession } from "@/lib/auth/session";

/** What the login form shows after a refused attempt; the email is kept so that only the password is typed again. */
export type LoginFormState = { error: string; email: string } | null;

/**
 * Signs in with the form's email and password and goes on to `next` (a path on this site) or /admin.
 * The message never tells whether the email has an account.
 */
export async function logIn(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const t = await getTranslations("admin.login");
  const email = formData.get("email");
  const typedEmail = typeof email === "string" ? email.slice(0, 254) : "";
  const result = await runAction(async () => attemptLogin({ email, password: formData.get("password"), address: await clientAddress() }));
  if (!result.ok) return { error: result.error, email: typedEmail };
  const decision = result.data;
  if (!decision.ok) {
    const error =
      decision.reason === "tooManyAttempts" ? t("tooManyAttempts", { minutes: Math.max(1, Math.ceil(decision.retryAfterMs / 60_000)) }) : t(decision.reason);
    return { error, email: typedEmail };
  }
  await startSession(decision.userId);
  redirect(safeNextPath(formData.get("next")));
}
