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

type Variant = "lead" | "standard" | "compact";

const imageSizes: Record<Variant, string> = {
  lead: "(min-width: 1200px) 760px, (min-width: 768px) 64vw, 100vw",
  standard: "(min-width: 1200px) 280px, (min-width: 768px) 30vw, 100vw",
  compact: "",
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
  now: Date;
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
