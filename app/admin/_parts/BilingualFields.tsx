import { maxDescriptionLength, maxNameLength, maxSlugLength } from "@/lib/admin/taxonomyFields";

type Labels = (key: "name" | "nameEn" | "slug" | "slugFormat" | "slugHint") => string;

/** Hindi name, English name and Latin slug of a section or author; the slug may be left empty on creation. */
export function NameAndSlugFields({
  labels,
  values,
  idPrefix,
}: {
  labels: Labels;
  values?: { name: string; nameEn: string; slug: string };
  idPrefix: string;
}) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div className="desk-columns">
        <div className="field">
          <label htmlFor={id("name")}>{labels("name")}</label>
          <input id={id("name")} name="name" defaultValue={values?.name} required maxLength={maxNameLength} lang="hi" />
        </div>
        <div className="field">
          <label htmlFor={id("nameEn")}>{labels("nameEn")}</label>
          <input id={id("nameEn")} name="nameEn" defaultValue={values?.nameEn} required maxLength={maxNameLength} lang="en" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("slug")}>{labels("slug")}</label>
        <input
          id={id("slug")}
          name="slug"
          defaultValue={values?.slug}
          required={values !== undefined}
          maxLength={maxSlugLength}
          aria-describedby={id("slug-hint")}
          lang="en"
        />
        <span className="field-hint" id={id("slug-hint")}>
          {values ? labels("slugFormat") : labels("slugHint")}
        </span>
      </div>
    </>
  );
}

/** A text in Hindi and its English version side by side (section descriptions, author bios). */
export function BilingualTextareas({
  fields,
  idPrefix,
  rows,
}: {
  fields: { hi: { name: string; label: string; value?: string }; en: { name: string; label: string; value?: string } };
  idPrefix: string;
  rows: number;
}) {
  return (
    <div className="desk-columns">
      {(["hi", "en"] as const).map((lang) => {
        const field = fields[lang];
        const id = `${idPrefix}-${field.name}`;
        return (
          <div className="field" key={lang}>
            <label htmlFor={id}>{field.label}</label>
            <textarea id={id} name={field.name} defaultValue={field.value} rows={rows} maxLength={maxDescriptionLength} lang={lang} />
          </div>
        );
      })}
    </div>
  );
}
