import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import "./search.css";

/** "कोई परिणाम नहीं", and what a reader can try next; removing the filters is offered only when there are some. */
export async function NoResults({ locale, query, withoutFiltersHref }: { locale: Locale; query: string; withoutFiltersHref: string | null }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <section className="search-empty" aria-labelledby="no-results-heading">
      <h2 id="no-results-heading">{t("noResults")}</h2>
      <p>{t("noResultsFor", { query })}</p>
      <p>{t("suggestions")}</p>
      <ul>
        <li>{t("suggestSpelling")}</li>
        <li>{t("suggestScript")}</li>
        {withoutFiltersHref ? (
          <li>
            <a href={withoutFiltersHref}>{t("suggestRemoveFilters")}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
