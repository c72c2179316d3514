import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/portal/Pagination";
import { searchNavKey } from "@/components/portal/PortalHeader";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { NoResults } from "@/components/search/NoResults";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResultList } from "@/components/search/SearchResultList";
import { searchPath } from "@/lib/routes";
import { searchArticlesCached } from "@/lib/search/cachedSearch";
import { formatNumber } from "@/lib/hindi/format";
import { localized } from "@/lib/localize";
import { readerLocale } from "@/lib/readerLocale";
import { readSearchAddress } from "@/lib/searchAddress";
import { pageMetadata } from "@/lib/seo/metadata";
import { listPageSize } from "@/lib/site";
import { readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Every query is its own page: rendered per request, from cached search results (lib/search/cachedSearch.ts).
export const dynamic = "force-dynamic";

// A query as long as the field allows would swamp the browser tab's title.
const titleQueryLength = 60;

function clipped(query: string): string {
  const characters = [...query];
  return characters.length > titleQueryLength ? `${characters.slice(0, titleQueryLength).join("")}…` : query;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await readerLocale(params);
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: "search" }), readSections()]);
  const { request } = readSearchAddress(await searchParams, sections);
  const linkParams = { query: request.query, sectionSlug: request.sectionSlug, from: request.from, to: request.to };
  return pageMetadata({
    locale,
    name: request.query ? t("titleWithQuery", { query: clipped(request.query) }) : t("title"),
    description: t("hint"),
    path: searchPath(locale, linkParams, request.page),
    page: request.page,
    // Result pages are endless variations of the stories themselves; crawlers should follow, not index.
    indexable: false,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await readerLocale(params);
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: "search" }), readSections()]);
  const { request, problems } = readSearchAddress(await searchParams, sections);
  const results = request.query ? await searchArticlesCached({ ...request, locale, pageSize: listPageSize() }) : null;
  const pages = results ? Math.max(1, Math.ceil(results.total / results.pageSize)) : 1;
  const hasFilters = Boolean(request.sectionSlug || request.from || request.to);
  const linkParams = { query: request.query, sectionSlug: request.sectionSlug, from: request.from, to: request.to };

  return (
    <ReaderPage
      locale={locale}
      sections={sections}
      activeSection={searchNavKey}
      languageSwitch={{ href: searchPath(locale === "hi" ? "en" : "hi", linkParams, request.page), samePage: true }}
    >
      <header className="list-header">
        <h1>{request.query ? t("titleWithQuery", { query: request.query }) : t("title")}</h1>
      </header>
      <div className="search-page">
        {problems.length > 0 ? (
          <div className="search-notice">
            <p>{t("ignored")}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{t(`problems.${problem}`)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <SearchForm
          locale={locale}
          sections={sections.map((section) => ({ slug: section.slug, name: localized(locale, section) }))}
          values={linkParams}
          focusQuery={!request.query}
        />
        {!results ? (
          <p className="search-hint">{t("hint")}</p>
        ) : results.total === 0 ? (
          <NoResults
            locale={locale}
            query={request.query}
            withoutFiltersHref={hasFilters ? searchPath(locale, { ...linkParams, sectionSlug: null, from: null, to: null }) : null}
          />
        ) : results.results.length === 0 ? (
          <div className="search-notice">
            <p>{t("pastLastPage", { page: formatNumber(request.page, locale), pages: formatNumber(pages, locale) })}</p>
            <p>
              <a href={searchPath(locale, linkParams)}>{t("firstPage")}</a>
            </p>
          </div>
        ) : (
          <>
            <p className="search-count">
              {t(results.totalIsLowerBound ? "countAtLeast" : "count", { total: results.total, shown: formatNumber(results.total, locale) })}
            </p>
            <SearchResultList locale={locale} hits={results.results} />
            <Pagination locale={locale} page={request.page} pages={pages} hrefFor={(n) => searchPath(locale, linkParams, n)} />
          </>
        )}
      </div>
    </ReaderPage>
  );
}
