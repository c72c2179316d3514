import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { MediaImage } from "@/components/article/MediaImage";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { JsonLd } from "@/components/seo/JsonLd";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { authorPath, homePath } from "@/lib/routes";
import { breadcrumbList, profilePage } from "@/lib/seo/jsonLd";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { readAuthorBySlug, readAuthorPage, readMedia, readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string; author: string; page?: string }> };

// Rendered on first request, then served from Next's cache until a write expires its tags or a minute passes
// (relative times on cards, stories whose scheduled time came without a write).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

const loadAuthor = cache(readAuthorBySlug);

async function resolveAuthor(params: Props["params"]) {
  const locale = await readerLocale(params);
  const author = await loadAuthor((await params).author);
  if (!author) notFound();
  const name = localized(locale, author);
  return { locale, author, name, bio: locale === "en" ? author.bioEn : author.bio, t: await getTranslations({ locale, namespace: "author" }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, author, name, bio, t } = await resolveAuthor(params);
  const page = await pageNumber(params);
  return pageMetadata({
    locale,
    name,
    description: bio || t("description", { name }),
    path: authorPath(locale, author.slug, page),
    page,
    // Later pages list different stories in each language, and may not exist in the other.
    translations: page === 1 ? { hi: authorPath("hi", author.slug), en: authorPath("en", author.slug) } : null,
  });
}

export default async function AuthorPage({ params }: Props) {
  const { locale, author, name, bio, t } = await resolveAuthor(params);
  const page = await pageNumber(params);
  const [sections, { items, total }, [photo]] = await Promise.all([
    readSections(),
    readAuthorPage(locale, author.id, pageWindow(page)),
    readMedia(author.photoMediaId ? [author.photoMediaId] : []),
  ]);
  assertPageExists(page, total);
  // The portrait's alt text is the author's name in the reader's language; the library's alt is in one language only.
  return (
    <>
      <JsonLd data={profilePage({ locale, name, bio, path: authorPath(locale, author.slug, page), photoPath: photo ? `/media/${photo.fileName}` : null })} />
      <JsonLd
        data={breadcrumbList([
          { name: site.name[locale], path: homePath(locale) },
          { name, path: authorPath(locale, author.slug) },
        ])}
      />
      <StoryListPage
        locale={locale}
        sections={sections}
        languageSwitch={{ href: authorPath(locale === "hi" ? "en" : "hi", author.slug), samePage: true }}
        heading={name}
        intro={
          photo ? (
            <div className="author-intro">
              <div className="author-portrait">
                <MediaImage image={{ ...photo, alt: name }} sizes="96px" />
              </div>
              <p>{bio}</p>
            </div>
          ) : (
            <p>{bio}</p>
          )
        }
        listHeading={t("articlesBy", { name })}
        stories={items}
        page={page}
        pages={pageCount(total)}
        hrefFor={(n) => authorPath(locale, author.slug, n)}
        emptyNote={t("empty", { name })}
      />
    </>
  );
}
