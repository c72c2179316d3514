import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { recordFromParams } from "@/app/admin/_parts/recordFromParams";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import type { PickedMedia } from "@/components/admin/MediaPicker.client";
import { getMediaItem } from "@/db/queries/mediaLibrary";
import { getAuthorById } from "@/db/queries/taxonomyWrites";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { authorPath } from "@/lib/routes";
import { updateAuthorAction } from "../actions";
import { AuthorFields, authorFieldLabels } from "../AuthorFields";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await recordFromParams(params, getAuthorById)).name };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.authors");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const author = await recordFromParams(params, getAuthorById);
  const item = author.photoMediaId ? await getMediaItem(author.photoMediaId) : undefined;
  const photo: PickedMedia | null = item
    ? { id: item.id, fileName: item.fileName, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit }
    : null;

  return (
    <AdminShell user={user} title={t("editHeading", { name: author.name })} actions={<a href="/admin/authors">{t("back")}</a>}>
      {(await searchParams).created ? (
        <p className="notice notice-success" role="status">
          {t("created")}
        </p>
      ) : null}
      <p className="field-hint">
        <a href={authorPath("hi", author.slug)} target="_blank" rel="noopener">
          {t("view")}
        </a>
      </p>
      <section className="panel">
        <p className="notice notice-info">{t("slugNotice")}</p>
        <ActionForm
          action={updateAuthorAction.bind(null, author.id)}
          submitLabel={t("save")}
          successMessage={t("saved")}
          fieldLabels={await authorFieldLabels()}
        >
          <AuthorFields author={author} photo={photo} idPrefix="author" />
        </ActionForm>
      </section>
    </AdminShell>
  );
}
