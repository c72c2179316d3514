import { readSitemap } from "@/lib/cache/feedData";
import { parseSitemapFileName } from "@/lib/feeds/sitemaps";
import { xmlContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

/** A child of /sitemap.xml: articles-2026-11.xml, sections.xml, tags.xml, authors.xml, and their "-2" parts. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file);
  const document = file ? await readSitemap(file) : undefined;
  if (!document) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(request, document.body, { contentType: xmlContentType, lastModified: document.lastModified });
}
