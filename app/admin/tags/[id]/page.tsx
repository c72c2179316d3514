import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { recordFromParams } from "@/app/admin/_parts/recordFromParams";
import { deskQuery } from "@/app/admin/_parts/Pager";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { countArticlesWithTag, getTagById, listTagsWithCounts } from "@/db/queries/taxonomyWrites";
import { maxNameLength, maxSlugLength } from "@/lib/admin/taxonomyFields";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { tagPath } from "@/lib/routes";
import { mergeTagAction, updateTagAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string | string[] }> };

/** How many of the language's tags the merge box suggests as the editor types. */
const suggestionLimit = 500;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await recordFromParams(params, getTagById)).name };
}

export default async function TagPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.tags");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const tag = await recordFromParams(params, getTagById);
  const merged = deskQuery((await searchParams).merged);
  const [{ items: others }, articleCount] = await Promise.all([
    listTagsWithCounts({ locale: tag.locale, query: "", limit: suggestionLimit, offset: 0 }),
    countArticlesWithTag(tag.id),
  ]);

  return (
    <AdminShell user={user} title={t("editHeading", { name: tag.name })} actions={<a href={`/admin/tags?locale=${tag.locale}`}>{t("back")}</a>}>
      {merged ? (
        <p className="notice notice-success" role="status">
          {t("merged", { from: merged, into: tag.name })}
        </p>
      ) : null}
      <p className="field-hint">
        {t(`locale.${tag.locale}`)}
        {` · ${t("articleCount", { count: articleCount })} · `}
        <a href={tagPath(tag.locale, tag.slug)} target="_blank" rel="noopener">
          {t("view")}
        </a>
      </p>
      <section className="panel" aria-labelledby="rename-heading">
        <h2 id="rename-heading">{t("renameHeading")}</h2>
        <p className="notice notice-info">{t("slugNotice")}</p>
        <ActionForm
          action={updateTagAction.bind(null, tag.id)}
          submitLabel={t("save")}
          successMessage={t("saved")}
          fieldLabels={{ name: t("fields.name"), slug: t("fields.slug") }}
        >
          <div className="desk-columns">
            <div className="field">
              <label htmlFor="tag-name">{t("fields.name")}</label>
              <input id="tag-name" name="name" defaultValue={tag.name} required maxLength={maxNameLength} lang={tag.locale} />
            </div>
            <div className="field">
              <label htmlFor="tag-slug">{t("fields.slug")}</label>
              <input id="tag-slug" name="slug" defaultValue={tag.slug} required maxLength={maxSlugLength} lang="en" />
            </div>
          </div>
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="merge-heading">
        <h2 id="merge-heading">{t("mergeHeading")}</h2>
        <p className="field-hint">{t("mergeHint", { name: tag.name })}</p>
        <ActionForm
          action={mergeTagAction.bind(null, tag.id)}
          submitLabel={t("merge")}
          confirmMessage={t("mergeConfirm", { name: tag.name })}
          fieldLabels={{ into: t("fields.into") }}
          destructive
        >
          <div className="field">
            <label htmlFor="merge-into">{t("fields.into")}</label>
            <input id="merge-into" name="into" list="merge-candidates" required lang={tag.locale} autoComplete="off" />
            <datalist id="merge-candidates">
              {others
                .filter((other) => other.id !== tag.id)
                .map((other) => (
                  <option key={other.id} value={other.slug}>
                    {other.name}
                  </option>
                ))}
            </datalist>
          </div>
        </ActionForm>
      </section>
    </AdminShell>
  );
}
