import { isLocale } from "@/i18n/routing";
import { readFeed } from "@/lib/cache/feedData";
import { readSectionBySlug } from "@/lib/cache/readerData";
import { rssContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

/** A section's feed: /en/desh/rss.xml, and /desh/rss.xml for Hindi through a rewrite in next.config.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section: slug } = await params;
  const section = isLocale(locale) ? await readSectionBySlug(slug) : undefined;
  if (!isLocale(locale) || !section) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { body, lastModified } = await readFeed(locale, section);
  return xmlResponse(request, body, { contentType: rssContentType, lastModified });
}
