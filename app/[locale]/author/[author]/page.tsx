import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { StoryListPage } from "@/components/portal/StoryListPage";
import { listAuthor } from "@/db/queries/articles";
import { listSections } from "@/db/queries/sections";
import { getAuthorBySlug } from "@/db/queries/taxonomy";
import { localized } from "@/lib/localize";
import { assertPageExists, pageCount, pageNumber, pageWindow } from "@/lib/pageNumber";
import { pageTitle } from "@/lib/pageTitle";
import { readerLocale } from "@/lib/readerLocale";
import { authorPath } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; author: string }>; searchParams: Promise<{ page?: string | string[] }> };

const loadAuthor = cache(getAuthorBySlug);

async function resolveAuthor(params: Props["params"]) {
  const locale = await readerLocale(params);
  const author = await loadAuthor((await params).author);
  if (!author) notFound();
  const name = localized(locale, author);
  return { locale, author, name, bio: locale === "en" ? author.bioEn : author.bio, t: await getTranslations({ locale, namespace: "author" }) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, author, name, bio, t } = await resolveAuthor(params);
  const page = await pageNumber(searchParams);
  return {
    title: await pageTitle(locale, name, page),
    description: bio || t("description", { name }),
    alternates: { canonical: authorPath(locale, author.slug, page) },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { locale, author, name, bio, t } = await resolveAuthor(params);
  const page = await pageNumber(searchParams);
  const [sections, { items, total }] = await Promise.all([listSections(), listAuthor(locale, author.id, pageWindow(page))]);
  assertPageExists(page, total);
  return (
    <StoryListPage
      locale={locale}
      sections={sections}
      languageSwitch={{ href: authorPath(locale === "hi" ? "en" : "hi", author.slug), samePage: true }}
      heading={name}
      intro={<p>{bio}</p>}
      listHeading={t("articlesBy", { name })}
      stories={items}
      page={page}
      pages={pageCount(total)}
      hrefFor={(n) => authorPath(locale, author.slug, n)}
      emptyNote={t("empty", { name })}
    />
  );
}
