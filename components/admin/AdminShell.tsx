import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { StaffUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import { LocaleSwitch } from "./LocaleSwitch";

type NavItem = { href: string; label: string; show: boolean };

/** The frame of every signed-in newsroom page: navigation by role, who is signed in, and the page. */
export async function AdminShell({ user, title, children, actions }: { user: StaffUser; title: string; children: ReactNode; actions?: ReactNode }) {
  const t = await getTranslations("admin.nav");
  const items: NavItem[] = [
    { href: "/admin", label: t("articles"), show: true },
    { href: "/admin/articles/new", label: t("newArticle"), show: true },
    { href: "/admin/import", label: t("import"), show: can(user, "article.create") },
    { href: "/admin/media", label: t("media"), show: can(user, "media.upload") },
    { href: "/admin/sections", label: t("sections"), show: can(user, "taxonomy.manage") },
    { href: "/admin/tags", label: t("tags"), show: can(user, "taxonomy.manage") },
    { href: "/admin/authors", label: t("authors"), show: can(user, "taxonomy.manage") },
    { href: "/admin/users", label: t("users"), show: can(user, "users.manage") },
    { href: "/admin/audit", label: t("audit"), show: can(user, "audit.view") },
  ];
  return (
    <div className="admin-shell">
      <header className="admin-topbar">
        <a className="admin-brand" href="/admin">
          {t("brand")}
        </a>
        <nav aria-label={t("label")}>
          <ul>
            {items
              .filter((item) => item.show)
              .map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
          </ul>
        </nav>
        <div className="admin-user">
          <span>
            {user.name} · {t(`role.${user.role}`)}
          </span>
          <a href="/" target="_blank" rel="noopener">
            {t("viewSite")}
          </a>
          <LocaleSwitch />
          <form action="/admin/logout" method="post">
            <button type="submit" className="link-button">
              {t("logout")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="admin-main">
        <div className="admin-title-row">
          <h1>{title}</h1>
          {actions}
        </div>
        {children}
      </main>
    </div>
  );
}
