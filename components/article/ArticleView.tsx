import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Block } from "@/lib/content/document";
import { localized } from "@/lib/localize";
import { homePath, sectionPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { Breadcrumb } from "../portal/Breadcrumb";
import { ArticleBody } from "./ArticleBody";
import { Byline, type BylineAuthor } from "./Byline";
import { Dateline, type DatelineData } from "./Dateline";
import { type FigureData, HeroFigure } from "./HeroFigure";
import type { MediaImageData } from "./MediaImage";
import { ShareLinks } from "./ShareLinks";
import { TagList } from "./TagList";
import { Timestamp } from "./Timestamp";

/** Edits within a few minutes of publication are corrections of the first version, not updates to announce. */
const updateThresholdMs = 5 * 60 * 1000;

/** What the article view shows: a published story, or a draft or revision previewed exactly as it would appear. */
export type ArticleViewData = {
  headline: string;
  standfirst: string;
  section: { slug: string; name: string; nameEn: string };
  authors: BylineAuthor[];
  agency: string | null;
  bylineText: string | null;
  dateline: DatelineData | null;
  publishedAt: Date;
  updatedAt: Date;
  hero: FigureData | null;
  tags: { slug: string; name: string }[];
};

/** The story itself — header, hero, body with its dateline, share links, tags — as every reader sees it. */
export async function ArticleView({
  article,
  blocks,
  media,
  locale,
  shareUrl,
  translationHref,
  scriptNonce,
}: {
  article: ArticleViewData;
  blocks: Block[];
  media: Map<number, MediaImageData>;
  locale: Locale;
  shareUrl: string;
  /** Only on the newsroom's preview: see ShareLinks. */
  scriptNonce?: string;
  translationHref: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "article" });
  const other: Locale = locale === "hi" ? "en" : "hi";
  const wasUpdated = article.updatedAt.getTime() - article.publishedAt.getTime() > updateThresholdMs;
  return (
    <article className="article" lang={locale}>
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[
          { name: site.name[locale], href: homePath(locale) },
          { name: localized(locale, article.section), href: sectionPath(locale, article.section.slug) },
        ]}
      />
      <header className="article-header">
        <h1>{article.headline}</h1>
        {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
        <Byline authors={article.authors} agency={article.agency} bylineText={article.bylineText} locale={locale} />
        <p className="article-times">
          <span>
            {t("published")}: <Timestamp date={article.publishedAt} locale={locale} />
          </span>
          {wasUpdated ? (
            <span>
              {t("updated")}: <Timestamp date={article.updatedAt} locale={locale} />
            </span>
          ) : null}
        </p>
        {translationHref ? (
          <p className="translation-link">
            <a href={translationHref} hrefLang={other} lang={other}>
              {t("readInOtherLanguage")}
            </a>
          </p>
        ) : null}
      </header>
      {article.hero ? <HeroFigure image={article.hero} /> : null}
      <ArticleBody
        blocks={blocks}
        locale={locale}
        media={media}
        lead={
          article.dateline ? (
            <>
              <Dateline dateline={article.dateline} agency={article.agency} locale={locale} />
              {locale === "hi" ? " । " : " — "}
            </>
          ) : undefined
        }
      />
      <ShareLinks url={shareUrl} headline={article.headline} locale={locale} scriptNonce={scriptNonce} />
      <TagList tags={article.tags} locale={locale} label={t("tags")} />
    </article>
  );
}
