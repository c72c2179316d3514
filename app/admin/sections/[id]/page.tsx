import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { recordFromParams } from "@/app/admin/_parts/recordFromParams";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { getSectionById } from "@/db/queries/taxonomyWrites";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { sectionPath } from "@/lib/routes";
import { updateSectionAction } from "../actions";
import { SectionFields } from "../SectionFields";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await recordFromParams(params, getSectionById)).name };
}

export default async function SectionPage({ params }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.sections");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const section = await recordFromParams(params, getSectionById);
  const fields = await getTranslations("admin.sections.fields");

  return (
    <AdminShell user={user} title={t("editHeading", { name: section.name })} actions={<a href="/admin/sections">{t("back")}</a>}>
      <section className="panel">
        <p className="notice notice-info">{t("slugNotice", { path: sectionPath("hi", section.slug) })}</p>
        <ActionForm
          action={updateSectionAction.bind(null, section.id)}
          submitLabel={t("save")}
          successMessage={t("saved")}
          fieldLabels={{ name: fields("name"), nameEn: fields("nameEn"), slug: fields("slug"), description: fields("description"), descriptionEn: fields("descriptionEn") }}
        >
          <SectionFields section={section} idPrefix="section" />
        </ActionForm>
      </section>
    </AdminShell>
  );
}
