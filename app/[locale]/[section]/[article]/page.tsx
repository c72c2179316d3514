import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleCard } from "@/components/article/ArticleCard";
import { ArticleView } from "@/components/article/ArticleView";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { JsonLd } from "@/components/seo/JsonLd";
import type { PublishedArticle } from "@/db/queries/articles";
import type { Locale } from "@/i18n/routing";
import { parseArticleDocument } from "@/lib/content/document";
import { readerLocale } from "@/lib/readerLocale";
import { articlePath, homePath, parseArticleSegment } from "@/lib/routes";
import { articleBreadcrumbs, newsArticle } from "@/lib/seo/jsonLd";
import { articleDescription, articleMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/site";
import { readArticle, readMedia, readRelated, readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string; section: string; article: string }> };

// Rendered on first request, then served from Next's cache until a write expires its tags; an hour is the safety
// net (a minute, as on lists, would have every long-tail story a crawler visits rendered again and again). Its
// related stories therefore show dates, not "2 hours ago".
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const loadArticle = cache(readArticle);

function canonicalPath(article: PublishedArticle): string {
  return articlePath(article.locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug });
}

function translationPath(article: PublishedArticle): string | null {
  const translation = article.translation;
  return translation ? articlePath(translation.locale, { id: translation.id, slug: translation.slug, sectionSlug: translation.sectionSlug }) : null;
}

/** The article this URL names, or a 404; any URL with its id but another slug, section or locale moves to the canonical one. */
async function resolveArticle(params: Props["params"]) {
  const locale = await readerLocale(params);
  const { section, article: segment } = await params;
  const parsed = parseArticleSegment(segment);
  if (!parsed) notFound();
  const article = await loadArticle(parsed.id);
  if (!article) notFound();
  if (article.locale !== locale || article.section.slug !== section || article.slug !== parsed.slug) {
    permanentRedirect(canonicalPath(article));
  }
  return { locale, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await resolveArticle(params);
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await resolveArticle(params);
  const document = parseArticleDocument(article.body);
  const imageIds = document.blocks.flatMap((block) => (block.type === "image" ? [block.mediaId] : []));
  const [sections, related, bodyMedia, t] = await Promise.all([
    readSections(),
    readRelated({ id: article.id, locale: article.locale, section: { id: article.section.id, slug: article.section.slug }, tags: article.tags.map(({ id }) => ({ id })) }, 4),
    readMedia(imageIds),
    getTranslations({ locale, namespace: "article" }),
  ]);
  const other: Locale = locale === "hi" ? "en" : "hi";
  const translation = translationPath(article);

  return (
    <ReaderPage
      locale={locale}
      sections={sections}
      activeSection={article.section.slug}
      languageSwitch={{ href: translation ?? homePath(other), samePage: translation !== null }}
    >
      <JsonLd data={newsArticle(article, articleDescription(article))} />
      <JsonLd data={articleBreadcrumbs(article)} />
      <ArticleView
        article={article}
        blocks={document.blocks}
        media={new Map(bodyMedia.map((item) => [item.id, item]))}
        locale={locale}
        shareUrl={`${siteUrl()}${canonicalPath(article)}`}
        translationHref={translation}
      />
      {related.length > 0 ? (
        <aside className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="rail-heading">
            {t("related")}
          </h2>
          <div className="rail-cards">
            {related.map((story) => (
              <ArticleCard key={story.id} article={story} locale={locale} />
            ))}
          </div>
        </aside>
      ) : null}
    </ReaderPage>
  );
}
