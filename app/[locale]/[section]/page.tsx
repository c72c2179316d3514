import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/portal/Pagination";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { listSection } from "@/db/queries/articles";
import { getSectionBySlug, listSections } from "@/db/queries/sections";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { sectionPath } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ locale: string; section: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function loadSection(params: Props["params"]) {
  const locale = await readerLocale(params);
  const section = await getSectionBySlug((await params).section);
  if (!section) notFound();
  return { locale, section };
}

function sectionTitle(locale: Locale, name: string, page: number, pageOf: (title: string) => string) {
  const title = page > 1 ? pageOf(name) : name;
  return `${title} | ${site.name[locale]}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, section } = await loadSection(params);
  const page = await pageNumber(searchParams);
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: sectionTitle(locale, localized(locale, section), page, (title) => t("pageOf", { title, page })),
    description: locale === "en" ? section.descriptionEn : section.description,
    alternates: { canonical: sectionPath(locale, section.slug, page) },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const { locale, section } = await loadSection(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }, t] = await Promise.all([
    listSections(),
    listSection(locale, section.id, pageWindow(page)),
    getTranslations({ locale, namespace: "section" }),
  ]);
  assertPageExists(page, total);
  const name = localized(locale, section);
  const other: Locale = locale === "hi" ? "en" : "hi";

  return (
    <ReaderPage
      locale={locale}
      sections={sections}
      activeSection={section.slug}
      languageSwitch={{ href: sectionPath(other, section.slug), samePage: true }}
    >
      <header className="list-header">
        <h1>{name}</h1>
        <p>{locale === "en" ? section.descriptionEn : section.description}</p>
        {total > 0 ? <p className="list-count">{t("count", { count: total })}</p> : null}
      </header>
      {items.length > 0 ? (
        <ArticleList articles={items} locale={locale} now={new Date()} showSection={false} />
      ) : (
        <p className="empty-note">{t("empty")}</p>
      )}
      <Pagination locale={locale} page={page} pages={pageCount(total)} hrefFor={(n) => sectionPath(locale, section.slug, n)} />
    </ReaderPage>
  );
}
