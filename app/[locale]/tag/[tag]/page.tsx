import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleList } from "@/components/article/ArticleList";
import { Pagination } from "@/components/portal/Pagination";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { listTag } from "@/db/queries/articles";
import { listSections } from "@/db/queries/sections";
import { getTagBySlug } from "@/db/queries/taxonomy";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { readerLocale } from "@/lib/readerLocale";
import { homePath, tagPath } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ locale: string; tag: string }>; searchParams: Promise<{ page?: string | string[] }> };

const loadTag = cache(getTagBySlug);

async function resolveTag(params: Props["params"]) {
  const locale = await readerLocale(params);
  const tag = await loadTag(locale, (await params).tag);
  if (!tag) notFound();
  return { locale, tag };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, tag } = await resolveTag(params);
  const page = await pageNumber(searchParams);
  const t = await getTranslations({ locale, namespace: "tag" });
  const meta = await getTranslations({ locale, namespace: "meta" });
  const heading = t("heading", { tag: tag.name });
  return {
    title: `${page > 1 ? meta("pageOf", { title: heading, page }) : heading} | ${site.name[locale]}`,
    description: t("description", { tag: tag.name }),
    alternates: { canonical: tagPath(locale, tag.slug, page) },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const { locale, tag } = await resolveTag(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }, t] = await Promise.all([
    listSections(),
    listTag(tag.id, pageWindow(page)),
    getTranslations({ locale, namespace: "tag" }),
  ]);
  assertPageExists(page, total);
  return (
    <ReaderPage
      locale={locale}
      sections={sections}
      languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: false }}
    >
      <header className="list-header">
        <h1>{t("heading", { tag: tag.name })}</h1>
        <p>{t("description", { tag: tag.name })}</p>
      </header>
      {items.length > 0 ? <ArticleList articles={items} locale={locale} now={new Date()} /> : <p className="empty-note">{t("empty")}</p>}
      <Pagination locale={locale} page={page} pages={pageCount(total)} hrefFor={(n) => tagPath(locale, tag.slug, n)} />
    </ReaderPage>
  );
}
