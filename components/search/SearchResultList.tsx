import { getTranslations } from "next-intl/server";
import { Timestamp } from "@/components/article/Timestamp";
import type { Locale } from "@/i18n/routing";
import { Snippet, type SnippetPart } from "./Snippet";
import "./search.css";

export type SearchHitData = {
  id: number;
  url: string;
  headline: string;
  snippet: SnippetPart[];
  publishedAt: Date;
  section: { slug: string; name: string };
};

/** One page of search results, best match first: section, headline link, the passage that matched, date. */
export async function SearchResultList({ locale, hits }: { locale: Locale; hits: SearchHitData[] }) {
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
