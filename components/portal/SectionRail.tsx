import { ArticleCard, type ArticleCardData } from "@/components/article/ArticleCard";
import type { Locale } from "@/i18n/routing";
import { sectionPath } from "@/lib/routes";

/** One row of the home page: a section's newest stories and a link to its front. */
export function SectionRail({
  locale,
  section,
  moreLabel,
  stories,
  now,
}: {
  locale: Locale;
  section: { slug: string; name: string };
  moreLabel: string;
  stories: ArticleCardData[];
  now: Date;
}) {
  const headingId = `rail-${section.slug}`;
  return (
    <section className="section-rail" aria-labelledby={headingId}>
      <h2 id={headingId} className="rail-heading">
        <a href={sectionPath(locale, section.slug)}>{section.name}</a>
      </h2>
      <div className="rail-cards">
        {stories.map((story) => (
          <ArticleCard key={story.id} article={story} locale={locale} now={now} showSection={false} />
        ))}
      </div>
      <p className="rail-more">
        <a href={sectionPath(locale, section.slug)}>{moreLabel} →</a>
      </p>
    </section>
  );
}
