"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type LoginFormState, logIn } from "./actions";

/** The login form; it also works before its JavaScript has loaded, as a plain form post. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("admin.login");
  const [state, action, pending] = useActionState<LoginFormState, FormData>(logIn, null);
  return (
    <form action={action} className="login-form">
      {state ? (
        <p className="notice notice-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="login-email">{t("email")}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={state?.email} key={state?.email} />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t("password")}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
