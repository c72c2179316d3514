import type { Metadata } from "next";
import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { recordFromParams } from "@/app/admin/_parts/recordFromParams";
import { AdminShell } from "@/components/admin/AdminShell";
import "@/components/admin/media.css";
import { findMediaUsage, getMediaItem } from "@/db/queries/mediaLibrary";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime, formatNumber, type Locale } from "@/lib/hindi/format";
import { maxAltLength, maxCaptionLength, maxCreditLength } from "@/lib/media/limits";
import { deleteMedia, saveMediaText } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await recordFromParams(params, getMediaItem)).alt };
}

export default async function MediaItemPage({ params }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.media");
  if (!can(user, "media.upload")) return <ForbiddenPage user={user} title={t("title")} />;
  const item = await recordFromParams(params, getMediaItem);
  const usage = await findMediaUsage(item.id);
  const locale = (await getLocale()) as Locale;
  const manage = can(user, "media.manage");
  const used = usage.articles.length + usage.authors.length > 0;

  return (
    <AdminShell user={user} title={t("item.heading")} actions={<a href="/admin/media">{t("item.back")}</a>}>
      <div className="media-detail">
        <figure className="panel media-detail-preview">
          <Image src={`/media/${item.fileName}`} alt={item.alt} width={item.width} height={item.height} sizes="(max-width: 48rem) 94vw, 46rem" loading="eager" />
          {item.caption || item.credit ? (
            <figcaption>
              {item.caption} {item.credit ? <span className="media-meta">{item.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
        <div>
          <section className="panel">
            <dl className="media-facts">
              <dt>{t("item.alt")}</dt>
              <dd>{item.alt}</dd>
              <dt>{t("item.size")}</dt>
              <dd>
                {t("dimensions", { width: String(item.width), height: String(item.height) })} ·{" "}
                {t("item.kilobytes", { kilobytes: formatNumber(Math.ceil(item.bytes / 1024), locale) })}
              </dd>
              <dt>{t("item.type")}</dt>
              <dd>{item.mimeType}</dd>
              <dt>{t("item.uploadedAt")}</dt>
              <dd>{formatDateTime(item.createdAt, locale)}</dd>
              <dt>{t("item.address")}</dt>
              <dd>
                <a href={`/media/${item.fileName}`}>/media/{item.fileName}</a>
              </dd>
            </dl>
          </section>
          <section className="panel" aria-labelledby="usage-heading">
            <h2 id="usage-heading">{t("usage.heading")}</h2>
            {used ? (
              <ul>
                {usage.articles.map((article) => (
                  <li key={`a${article.id}`}>
                    <a href={`/admin/articles/${article.id}`}>{article.headline}</a>{" "}
                    <span className="media-meta">
                      ({[article.hero && t("usage.asHero"), article.social && t("usage.asSocial"), article.body && t("usage.asBody")].filter(Boolean).join(", ")})
                    </span>
                  </li>
                ))}
                {usage.authors.map((author) => (
                  <li key={`p${author.id}`}>
                    <a href={`/admin/authors/${author.id}`}>{author.name}</a> <span className="media-meta">({t("usage.asAuthorPhoto")})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("usage.none")}</p>
            )}
          </section>
        </div>
      </div>
      {manage ? (
        <>
          <section className="panel" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t("item.editHeading")}</h2>
            <ActionForm
              action={saveMediaText.bind(null, item.id)}
              submitLabel={t("item.save")}
              successMessage={t("item.saved")}
              fieldLabels={{ alt: t("upload.alt"), caption: t("upload.caption"), credit: t("upload.credit") }}
            >
              <div className="field">
                <label htmlFor="media-alt">{t("upload.alt")}</label>
                <input id="media-alt" name="alt" defaultValue={item.alt} maxLength={maxAltLength} aria-describedby="media-alt-hint" />
                <span className="field-hint" id="media-alt-hint">
                  {t("upload.altHint")}
                </span>
              </div>
              <div className="field">
                <label htmlFor="media-caption">{t("upload.caption")}</label>
                <input id="media-caption" name="caption" defaultValue={item.caption} maxLength={maxCaptionLength} />
              </div>
              <div className="field">
                <label htmlFor="media-credit">{t("upload.credit")}</label>
                <input id="media-credit" name="credit" defaultValue={item.credit} maxLength={maxCreditLength} />
              </div>
            </ActionForm>
          </section>
          <section className="panel" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t("item.deleteHeading")}</h2>
            <p className="field-hint">{used ? t("item.deleteBlocked") : t("item.deleteHint")}</p>
            <ActionForm action={deleteMedia.bind(null, item.id)} submitLabel={t("item.delete")} confirmMessage={t("item.deleteConfirm")} destructive />
          </section>
        </>
      ) : (
        <p className="notice notice-info">{t("item.readOnly")}</p>
      )}
    </AdminShell>
  );
}
