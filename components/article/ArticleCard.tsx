import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localize";
import { articlePath } from "@/lib/routes";
import { MediaImage, type MediaImageData } from "./MediaImage";
import { Timestamp } from "./Timestamp";

export type ArticleCardData = {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  section: { slug: string; name: string; nameEn: string };
  hero: MediaImageData | null;
};

/**
 * lead: the front's top story; top: the two-column grid beside it; standard: a card in a grid; row: a list entry,
 * picture beside the text from 40rem; compact: headline only.
 */
type Variant = "lead" | "top" | "standard" | "row" | "compact";

/*
 * The width each picture is laid out at (app/globals.css), so that a phone fetches no more pixels than it shows.
 * `.container` is at most 76rem (1216px) with 1rem padding each side: content is 100vw - 32px, at most 1184px.
 * lead: full width; from 64rem the first column of `.front-top` (2.2fr of 3.2fr after a 1.5rem gap).
 * top: `.top-stories` under the lead: one column, two from 40rem (1.25rem gap), inside the lead's column from 64rem.
 * standard: `.rail-cards`: one column, two from 40rem (1.25rem gap), four from 64rem.
 * row: `.article-list`: full width, then a 1fr of 1fr 2fr (1rem gap) from 40rem.
 */
const imageSizes: Record<Exclude<Variant, "compact">, string> = {
  lead: "(min-width: 76rem) 798px, (min-width: 64rem) calc(68.75vw - 39px), calc(100vw - 32px)",
  top: "(min-width: 76rem) 389px, (min-width: 64rem) calc(34.375vw - 30px), (min-width: 40rem) calc(50vw - 26px), calc(100vw - 32px)",
  standard: "(min-width: 76rem) 281px, (min-width: 64rem) calc(25vw - 23px), (min-width: 40rem) calc(50vw - 26px), calc(100vw - 32px)",
  row: "(min-width: 76rem) 390px, (min-width: 40rem) calc(33.34vw - 16px), calc(100vw - 32px)",
};

/** A story in a list: headline link, section kicker, time, and by variant an image and standfirst. */
export function ArticleCard({
  article,
  locale,
  now,
  variant = "standard",
  showSection = true,
  priority = false,
  showStandfirst = variant === "lead",
  headingLevel = 3,
}: {
  article: ArticleCardData;
  locale: Locale;
  /** Times read relative to this ("2 घंटे पहले"); without it, as date and time, for pages cached for long. */
  now?: Date;
  variant?: Variant;
  showSection?: boolean;
  priority?: boolean;
  showStandfirst?: boolean;
  headingLevel?: 2 | 3;
}) {
  const href = articlePath(locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={`card card-${variant}`}>
      {variant !== "compact" && article.hero ? (
        <a href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <MediaImage image={article.hero} sizes={imageSizes[variant]} priority={priority} />
        </a>
      ) : null}
      <div className="card-text">
        {showSection ? <p className="kicker">{localized(locale, article.section)}</p> : null}
        <Heading className="card-headline">
          <a href={href}>{article.headline}</a>
        </Heading>
        {showStandfirst && article.standfirst ? <p className="card-standfirst">{article.standfirst}</p> : null}
        <p className="card-time">
          <Timestamp date={article.publishedAt} locale={locale} relativeTo={now} />
        </p>
      </div>
    </article>
  );
}
