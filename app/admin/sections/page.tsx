import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { RecordLinks } from "@/app/admin/_parts/RecordLinks";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { listSections } from "@/db/queries/sections";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { sectionPath } from "@/lib/routes";
import { createSectionAction } from "./actions";
import { SectionFields } from "./SectionFields";
import { SectionMoveButtons } from "./SectionMoveButtons.client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.sections"))("title") };
}

export default async function SectionsPage() {
  const user = await requireUser();
  const t = await getTranslations("admin.sections");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const sections = await listSections();
  const fields = await getTranslations("admin.sections.fields");

  return (
    <AdminShell user={user} title={t("title")}>
      <p className="field-hint">{t("intro")}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.order")}</th>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.nameEn")}</th>
            <th scope="col">{t("columns.slug")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section, index) => (
            <tr key={section.id}>
              <td>
                <SectionMoveButtons id={section.id} name={section.name} first={index === 0} last={index === sections.length - 1} />
              </td>
              <td>
                <a href={`/admin/sections/${section.id}`}>{section.name}</a>
              </td>
              <td lang="en">{section.nameEn}</td>
              <td>
                <code>{section.slug}</code>
              </td>
              <td>
                <RecordLinks editHref={`/admin/sections/${section.id}`} editLabel={t("edit")} siteHref={sectionPath("hi", section.slug)} siteLabel={t("view")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="panel desk-create" aria-labelledby="new-section">
        <h2 id="new-section">{t("createHeading")}</h2>
        <ActionForm
          action={createSectionAction}
          submitLabel={t("create")}
          successMessage={t("created")}
          resetOnSuccess
          fieldLabels={{ name: fields("name"), nameEn: fields("nameEn"), slug: fields("slug"), description: fields("description"), descriptionEn: fields("descriptionEn") }}
        >
          <SectionFields idPrefix="new-section" />
        </ActionForm>
      </section>
    </AdminShell>
  );
}
