import { isLocale } from "@/i18n/routing";
import { readFeed } from "@/lib/cache/feedData";
import { rssContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

/** The edition's feed: /en/rss.xml, and /rss.xml for Hindi through a rewrite in next.config.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { body, lastModified } = await readFeed(locale, null);
  return xmlResponse(request, body, { contentType: rssContentType, lastModified });
}
