import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/admin/LocaleSwitch";
import { safeNextPath } from "@/lib/auth/login";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "./LoginForm.client";
import "./login.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.login");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("admin.login");
  const brand = await getTranslations("admin.nav");
  return (
    <main id="main" className="login-page">
      <div className="login-card panel">
        <div className="login-top">
          <p className="login-brand">{brand("brand")}</p>
          <LocaleSwitch />
        </div>
        <h1>{t("heading")}</h1>
        {query.loggedOut !== undefined ? (
          <p className="notice notice-info" role="status">
            {t("loggedOut")}
          </p>
        ) : null}
        <LoginForm next={next} />
        <p className="field-hint">{t("help")}</p>
      </div>
    </main>
  );
}
