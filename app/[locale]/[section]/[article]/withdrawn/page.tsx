import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissingStoryNotice } from "@/components/portal/MissingStoryNotice";
import { getArticleFreshness } from "@/db/queries/articleFreshness";
import { pageTitle } from "@/lib/pageTitle";
import { readerLocale } from "@/lib/readerLocale";
import { parseArticleSegment } from "@/lib/routes";
import { readSections } from "@/lib/cache/readerData";

type Props = { params: Promise<{ locale: string; section: string; article: string }> };

/**
 * What a reader gets at the URL of a story that was published and then withdrawn. The proxy rewrites such a URL
 * here and answers 410; any other story asked for at this path is a 404, so the path shows nothing of its own.
 */
async function withdrawnStory(params: Props["params"]) {
  const locale = await readerLocale(params);
  const parsed = parseArticleSegment((await params).article);
  const article = parsed ? await getArticleFreshness(parsed.id) : undefined;
  if (article?.status !== "unpublished") notFound();
  return locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await withdrawnStory(params);
  const t = await getTranslations({ locale, namespace: "gone" });
  return { title: await pageTitle(locale, t("title")), robots: { index: false, follow: true } };
}

export default async function WithdrawnStoryPage({ params }: Props) {
  const locale = await withdrawnStory(params);
  const [sections, t] = await Promise.all([readSections(), getTranslations({ locale, namespace: "gone" })]);
  return <MissingStoryNotice locale={locale} sections={sections} text={{ title: t("title"), body: t("body"), goHome: t("goHome") }} />;
}
