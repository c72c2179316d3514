import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/article/ArticleCard";
import { homeNavKey } from "@/components/portal/PortalHeader";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { SectionRail } from "@/components/portal/SectionRail";
import { JsonLd } from "@/components/seo/JsonLd";
import { localized } from "@/lib/localize";
import { readerLocale } from "@/lib/readerLocale";
import { homePath } from "@/lib/routes";
import { newsMediaOrganization, webSite } from "@/lib/seo/jsonLd";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { readFront, readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string }> };

// Rendered on first request, then served from Next's cache until a write expires its tags or a minute passes
// (relative times on cards, stories whose scheduled time came without a write).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

const topStoryCount = 4;
const latestCount = 8;
const railLength = 4;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: "meta" });
  const title = t("homeTitle", { site: site.name[locale] });
  return pageMetadata({
    locale,
    name: title,
    documentTitle: title,
    description: t("homeDescription"),
    path: homePath(locale),
    translations: { hi: homePath("hi"), en: homePath("en") },
  });
}

export default async function HomePage({ params }: Props) {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const [sections, { latest: stories, rails }] = await Promise.all([readSections(), readFront(locale, 1 + topStoryCount + latestCount, railLength)]);
  const now = new Date();
  const [lead, ...rest] = stories;
  const topStories = rest.slice(0, topStoryCount);
  const latest = rest.slice(topStoryCount);

  return (
    <ReaderPage locale={locale} sections={sections} activeSection={homeNavKey} languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: true }}>
      <JsonLd data={webSite(locale)} />
      <JsonLd data={newsMediaOrganization(locale)} />
      <h1 className="visually-hidden">{t("heading", { site: site.name[locale] })}</h1>
      {lead ? (
        <div className="front-top">
          <section className="front-lead" aria-label={t("topStories")}>
            <ArticleCard article={lead} locale={locale} now={now} variant="lead" priority headingLevel={2} />
            <div className="top-stories">
              {topStories.map((story) => (
                <ArticleCard key={story.id} article={story} locale={locale} now={now} variant="top" />
              ))}
            </div>
          </section>
          <section className="front-latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="rail-heading">
              {t("latest")}
            </h2>
            <ol className="latest-list">
              {latest.map((story) => (
                <li key={story.id}>
                  <ArticleCard article={story} locale={locale} now={now} variant="compact" />
                </li>
              ))}
            </ol>
          </section>
        </div>
      ) : (
        <p className="empty-note">{t("empty")}</p>
      )}
      {sections.map((section) => {
        const stories = rails.get(section.id);
        if (!stories?.length) return null;
        return (
          <SectionRail
            key={section.id}
            locale={locale}
            section={{ slug: section.slug, name: localized(locale, section) }}
            moreLabel={t("moreFromSection", { section: localized(locale, section) })}
            stories={stories}
            now={now}
          />
        );
      })}
    </ReaderPage>
  );
}
