import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { JsonLd } from "@/components/seo/JsonLd";
import { listSection } from "@/db/queries/articles";
import { getSectionBySlug, listSections } from "@/db/queries/sections";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { homePath, sectionPath } from "@/lib/routes";
import { breadcrumbList, collectionPage } from "@/lib/seo/jsonLd";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ locale: string; section: string }>; searchParams: Promise<{ page?: string | string[] }> };

const loadSection = cache(getSectionBySlug);

async function resolveSection(params: Props["params"]) {
  const locale = await readerLocale(params);
  const section = await loadSection((await params).section);
  if (!section) notFound();
  return { locale, section, description: locale === "en" ? section.descriptionEn : section.description };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, section, description } = await resolveSection(params);
  const page = await pageNumber(searchParams);
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

export default async function SectionPage({ params, searchParams }: Props) {
  const { locale, section, description } = await resolveSection(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }, t] = await Promise.all([
    listSections(),
    listSection(locale, section.id, pageWindow(page)),
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
