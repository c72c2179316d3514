import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/portal/Pagination";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { listAuthor } from "@/db/queries/articles";
import { listSections } from "@/db/queries/sections";
import { getAuthorBySlug } from "@/db/queries/taxonomy";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { authorPath } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ locale: string; author: string }>; searchParams: Promise<{ page?: string | string[] }> };

const loadAuthor = cache(getAuthorBySlug);

async function resolveAuthor(params: Props["params"]) {
  const locale = await readerLocale(params);
  const author = await loadAuthor((await params).author);
  if (!author) notFound();
  return { locale, author };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, author } = await resolveAuthor(params);
  const page = await pageNumber(searchParams);
  const name = localized(locale, author);
  const meta = await getTranslations({ locale, namespace: "meta" });
  const t = await getTranslations({ locale, namespace: "author" });
  return {
    title: `${page > 1 ? meta("pageOf", { title: name, page }) : name} | ${site.name[locale]}`,
    description: (locale === "en" ? author.bioEn : author.bio) || t("description", { name }),
    alternates: { canonical: authorPath(locale, author.slug, page) },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { locale, author } = await resolveAuthor(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }, t] = await Promise.all([
    listSections(),
    listAuthor(locale, author.id, pageWindow(page)),
    getTranslations({ locale, namespace: "author" }),
  ]);
  assertPageExists(page, total);
  const name = localized(locale, author);
  const other: Locale = locale === "hi" ? "en" : "hi";
  return (
    <ReaderPage
      locale={locale}
      sections={sections}
      languageSwitch={{ href: authorPath(other, author.slug), samePage: true }}
    >
      <header className="list-header author-header">
        <h1>{name}</h1>
        <p>{locale === "en" ? author.bioEn : author.bio}</p>
      </header>
      <h2 className="rail-heading">{t("articlesBy", { name })}</h2>
      {items.length > 0 ? <ArticleList articles={items} locale={locale} now={new Date()} /> : <p className="empty-note">{t("empty", { name })}</p>}
      <Pagination locale={locale} page={page} pages={pageCount(total)} hrefFor={(n) => authorPath(locale, author.slug, n)} />
    </ReaderPage>
  );
}
