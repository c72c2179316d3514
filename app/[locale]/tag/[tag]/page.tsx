import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { listTag } from "@/db/queries/articles";
import { listSections } from "@/db/queries/sections";
import { getTagBySlug } from "@/db/queries/taxonomy";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { pageTitle } from "@/lib/pageTitle";
import { readerLocale } from "@/lib/readerLocale";
import { homePath, tagPath } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; tag: string }>; searchParams: Promise<{ page?: string | string[] }> };

const loadTag = cache(getTagBySlug);

async function resolveTag(params: Props["params"]) {
  const locale = await readerLocale(params);
  const tag = await loadTag(locale, (await params).tag);
  if (!tag) notFound();
  return { locale, tag, t: await getTranslations({ locale, namespace: "tag" }) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, tag, t } = await resolveTag(params);
  const page = await pageNumber(searchParams);
  return {
    title: await pageTitle(locale, t("heading", { tag: tag.name }), page),
    description: t("description", { tag: tag.name }),
    alternates: { canonical: tagPath(locale, tag.slug, page) },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const { locale, tag, t } = await resolveTag(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }] = await Promise.all([listSections(), listTag(tag.id, pageWindow(page))]);
  assertPageExists(page, total);
  return (
    <StoryListPage
      locale={locale}
      sections={sections}
      // Tags belong to one language, so the switch leads to the other edition's front.
      languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: false }}
      heading={t("heading", { tag: tag.name })}
      intro={<p>{t("description", { tag: tag.name })}</p>}
      stories={items}
      page={page}
      pages={pageCount(total)}
      hrefFor={(n) => tagPath(locale, tag.slug, n)}
      emptyNote={t("empty")}
    />
  );
}
