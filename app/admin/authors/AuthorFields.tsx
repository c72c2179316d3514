import { getTranslations } from "next-intl/server";
import { MediaPicker, type PickedMedia } from "@/components/admin/MediaPicker.client";
import type { Author } from "@/db/queries/taxonomy";
import { BilingualTextareas, NameAndSlugFields } from "../_parts/BilingualFields";

/** The inputs of an author profile, empty for a new one; the photo comes from the media library. */
export async function AuthorFields({ author, photo, idPrefix }: { author?: Author; photo: PickedMedia | null; idPrefix: string }) {
  const t = await getTranslations("admin.authors.fields");
  return (
    <>
      <NameAndSlugFields labels={t} values={author} idPrefix={idPrefix} />
      <BilingualTextareas
        idPrefix={idPrefix}
        rows={5}
        fields={{
          hi: { name: "bio", label: t("bio"), value: author?.bio },
          en: { name: "bioEn", label: t("bioEn"), value: author?.bioEn },
        }}
      />
      <MediaPicker name="photoMediaId" value={photo} label={t("photo")} />
    </>
  );
}

/** Names of the fields, for the error list above the form. */
export async function authorFieldLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("admin.authors.fields");
  return { name: t("name"), nameEn: t("nameEn"), slug: t("slug"), bio: t("bio"), bioEn: t("bioEn"), photoMediaId: t("photo") };
}
