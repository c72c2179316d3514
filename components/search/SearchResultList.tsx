import { getTranslations } from "next-intl/server";
import { Timestamp } from "@/components/article/Timestamp";
import type { Locale } from "@/i18n/routing";
import type { SearchHit } from "@/lib/search/searchArticles";
import { Snippet } from "./Snippet";
import "./search.css";

/** One page of search results, best match first: section, headline link, the passage that matched, date. */
export async function SearchResultList({ locale, hits }: { locale: Locale; hits: SearchHit[] }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <ol className="search-results" aria-label={t("results")}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <article className="search-hit">
            <p className="kicker">{hit.section.name}</p>
            <h2 className="search-hit-headline">
              <a href={hit.url}>{hit.headline}</a>
            </h2>
            <Snippet parts={hit.snippet} />
            <p className="card-time">
              <Timestamp date={hit.publishedAt} locale={locale} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
