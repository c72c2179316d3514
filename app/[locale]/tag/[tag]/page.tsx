import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { JsonLd } from "@/components/seo/JsonLd";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { homePath, tagPath } from "@/lib/routes";
import { breadcrumbList, collectionPage } from "@/lib/seo/jsonLd";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { readSections, readTagBySlug, readTagPage } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string; tag: string; page?: string }> };

// Rendered on first request, then served from Next's cache until a write expires its tags or a minute passes
// (relative times on cards, stories whose scheduled time came without a write).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

const loadTag = cache(readTagBySlug);

async function resolveTag(params: Props["params"]) {
  const locale = await readerLocale(params);
  const tag = await loadTag(locale, (await params).tag);
  if (!tag) notFound();
  return { locale, tag, t: await getTranslations({ locale, namespace: "tag" }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, t } = await resolveTag(params);
  const page = await pageNumber(params);
  // Tags belong to one language: no hreflang.
  return pageMetadata({
    locale,
    name: t("heading", { tag: tag.name }),
    description: t("description", { tag: tag.name }),
    path: tagPath(locale, tag.slug, page),
    page,
  });
}

export default async function TagPage({ params }: Props) {
  const { locale, tag, t } = await resolveTag(params);
  const page = await pageNumber(params);
  const [sections, { items, total }] = await Promise.all([readSections(), readTagPage(tag.id, pageWindow(page))]);
  assertPageExists(page, total);
  const heading = t("heading", { tag: tag.name });
  const description = t("description", { tag: tag.name });
  return (
    <>
      <JsonLd data={collectionPage({ locale, name: heading, description, path: tagPath(locale, tag.slug, page) })} />
      <JsonLd
        data={breadcrumbList([
          { name: site.name[locale], path: homePath(locale) },
          { name: heading, path: tagPath(locale, tag.slug) },
        ])}
      />
      <StoryListPage
        locale={locale}
        sections={sections}
        // Tags belong to one language, so the switch leads to the other edition's front.
        languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: false }}
        heading={heading}
        intro={<p>{description}</p>}
        stories={items}
        page={page}
        pages={pageCount(total)}
        hrefFor={(n) => tagPath(locale, tag.slug, n)}
        emptyNote={t("empty")}
      />
    </>
  );
}
