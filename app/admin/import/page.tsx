import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { AdminShell } from "@/components/admin/AdminShell";
import { WireImportForm } from "@/components/admin/WireImportForm.client";
import "@/app/admin/_parts/desk.css";
import { listSections } from "@/db/queries/sections";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { localized } from "@/lib/localize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.import"))("title") };
}

/** Agency copy in without retyping: upload plain-text wire copies, preview what the importer reads, import them. */
export default async function WireImportPage() {
  const user = await requireUser();
  const t = await getTranslations("admin.import");
  if (!can(user, "article.create")) return <ForbiddenPage user={user} title={t("title")} />;
  const [sections, adminLocale] = await Promise.all([listSections(), getLocale()]);
  const locale = adminLocale === "en" ? "en" : "hi";
  return (
    <AdminShell user={user} title={t("title")}>
      <WireImportForm
        sections={sections.map((section) => ({ slug: section.slug, name: localized(locale, section) }))}
        canPublish={can(user, "article.publish")}
      />
    </AdminShell>
  );
}
