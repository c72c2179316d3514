import { getTranslations } from "next-intl/server";
import { MediaPicker, type PickedMedia } from "@/components/admin/MediaPicker.client";
import type { Author } from "@/db/queries/taxonomy";
import { maxDescriptionLength, maxNameLength, maxSlugLength } from "@/lib/admin/taxonomyFields";

/** The inputs of an author profile, empty for a new one; the photo comes from the media library. */
export async function AuthorFields({ author, photo, idPrefix }: { author?: Author; photo: PickedMedia | null; idPrefix: string }) {
  const t = await getTranslations("admin.authors.fields");
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div className="desk-columns">
        <div className="field">
          <label htmlFor={id("name")}>{t("name")}</label>
          <input id={id("name")} name="name" defaultValue={author?.name} required maxLength={maxNameLength} lang="hi" />
        </div>
        <div className="field">
          <label htmlFor={id("nameEn")}>{t("nameEn")}</label>
          <input id={id("nameEn")} name="nameEn" defaultValue={author?.nameEn} required maxLength={maxNameLength} lang="en" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("slug")}>{t("slug")}</label>
        <input
          id={id("slug")}
          name="slug"
          defaultValue={author?.slug}
          required={author !== undefined}
          maxLength={maxSlugLength}
          aria-describedby={id("slug-hint")}
          lang="en"
        />
        <span className="field-hint" id={id("slug-hint")}>
          {author ? t("slugFormat") : t("slugHint")}
        </span>
      </div>
      <div className="desk-columns">
        <div className="field">
          <label htmlFor={id("bio")}>{t("bio")}</label>
          <textarea id={id("bio")} name="bio" defaultValue={author?.bio} rows={5} maxLength={maxDescriptionLength} lang="hi" />
        </div>
        <div className="field">
          <label htmlFor={id("bioEn")}>{t("bioEn")}</label>
          <textarea id={id("bioEn")} name="bioEn" defaultValue={author?.bioEn} rows={5} maxLength={maxDescriptionLength} lang="en" />
        </div>
      </div>
      <MediaPicker name="photoMediaId" value={photo} label={t("photo")} />
    </>
  );
}

/** Names of the fields, for the error list above the form. */
export async function authorFieldLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("admin.authors.fields");
  return { name: t("name"), nameEn: t("nameEn"), slug: t("slug"), bio: t("bio"), bioEn: t("bioEn"), photoMediaId: t("photo") };
}
