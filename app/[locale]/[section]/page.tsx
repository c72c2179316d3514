import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { JsonLd } from "@/components/seo/JsonLd";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { homePath, sectionPath } from "@/lib/routes";
import { breadcrumbList, collectionPage } from "@/lib/seo/jsonLd";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { readSectionBySlug, readSectionPage, readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string; section: string; page?: string }> };

// Rendered on first request, then served from Next's cache until a write expires its tags or a minute passes
// (relative times on cards, stories whose scheduled time came without a write).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

const loadSection = cache(readSectionBySlug);

async function resolveSection(params: Props["params"]) {
  const locale = await readerLocale(params);
  const section = await loadSection((await params).section);
  if (!section) notFound();
  return { locale, section, description: locale === "en" ? section.descriptionEn : section.description };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, description } = await resolveSection(params);
  const page = await pageNumber(params);
  const name = localized(locale, section);
  const t = await getTranslations({ locale, namespace: "meta" });
  return pageMetadata({
    locale,
    name,
    description: description || t("sectionDescription", { section: name }),
    path: sectionPath(locale, section.slug, page),
    page,
    // Later pages hold different stories in each language, and may not exist in the other.
    translations: page === 1 ? { hi: sectionPath("hi", section.slug), en: sectionPath("en", section.slug) } : null,
    sectionFeed: { slug: section.slug, name },
  });
}

export default async function SectionPage({ params }: Props) {
  const { locale, section, description } = await resolveSection(params);
  const page = await pageNumber(params);
  const [sections, { items, total }, t] = await Promise.all([
    readSections(),
    readSectionPage(locale, { id: section.id, slug: section.slug }, pageWindow(page)),
    getTranslations({ locale, namespace: "section" }),
  ]);
  assertPageExists(page, total);
  const name = localized(locale, section);
  return (
    <>
      <JsonLd data={collectionPage({ locale, name, description, path: sectionPath(locale, section.slug, page) })} />
      <JsonLd
        data={breadcrumbList([
          { name: site.name[locale], path: homePath(locale) },
          { name, path: sectionPath(locale, section.slug) },
        ])}
      />
      <StoryListPage
        locale={locale}
        sections={sections}
        activeSection={section.slug}
        languageSwitch={{ href: sectionPath(locale === "hi" ? "en" : "hi", section.slug), samePage: true }}
        heading={name}
        intro={
          <>
            <p>{description}</p>
            {total > 0 ? <p className="list-count">{t("count", { count: total })}</p> : null}
          </>
        }
        stories={items}
        page={page}
        pages={pageCount(total)}
        hrefFor={(n) => sectionPath(locale, section.slug, n)}
        emptyNote={t("empty")}
        showSection={false}
      />
    </>
  );
}
