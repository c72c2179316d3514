import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { AdminShell } from "@/components/admin/AdminShell";
import { listSections } from "@/db/queries/sections";
import { requireUser } from "@/lib/auth/session";
import { localized } from "@/lib/localize";
import { createArticle } from "./actions";

type Props = { searchParams: Promise<{ locale?: string | string[]; section?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.articles"))("newTitle") };
}

/** Where a story starts: its language and section; the editor opens on an empty draft that autosaves from the first word. */
export default async function NewArticlePage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, sections, params, adminLocale] = await Promise.all([getTranslations("admin.articles"), listSections(), searchParams, getLocale()]);
  const locale = params.locale === "en" ? "en" : "hi";
  const section = Number(Array.isArray(params.section) ? params.section[0] : params.section);

  return (
    <AdminShell user={user} title={t("newTitle")}>
      <section className="panel">
        <p>{t("newIntro")}</p>
        <ActionForm action={createArticle} submitLabel={t("start")}>
          <div className="field">
            <label htmlFor="new-locale">{t("locale")}</label>
            <select id="new-locale" name="locale" defaultValue={locale}>
              <option value="hi">{t("locales.hi")}</option>
              <option value="en">{t("locales.en")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-section">{t("section")}</label>
            <select id="new-section" name="sectionId" defaultValue={sections.some((s) => s.id === section) ? section : sections[0]?.id}>
              {sections.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {localized(adminLocale === "en" ? "en" : "hi", candidate)}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
    </AdminShell>
  );
}
