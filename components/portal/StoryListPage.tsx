import type { ReactNode } from "react";
import { ArticleList } from "@/components/article/ArticleList";
import type { ArticleCardData } from "@/components/article/ArticleCard";
import type { Locale } from "@/i18n/routing";
import { Pagination } from "./Pagination";
import type { LanguageSwitch } from "./PortalHeader";
import { ReaderPage } from "./ReaderPage";

/** A section front, tag page or author page: a heading, one page of stories newest first, and page links. */
export function StoryListPage({
  locale,
  sections,
  activeSection,
  languageSwitch,
  heading,
  intro,
  listHeading,
  stories,
  page,
  pages,
  hrefFor,
  emptyNote,
  showSection = true,
}: {
  locale: Locale;
  sections: { slug: string; name: string; nameEn: string }[];
  activeSection?: string;
  languageSwitch: LanguageSwitch;
  heading: string;
  intro: ReactNode;
  listHeading?: string;
  stories: ArticleCardData[];
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  emptyNote: string;
  showSection?: boolean;
}) {
  return (
    <ReaderPage locale={locale} sections={sections} activeSection={activeSection} languageSwitch={languageSwitch}>
      <header className="list-header">
        <h1>{heading}</h1>
        {intro}
      </header>
      {listHeading ? <h2 className="rail-heading">{listHeading}</h2> : null}
      {stories.length > 0 ? (
        <ArticleList articles={stories} locale={locale} now={new Date()} showSection={showSection} />
      ) : (
        <p className="empty-note">{emptyNote}</p>
      )}
      <Pagination locale={locale} page={page} pages={pages} hrefFor={hrefFor} />
    </ReaderPage>
  );
}
