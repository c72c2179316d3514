import { isLocale } from "@/i18n/routing";
import { searchArticlesCached } from "@/lib/search/cachedSearch";
import { parseSearchRequest } from "@/lib/search/searchRequest";
import { snippetHtml } from "@/lib/search/snippet";

export const dynamic = "force-dynamic";

// "<" and ">" escaped inside JSON strings: a headline holding "<script>" stays inert even if a client or a proxy
// mistakes the body for HTML. JSON.parse gives back the same text.
function json(body: unknown, status: number, headers: Record<string, string>): Response {
  const text = JSON.stringify(body).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  return new Response(text, {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff", ...headers },
  });
}

const refused = (error: string) => json({ error }, 400, { "Cache-Control": "no-store" });

/**
 * GET /api/search?q=&page=&section=&from=&to=&locale=hi|en — the same results as the /search page, as JSON.
 * `headline` is plain text; `snippet` is HTML: escaped text with the matched words in <mark>.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const locale = params.get("locale") || "hi";
  if (!isLocale(locale)) return refused("locale must be hi or en");
  const parsed = parseSearchRequest(params);
  if (!parsed.ok) return refused(parsed.error);
  try {
    const started = performance.now();
    const found = await searchArticlesCached({ ...parsed.request, locale });
    const searchTime = performance.now() - started;
    return json(
      {
        query: found.query,
        total: found.total,
        totalIsLowerBound: found.totalIsLowerBound,
        page: found.page,
        pageSize: found.pageSize,
        results: found.results.map((hit) => ({
          id: hit.id,
          url: hit.url,
          headline: hit.headline,
          snippet: snippetHtml(hit.snippet),
          publishedAt: hit.publishedAt.toISOString(),
          section: hit.section,
        })),
      },
      200,
      {
        "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
        // The time spent searching in the server, for benchmarks and browser tools.
        "Server-Timing": `search;dur=${searchTime.toFixed(1)}`,
      },
    );
  } catch (error) {
    console.error("search failed", error);
    return json({ error: "search is unavailable, please try again" }, 500, { "Cache-Control": "no-store" });
  }
}
