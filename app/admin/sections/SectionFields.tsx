import { getTranslations } from "next-intl/server";
import type { Section } from "@/db/queries/sections";
import { BilingualTextareas, NameAndSlugFields } from "../_parts/BilingualFields";

/** The inputs of a section, empty for a new one. */
export async function SectionFields({ section, idPrefix }: { section?: Section; idPrefix: string }) {
  const t = await getTranslations("admin.sections.fields");
  return (
    <>
      <NameAndSlugFields labels={t} values={section} idPrefix={idPrefix} />
      <BilingualTextareas
        idPrefix={idPrefix}
        rows={3}
        fields={{
          hi: { name: "description", label: t("description"), value: section?.description },
          en: { name: "descriptionEn", label: t("descriptionEn"), value: section?.descriptionEn },
        }}
      />
    </>
  );
}
