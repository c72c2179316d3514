"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deleteUserSessions } from "@/db/queries/sessions";
import { type AccessChange, replaceUserPassword, unlockUser, updateUserAccess } from "@/db/queries/users";
import { roles } from "@/db/schema";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { recordAudit } from "@/lib/audit/record";
import { createUser, EmailTakenError, passwordField } from "@/lib/auth/newUser";
import { hashPassword } from "@/lib/auth/password";
import { endSession, requirePermission, startSession } from "@/lib/auth/session";

const userId = z.coerce.number().int().positive();

type Outcome<T> = { refused: ActionResult<never> } | { value: T };

/** runAction, for bodies that may also refuse with a message of their own (invalid fields, the last admin). */
async function answer<T>(body: () => Promise<Outcome<T>>): Promise<ActionResult<T>> {
  const result = await runAction(body);
  if (!result.ok) return result;
  return "refused" in result.data ? result.data.refused : { ok: true, data: result.data.value };
}

/** zod's message keys (lib/auth/newUser.ts), said in the admin's language. */
async function invalid(fieldErrors: Record<string, string[] | undefined>): Promise<Outcome<never>> {
  const t = await getTranslations("admin.users.errors");
  const general = await getTranslations("admin.errors");
  const said = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, keys]) => [field, (keys ?? []).map((key) => (t.has(key) ? t(key) : key))]),
  );
  return { refused: { ok: false, code: "invalid", error: general("invalid"), fieldErrors: said } };
}

function done(): void {
  revalidatePath("/admin/users");
}

/** Creates an account from the users page (name, email, role, initial password). */
export async function createUserAction(formData: FormData): Promise<ActionResult<{ id: number }>> {
  return answer(async () => {
    const actor = await requirePermission("users.manage");
    const [name, email, role, password] = ["name", "email", "role", "password"].map((field) => formData.get(field) ?? "");
    try {
      const id = await createUser({ name, email, role, password });
      await recordAudit({ action: "user.create", userId: actor.id, targetType: "user", targetId: id, details: { email, role } });
      done();
      return { value: { id } };
    } catch (error) {
      if (error instanceof z.ZodError) return invalid(z.flattenError(error).fieldErrors);
      if (error instanceof EmailTakenError) return invalid({ email: ["emailTaken"] });
      throw error;
    }
  });
}

async function changeAccess(formData: FormData, change: (form: FormData) => AccessChange): Promise<ActionResult<undefined>> {
  return answer(async () => {
    const actor = await requirePermission("users.manage");
    const id = userId.parse(formData.get("userId"));
    const wanted = change(formData);
    const outcome = await updateUserAccess(id, wanted);
    if (outcome.outcome === "notFound") throw new NotFoundError();
    if (outcome.outcome === "lastAdmin") {
      const t = await getTranslations("admin.users");
      return { refused: { ok: false, code: "conflict", error: t("lastAdmin") } };
    }
    if (wanted.role !== undefined && wanted.role !== outcome.previous.role) {
      await recordAudit({ action: "user.role", userId: actor.id, targetType: "user", targetId: id, details: { from: outcome.previous.role, to: wanted.role } });
    }
    if (wanted.disabled !== undefined && wanted.disabled !== outcome.previous.disabled) {
      await recordAudit({ action: "user.disable", userId: actor.id, targetType: "user", targetId: id, details: { disabled: wanted.disabled } });
    }
    done();
    return { value: undefined };
  });
}

/** Gives an account another role; the last active admin cannot lose theirs. */
export async function changeRoleAction(formData: FormData): Promise<ActionResult<undefined>> {
  return changeAccess(formData, (form) => ({ role: z.enum(roles).parse(form.get("role")) }));
}

/** Disables (ending every session) or enables an account; the last active admin cannot be disabled. */
export async function setDisabledAction(formData: FormData): Promise<ActionResult<undefined>> {
  return changeAccess(formData, (form) => ({ disabled: z.enum(["0", "1"]).parse(form.get("disabled")) === "1" }));
}

/** Lifts a lock after too many wrong passwords. */
export async function unlockAction(formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requirePermission("users.manage");
    const id = userId.parse(formData.get("userId"));
    if (!(await unlockUser(id))) throw new NotFoundError();
    await recordAudit({ action: "user.update", userId: actor.id, targetType: "user", targetId: id, details: { unlocked: true } });
    done();
    return undefined;
  });
}

/** Sets a new password for an account and ends its sessions; an admin changing their own stays signed in here. */
export async function setPasswordAction(formData: FormData): Promise<ActionResult<undefined>> {
  return answer(async () => {
    const actor = await requirePermission("users.manage");
    const id = userId.parse(formData.get("userId"));
    const password = passwordField.safeParse(formData.get("password") ?? "");
    if (!password.success) return invalid({ password: password.error.issues.map((issue) => issue.message) });
    if (!(await replaceUserPassword(id, await hashPassword(password.data)))) throw new NotFoundError();
    await recordAudit({ action: "user.update", userId: actor.id, targetType: "user", targetId: id, details: { passwordReset: true } });
    if (id === actor.id) await startSession(actor.id);
    done();
    return { value: undefined };
  });
}

/** "Sign out everywhere": ends every session of the account. Doing it to oneself leads to the login page. */
export async function signOutEverywhereAction(formData: FormData): Promise<ActionResult<{ ended: number }>> {
  const result = await runAction(async () => {
    const actor = await requirePermission("users.manage");
    const id = userId.parse(formData.get("userId"));
    const ended = await deleteUserSessions(id);
    await recordAudit({ action: "sessions.revoked", userId: actor.id, targetType: "user", targetId: id, details: { ended } });
    done();
    return { ended, self: id === actor.id };
  });
  if (!result.ok) return result;
  if (result.data.self) {
    await endSession();
    redirect("/admin/login");
  }
  return { ok: true, data: { ended: result.data.ended } };
}
