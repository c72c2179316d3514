import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { type SearchLinkParams, searchPath } from "@/lib/routes";
import "./search.css";

/**
 * The search page's one GET form: the words, then section and date filters sent with the same submit. The filters
 * fold away (a <details>, no script) until one is in use, so a phone shows results sooner.
 */
export async function SearchForm({
  locale,
  sections,
  values,
  focusQuery,
}: {
  locale: Locale;
  sections: { slug: string; name: string }[];
  values: SearchLinkParams;
  /** Put the cursor in the field, for a reader who came from the header's search link with nothing typed yet. */
  focusQuery: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  const hasFilters = Boolean(values.sectionSlug || values.from || values.to);
  return (
    <form role="search" className="search-form" action={searchPath(locale)} method="get" aria-label={t("formLabel")}>
      <label htmlFor="search-query" className="search-query-label">
        {t("queryLabel")}
      </label>
      <div className="search-query-field">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={values.query}
          placeholder={t("placeholder")}
          enterKeyHint="search"
          autoFocus={focusQuery}
        />
        <button type="submit" className="button-link">
          {t("submit")}
        </button>
      </div>
      <details className="search-filters" open={hasFilters}>
        <summary>{t("filters")}</summary>
        <div className="search-filter-fields">
          <div className="search-filter">
            <label htmlFor="search-section">{t("section")}</label>
            <select id="search-section" name="section" defaultValue={values.sectionSlug ?? ""}>
              <option value="">{t("anySection")}</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <div className="search-filter">
            <label htmlFor="search-from">{t("from")}</label>
            <input id="search-from" type="date" name="from" defaultValue={values.from ?? ""} />
          </div>
          <div className="search-filter">
            <label htmlFor="search-to">{t("to")}</label>
            <input id="search-to" type="date" name="to" defaultValue={values.to ?? ""} />
          </div>
        </div>
        {hasFilters ? (
          <p className="search-clear">
            <a href={searchPath(locale, { query: values.query, sectionSlug: null, from: null, to: null })}>{t("clearFilters")}</a>
          </p>
        ) : null}
      </details>
    </form>
  );
}
