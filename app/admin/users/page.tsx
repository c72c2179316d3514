import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { listUsersForAdmin, type UserListRow } from "@/db/queries/users";
import { roles } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { idleTimeoutMs, requireUser } from "@/lib/auth/session";
import { formatDateTime, type Locale } from "@/lib/hindi/format";
import { changeRoleAction, createUserAction, setDisabledAction, setPasswordAction, signOutEverywhereAction, unlockAction } from "./actions";
import "./users.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const user = await requireUser();
  const t = await getTranslations("admin.users");
  if (!can(user, "users.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const accounts = await listUsersForAdmin(new Date(now.getTime() - idleTimeoutMs), now);
  return (
    <AdminShell
      user={user}
      title={t("title")}
      actions={
        <ActionForm action={signOutEverywhereAction} submitLabel={t("signOutMine")} destructive className="users-inline-form">
          <input type="hidden" name="userId" value={user.id} />
        </ActionForm>
      }
    >
      <div className="users-table-wrap">
        <table className="admin-table desk-cards">
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.role")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.lastSignIn")}</th>
              <th scope="col">{t("columns.sessions")}</th>
              <th scope="col">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <UserRow key={account.id} account={account} isSelf={account.id === user.id} locale={locale} now={now} />
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserPanel />
    </AdminShell>
  );
}

async function UserRow({ account, isSelf, locale, now }: { account: UserListRow; isSelf: boolean; locale: Locale; now: Date }) {
  const t = await getTranslations("admin.users");
  const roleName = await getTranslations("admin.nav.role");
  const locked = account.lockedUntil !== null && account.lockedUntil > now;
  return (
    <tr>
      <td data-label={t("columns.name")}>
        <strong>{account.name}</strong>
        {isSelf ? <span className="status-badge users-self">{t("you")}</span> : null}
        <br />
        <span className="users-email">{account.email}</span>
      </td>
      <td data-label={t("columns.role")}>
        <ActionForm action={changeRoleAction} submitLabel={t("role.submit")} successMessage={t("role.done")} className="users-inline-form">
          <input type="hidden" name="userId" value={account.id} />
          <select name="role" defaultValue={account.role} aria-label={t("role.label", { name: account.name })}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleName(role)}
              </option>
            ))}
          </select>
        </ActionForm>
      </td>
      <td data-label={t("columns.status")}>
        <span className={`status-badge ${account.disabled ? "users-disabled" : locked ? "users-locked" : "users-active"}`}>
          {account.disabled ? t("state.disabled") : locked ? t("state.locked", { time: formatDateTime(account.lockedUntil!, locale) }) : t("state.active")}
        </span>
        {account.failedLogins > 0 && !locked ? <div className="field-hint">{t("state.failures", { count: account.failedLogins })}</div> : null}
      </td>
      <td data-label={t("columns.lastSignIn")}>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, locale) : t("never")}</td>
      <td data-label={t("columns.sessions")}>{account.liveSessions}</td>
      <td data-label={t("columns.actions")} className="users-actions">
        <ActionForm
          action={setDisabledAction}
          submitLabel={account.disabled ? t("enable.submit") : t("disable.submit")}
          successMessage={account.disabled ? t("disable.done") : t("enable.done")}
          destructive={!account.disabled}
          className="users-inline-form"
        >
          <input type="hidden" name="userId" value={account.id} />
          <input type="hidden" name="disabled" value={account.disabled ? "0" : "1"} />
        </ActionForm>
        {locked || account.failedLogins > 0 ? (
          <ActionForm action={unlockAction} submitLabel={t("unlock.submit")} successMessage={t("unlock.done")} className="users-inline-form">
            <input type="hidden" name="userId" value={account.id} />
          </ActionForm>
        ) : null}
        {!isSelf ? (
          <ActionForm action={signOutEverywhereAction} submitLabel={t("signOut.submit")} successMessage={t("signOut.done")} destructive className="users-inline-form">
            <input type="hidden" name="userId" value={account.id} />
          </ActionForm>
        ) : null}
        <details className="users-password">
          <summary>{t("password.submit")}</summary>
          <ActionForm action={setPasswordAction} submitLabel={t("password.submit")} successMessage={t("password.done")} resetOnSuccess>
            <input type="hidden" name="userId" value={account.id} />
            <div className="field">
              <label htmlFor={`password-${account.id}`}>{t("password.label", { name: account.name })}</label>
              <input id={`password-${account.id}`} name="password" type="password" autoComplete="new-password" minLength={10} maxLength={1024} required />
            </div>
          </ActionForm>
        </details>
      </td>
    </tr>
  );
}

async function CreateUserPanel() {
  const t = await getTranslations("admin.users.create");
  const roleName = await getTranslations("admin.nav.role");
  return (
    <section className="panel users-create" aria-labelledby="users-create-heading">
      <h2 id="users-create-heading">{t("heading")}</h2>
      <ActionForm
        action={createUserAction}
        submitLabel={t("submit")}
        successMessage={t("done")}
        resetOnSuccess
        fieldLabels={{ name: t("name"), email: t("email"), role: t("role"), password: t("password") }}
      >
        <div className="users-create-grid">
          <div className="field">
            <label htmlFor="new-user-name">{t("name")}</label>
            <input id="new-user-name" name="name" required maxLength={120} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="new-user-email">{t("email")}</label>
            <input id="new-user-email" name="email" type="email" required maxLength={254} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="new-user-role">{t("role")}</label>
            <select id="new-user-role" name="role" defaultValue="contributor">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-user-password">{t("password")}</label>
            <input id="new-user-password" name="password" type="password" required minLength={10} maxLength={1024} autoComplete="new-password" aria-describedby="new-user-password-hint" />
            <span id="new-user-password-hint" className="field-hint">
              {t("passwordHint")}
            </span>
          </div>
        </div>
      </ActionForm>
    </section>
  );
}
