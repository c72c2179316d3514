import { getTranslations } from "next-intl/server";
import type { Section } from "@/db/queries/sections";
import { maxDescriptionLength, maxNameLength, maxSlugLength } from "@/lib/admin/taxonomyFields";

/** The inputs of a section, empty for a new one; the slug may be left empty on creation. */
export async function SectionFields({ section, idPrefix }: { section?: Section; idPrefix: string }) {
  const t = await getTranslations("admin.sections.fields");
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div className="desk-columns">
        <div className="field">
          <label htmlFor={id("name")}>{t("name")}</label>
          <input id={id("name")} name="name" defaultValue={section?.name} required maxLength={maxNameLength} lang="hi" />
        </div>
        <div className="field">
          <label htmlFor={id("nameEn")}>{t("nameEn")}</label>
          <input id={id("nameEn")} name="nameEn" defaultValue={section?.nameEn} required maxLength={maxNameLength} lang="en" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("slug")}>{t("slug")}</label>
        <input
          id={id("slug")}
          name="slug"
          defaultValue={section?.slug}
          required={section !== undefined}
          maxLength={maxSlugLength}
          aria-describedby={id("slug-hint")}
          lang="en"
        />
        <span className="field-hint" id={id("slug-hint")}>
          {section ? t("slugFormat") : t("slugHint")}
        </span>
      </div>
      <div className="desk-columns">
        <div className="field">
          <label htmlFor={id("description")}>{t("description")}</label>
          <textarea id={id("description")} name="description" defaultValue={section?.description} rows={3} maxLength={maxDescriptionLength} lang="hi" />
        </div>
        <div className="field">
          <label htmlFor={id("descriptionEn")}>{t("descriptionEn")}</label>
          <textarea
            id={id("descriptionEn")}
            name="descriptionEn"
            defaultValue={section?.descriptionEn}
            rows={3}
            maxLength={maxDescriptionLength}
            lang="en"
          />
        </div>
      </div>
    </>
  );
}
