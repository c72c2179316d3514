import { type APIRequestContext, expect, test } from "@playwright/test";
import { articleAddress } from "@/lib/http/articleAddress";

/*
 * A crawler's walk: /sitemap.xml (a sitemap index, sitemaps.org 0.9), every sitemap it names, every page those
 * list. Each page must answer 200 at exactly that URL and name it as canonical, with one <h1>, a title and a
 * description in its <head>, and articles a complete NewsArticle. The server's SITE_URL is its own address
 * (playwright.config.ts), so the listed URLs are the ones fetched.
 */

type Problem = { url: string; problem: string };

const batchSize = 8;
const newsArticleFields = ["headline", "datePublished", "dateModified", "author", "publisher", "image", "mainEntityOfPage"] as const;

const entities: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&apos;": "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|quot|#x27|#39|lt|gt|apos);/g, (entity) => entities[entity]!);
}

/** The text of every <loc> directly in the given element (<sitemap> of an index, <url> of a sitemap). */
function locations(xml: string, element: "sitemap" | "url"): string[] {
  return [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, "g"))].map(([, inner]) => decode(/<loc>\s*([^<]+?)\s*<\/loc>/.exec(inner!)?.[1] ?? ""));
}

/** Every page URL the sitemap index leads to, each once. */
async function listedUrls(request: APIRequestContext): Promise<{ sitemaps: string[]; urls: string[] }> {
  const index = await request.get("/sitemap.xml");
  expect(index.status(), "/sitemap.xml").toBe(200);
  const indexXml = await index.text();
  expect(indexXml).toContain("<sitemapindex");
  const sitemaps = locations(indexXml, "sitemap");
  expect(sitemaps.length, "sitemaps named by the index").toBeGreaterThan(0);
  const children = await Promise.all(
    sitemaps.map(async (sitemap) => {
      const response = await request.get(sitemap);
      expect(response.status(), sitemap).toBe(200);
      const xml = await response.text();
      expect(xml, sitemap).toContain("<urlset");
      return locations(xml, "url");
    }),
  );
  return { sitemaps, urls: [...new Set(children.flat())] };
}

function attributes(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)]));
}

/** The first object of the given @type in the JSON-LD blocks, looking into arrays and @graph. */
function findTyped(blocks: unknown[], type: string): Record<string, unknown> | undefined {
  const queue = [...blocks];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === "object") {
      const record = item as Record<string, unknown>;
      const types = ([] as unknown[]).concat(record["@type"]);
      if (types.includes(type)) return record;
      if (record["@graph"]) queue.push(record["@graph"]);
    }
  }
  return undefined;
}

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** What is wrong with one listed page, as sentences; empty when nothing is. */
async function checkPage(request: APIRequestContext, url: string): Promise<string[]> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() !== 200) return [`status ${response.status()}${response.headers()["location"] ? ` → ${response.headers()["location"]}` : ""}`];
  const html = await response.text();
  const head = html.slice(0, Math.max(0, html.indexOf("</head>")));
  const problems: string[] = [];

  const links = [...head.matchAll(/<link\b([^>]*)>/g)].map(([, source]) => attributes(source!));
  // As URLs, not strings: "http://host" and "http://host/" are the same address (the home page).
  const canonicals = links.filter((link) => link.rel === "canonical").map((link) => link.href ?? "");
  if (canonicals.length !== 1 || !URL.canParse(canonicals[0]!) || new URL(canonicals[0]!).href !== new URL(url).href) problems.push(`canonical ${JSON.stringify(canonicals)}`);

  const h1Count = html.match(/<h1[\s>]/g)?.length ?? 0;
  if (h1Count !== 1) problems.push(`${h1Count} <h1>`);

  const title = decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "").trim();
  if (!title) problems.push("no <title>");
  const metas = [...head.matchAll(/<meta\b([^>]*)>/g)].map(([, source]) => attributes(source!));
  const descriptions = metas.filter((meta) => meta.name === "description");
  if (descriptions.length !== 1 || !descriptions[0]!.content?.trim()) problems.push(`description ${JSON.stringify(descriptions.map((d) => d.content))}`);

  if (articleAddress(new URL(url).pathname)) {
    const blocks: unknown[] = [];
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
      try {
        blocks.push(JSON.parse(json!));
      } catch {
        problems.push("a JSON-LD block that is not JSON");
      }
    }
    const article = findTyped(blocks, "NewsArticle");
    if (!article) problems.push("no NewsArticle JSON-LD");
    else {
      const missing = newsArticleFields.filter((field) => !isFilled(article[field]));
      if (missing.length > 0) problems.push(`NewsArticle without ${missing.join(", ")}`);
    }
  }
  return problems;
}

test.describe("a crawler's walk", () => {
  test("every URL in the sitemaps answers 200 with its own canonical, one h1, a title, a description and, on articles, a NewsArticle", async ({ request }, testInfo) => {
    // Crawlers fetch plain HTML; the viewport of a browser project changes nothing here, so the phone project skips it.
    test.skip(testInfo.project.name !== "desktop", "a crawler's walk does not depend on the viewport");
    test.setTimeout(90_000);

    const { sitemaps, urls } = await listedUrls(request);
    expect(urls.length, "URLs listed in the sitemaps").toBeGreaterThan(0);
    const origin = new URL(testInfo.project.use.baseURL!).origin;
    const foreign = urls.filter((url) => new URL(url).origin !== origin);
    expect(foreign, `every listed URL is on ${origin} (SITE_URL)`).toEqual([]);

    const problems: Problem[] = [];
    for (let start = 0; start < urls.length; start += batchSize) {
      const batch = urls.slice(start, start + batchSize);
      const results = await Promise.all(batch.map(async (url) => ({ url, found: await checkPage(request, url) })));
      for (const { url, found } of results) problems.push(...found.map((problem) => ({ url, problem })));
    }

    // Newsroom tests running beside this one publish, edit and withdraw stories: a URL that left the sitemaps
    // during the walk (withdrawn, or moved to a new slug) is not a fault of the sitemaps.
    const stillListed = problems.length > 0 ? new Set((await listedUrls(request)).urls) : new Set<string>();
    const faults = problems.filter((problem) => stillListed.has(problem.url));

    const articleCount = urls.filter((url) => articleAddress(new URL(url).pathname)).length;
    const summary = `${urls.length} URLs checked (${articleCount} articles) from ${sitemaps.length} sitemaps`;
    console.log(summary);
    testInfo.annotations.push({ type: "urls checked", description: summary });
    await testInfo.attach("urls-checked.txt", { body: `${summary}\n\n${urls.join("\n")}\n`, contentType: "text/plain" });
    expect(faults).toEqual([]);
  });
});
