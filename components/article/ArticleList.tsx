import type { Locale } from "@/i18n/routing";
import { ArticleCard, type ArticleCardData } from "./ArticleCard";

/** A paginated list of stories, as section, tag and author pages show them; the page's h1 is right above, so cards are h2. */
export function ArticleList({ articles, locale, now, showSection = true }: { articles: ArticleCardData[]; locale: Locale; now: Date; showSection?: boolean }) {
  return (
    <ol className="article-list">
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard article={article} locale={locale} now={now} variant="row" showSection={showSection} priority={index === 0} showStandfirst headingLevel={2} />
        </li>
      ))}
    </ol>
  );
}
