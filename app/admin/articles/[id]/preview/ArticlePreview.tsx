import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/article/ArticleView";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { type ArticleForEditing, findTagsByName, listEditorMedia } from "@/db/queries/articleEditing";
import { getPublishedArticle } from "@/db/queries/articles";
import { listSections } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import type { EditorDraft } from "@/lib/content/articleDraft";
import { slugify } from "@/lib/hindi/transliterate";
import { nonceOf } from "@/lib/http/securityHeaders";
import { articlePath, homePath } from "@/lib/routes";
import { siteUrl } from "@/lib/site";
import "@/components/admin/preview.css";

/**
 * A draft, autosave or revision rendered with the reader's own page components, under a banner that says readers
 * cannot see it. Where the draft names things that do not exist yet (a new tag), it shows them as the save will
 * make them.
 */
export async function ArticlePreview({ article, draft, banner }: { article: ArticleForEditing; draft: EditorDraft; banner: string }) {
  const t = await getTranslations("admin.editor.previewPage");
  const locale = draft.locale;
  const bodyImages = draft.body.blocks.flatMap((block) => (block.type === "image" ? [block.mediaId] : []));
  const heroId = draft.heroMediaId ?? null;
  const [sections, authors, media, knownTags, published] = await Promise.all([
    listSections(),
    listAuthors(),
    listEditorMedia(heroId === null ? bodyImages : [heroId, ...bodyImages]),
    findTagsByName(locale, draft.tags),
    getPublishedArticle(article.id),
  ]);
  const section = sections.find((candidate) => candidate.id === draft.sectionId) ?? sections.find((candidate) => candidate.id === article.sectionId)!;
  const byId = new Map(authors.map((author) => [author.id, author]));
  const tagSlugs = new Map(knownTags.map((tag) => [tag.name, tag.slug]));
  const hero = media.find((item) => item.id === heroId) ?? null;
  const translation = published?.translation;
  const other = locale === "hi" ? "en" : "hi";
  const now = new Date();

  return (
    <>
      <p className="preview-banner" role="note">
        <strong>{banner}</strong> <a href={`/admin/articles/${article.id}`}>{t("backToEditor")}</a>
      </p>
      <ReaderPage locale={locale} sections={sections} activeSection={section.slug} languageSwitch={{ href: homePath(other), samePage: false }}>
        <ArticleView
          article={{
            headline: draft.headline ?? "",
            standfirst: draft.standfirst ?? "",
            section,
            authors: draft.authorIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
            agency: draft.agency || null,
            bylineText: draft.bylineText || null,
            dateline: draft.datelinePlace ? { place: draft.datelinePlace, day: draft.datelineDay ?? null, month: draft.datelineMonth ?? null, year: draft.datelineYear ?? null } : null,
            publishedAt: article.publishedAt ?? now,
            updatedAt: now,
            hero,
            tags: draft.tags.map((name) => ({ name, slug: tagSlugs.get(name) ?? slugify(name) })),
          }}
          blocks={draft.body.blocks}
          media={new Map(media.map((item) => [item.id, item]))}
          locale={locale}
          shareUrl={`${siteUrl()}${articlePath(locale, { id: article.id, slug: draft.slug || article.slug, sectionSlug: section.slug })}`}
          scriptNonce={nonceOf((await headers()).get("content-security-policy"))}
          translationHref={translation ? articlePath(translation.locale, { id: translation.id, slug: translation.slug, sectionSlug: translation.sectionSlug }) : null}
        />
      </ReaderPage>
    </>
  );
}
