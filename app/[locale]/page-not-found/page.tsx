import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundNotice } from "@/components/portal/NotFoundNotice";
import { pageTitle } from "@/lib/pageTitle";
import { readerLocale } from "@/lib/readerLocale";

type Props = { params: Promise<{ locale: string }> };

/**
 * The 404 page as a page of its own, fully rendered and cached: the reader front sends it for every missing
 * reader URL (lib/delivery/readerFront.ts), and the proxy answers its own address with 404 too.
 */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: await pageTitle(locale, t("title")), robots: { index: false, follow: true } };
}

export default async function PageNotFound({ params }: Props) {
  return <NotFoundNotice locale={await readerLocale(params)} />;
}
