import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SearchIcon } from "./SearchIcon";
import { searchPath } from "@/lib/routes";
import "./search.css";

/**
 * The masthead's way into search, without script: a field on wider screens, and on a phone, where the
 * masthead row has no room for one, a link to the search page, which opens with its field focused.
 */
export async function HeaderSearch({ locale, onSearchPage }: { locale: Locale; onSearchPage: boolean }) {
  const t = await getTranslations({ locale, namespace: "header" });
  const action = searchPath(locale);
  return (
    <div className="header-search">
      <form role="search" className="header-search-form" action={action} method="get" aria-label={t("searchLabel")}>
        <label htmlFor="header-search-query" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input id="header-search-query" type="search" name="q" placeholder={t("searchPlaceholder")} enterKeyHint="search" />
        <button type="submit">
          <SearchIcon />
          <span className="visually-hidden">{t("searchSubmit")}</span>
        </button>
      </form>
      <a className="header-search-link" href={action} aria-current={onSearchPage ? "page" : undefined}>
        <SearchIcon />
        <span className="visually-hidden">{t("searchLink")}</span>
      </a>
    </div>
  );
}
