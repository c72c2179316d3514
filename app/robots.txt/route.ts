import { newsSitemapPath, sitemapIndexPath } from "@/lib/feeds/feedPaths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Read per request, so SITE_URL is the running server's, not the build machine's. */
export function GET() {
  const lines = ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /api", "", `Sitemap: ${absoluteUrl(sitemapIndexPath)}`, `Sitemap: ${absoluteUrl(newsSitemapPath)}`];
  return new Response(`${lines.join("\n")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, s-maxage=300, stale-while-revalidate=600" },
  });
}
