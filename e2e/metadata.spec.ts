import { type APIRequestContext, expect, test } from "@playwright/test";

/*
 * What a crawler or a link preview reads in the <head> the server sends, before any script runs. The server gets
 * SITE_URL = its own address (playwright.config.ts), so every canonical must equal the address the page was fetched at.
 */

type Tag = Record<string, string>;
type Head = { lang: string; title: string; tags: Tag[] };

const entities: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">" };

function decode(text: string): string {
  return text.replace(/&(?:amp|quot|#x27|lt|gt);/g, (entity) => entities[entity]!);
}

function attributes(source: string): Tag {
  return Object.fromEntries([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)]));
}

/** The page's <head> only: tags streamed later into the body do not count. */
function parseHead(html: string): Head {
  const head = html.slice(0, html.indexOf("</head>"));
  return {
    lang: attributes(/<html([^>]*)>/.exec(html)?.[1] ?? "").lang ?? "",
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ""),
    tags: [...head.matchAll(/<(meta|link)\b([^>]*)>/g)].map(([, element, source]) => ({ element: element!, ...attributes(source!) })),
  };
}

function metaAll(head: Head, key: string): string[] {
  return head.tags.filter((tag) => tag.element === "meta" && (tag.name === key || tag.property === key)).map((tag) => tag.content!);
}

function meta(head: Head, key: string): string | undefined {
  const values = metaAll(head, key);
  expect(values.length, `at most one ${key}`).toBeLessThanOrEqual(1);
  return values[0];
}

function links(head: Head, rel: string): Tag[] {
  return head.tags.filter((tag) => tag.element === "link" && tag.rel === rel);
}

/** "http://host" and "http://host/" are the same address. */
function sameUrl(url: string): string {
  return new URL(url).href;
}

type Fetched = { url: string; origin: string; head: Head };

async function fetchHead(request: APIRequestContext, path: string): Promise<Fetched> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const url = response.url();
  return { url, origin: new URL(url).origin, head: parseHead(await response.text()) };
}

type Expected = { lang: "hi" | "en"; type: "website" | "article"; translated: boolean };

/** Everything every indexable reader page must carry. */
function expectCompleteHead({ url, origin, head }: Fetched, expected: Expected) {
  expect(head.lang).toBe(expected.lang);
  expect(head.title).toMatch(expected.lang === "hi" ? /\| ख़बर दर्पण$|^ख़बर दर्पण/ : /\| Khabar Darpan$|^Khabar Darpan/);
  const description = meta(head, "description");
  expect(description?.length).toBeGreaterThan(10);

  const canonical = links(head, "canonical");
  expect(canonical).toHaveLength(1);
  expect(sameUrl(canonical[0]!.href!)).toBe(sameUrl(url));

  expect(meta(head, "robots")).toBe("index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1");
  expect(meta(head, "theme-color")).toBe("#8a1c1c");
  expect(links(head, "manifest").map((link) => link.href)).toEqual(["/manifest.webmanifest"]);
  expect(links(head, "icon").length).toBeGreaterThan(0);
  expect(links(head, "apple-touch-icon").length).toBeGreaterThan(0);

  expect(meta(head, "og:type")).toBe(expected.type);
  expect(meta(head, "og:locale")).toBe(expected.lang === "hi" ? "hi_IN" : "en_IN");
  expect(meta(head, "og:title")?.length).toBeGreaterThan(0);
  expect(meta(head, "og:description")).toBe(description);
  expect(meta(head, "og:url")).toBe(canonical[0]!.href);
  expect(meta(head, "og:site_name")).toBe(expected.lang === "hi" ? "ख़बर दर्पण" : "Khabar Darpan");
  const image = meta(head, "og:image");
  expect(image?.startsWith(`${origin}/`), `og:image ${image} is absolute on SITE_URL`).toBe(true);
  expect(meta(head, "og:image:width")).toBe("1200");
  expect(meta(head, "og:image:height")).toBe("630");
  expect(meta(head, "og:image:alt")?.length).toBeGreaterThan(0);

  expect(meta(head, "twitter:card")).toBe("summary_large_image");
  expect(meta(head, "twitter:title")).toBe(meta(head, "og:title"));
  expect(meta(head, "twitter:description")).toBe(description);
  expect(meta(head, "twitter:image")).toBe(image);
  expect(meta(head, "twitter:image:alt")).toBe(meta(head, "og:image:alt"));

  const alternates = links(head, "alternate").filter((link) => link.hreflang);
  if (expected.translated) {
    expect(alternates.map((link) => link.hreflang).sort()).toEqual(["en", "hi", "x-default"]);
    const byLanguage = Object.fromEntries(alternates.map((link) => [link.hreflang!, sameUrl(link.href!)]));
    expect(byLanguage[expected.lang]).toBe(sameUrl(url));
    expect(byLanguage["x-default"]).toBe(byLanguage.hi);
    for (const href of Object.values(byLanguage)) expect(href.startsWith(`${origin}/`)).toBe(true);
    expect(meta(head, "og:locale:alternate")).toBe(expected.lang === "hi" ? "en_IN" : "hi_IN");
  } else {
    expect(alternates).toEqual([]);
    expect(meta(head, "og:locale:alternate")).toBeUndefined();
  }
}

function expectArticleTags(head: Head) {
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/;
  expect(meta(head, "article:published_time")).toMatch(iso);
  expect(meta(head, "article:modified_time")).toMatch(iso);
  expect(meta(head, "article:section")?.length).toBeGreaterThan(0);
  expect(metaAll(head, "article:tag").length).toBeGreaterThan(0);
}

test.describe("the head of every reader page", () => {
  test("home pages link each other and point x-default at the Hindi front", async ({ request }) => {
    const hindi = await fetchHead(request, "/");
    expectCompleteHead(hindi, { lang: "hi", type: "website", translated: true });
    const english = await fetchHead(request, "/en");
    expectCompleteHead(english, { lang: "en", type: "website", translated: true });
    const hreflang = (fetched: Fetched) =>
      links(fetched.head, "alternate")
        .filter((link) => link.hreflang)
        .map((link) => `${link.hreflang} ${sameUrl(link.href!)}`);
    expect(hreflang(english).sort()).toEqual(hreflang(hindi).sort());
  });

  test("feed readers find the site's RSS feed on every page, and a section front's own feed there", async ({ request }) => {
    const feeds = (fetched: Fetched) =>
      links(fetched.head, "alternate")
        .filter((link) => link.type === "application/rss+xml")
        .map((link) => new URL(link.href!).pathname);
    expect(feeds(await fetchHead(request, "/en"))).toEqual(["/en/rss.xml"]);
    expect(feeds(await fetchHead(request, "/videsh"))).toEqual(["/rss.xml", "/videsh/rss.xml"]);
    const feed = await request.get("/videsh/rss.xml");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  });

  test("a section page names its section and links its other language", async ({ request }) => {
    const fetched = await fetchHead(request, "/videsh");
    expectCompleteHead(fetched, { lang: "hi", type: "website", translated: true });
    expect(fetched.head.title).toBe("विदेश | ख़बर दर्पण");
  });

  test("page 2 of a section is its own canonical page and says which page it is", async ({ request }) => {
    const fetched = await fetchHead(request, "/desh?page=2");
    expectCompleteHead(fetched, { lang: "hi", type: "website", translated: false });
    expect(new URL(links(fetched.head, "canonical")[0]!.href!).search).toBe("?page=2");
    expect(fetched.head.title).toBe("देश — पृष्ठ 2 | ख़बर दर्पण");
    expect(meta(fetched.head, "description")).toMatch(/— पृष्ठ 2$/);
  });

  test("an article with a translation is an article card linked to its English version", async ({ request }) => {
    const fetched = await fetchHead(request, "/videsh/1");
    expectCompleteHead(fetched, { lang: "hi", type: "article", translated: true });
    expectArticleTags(fetched.head);
    const english = links(fetched.head, "alternate").find((link) => link.hreflang === "en")!;
    const back = await fetchHead(request, english.href!);
    expectCompleteHead(back, { lang: "en", type: "article", translated: true });
    expect(sameUrl(links(back.head, "alternate").find((link) => link.hreflang === "hi")!.href!)).toBe(sameUrl(fetched.url));
  });

  test("an article without a translation has no hreflang and shares its own image", async ({ request }) => {
    const fetched = await fetchHead(request, "/desh/2");
    expectCompleteHead(fetched, { lang: "hi", type: "article", translated: false });
    expectArticleTags(fetched.head);
    expect(meta(fetched.head, "og:image")).toMatch(/\/social\/2-v\d+\.(png|jpg)$/);
  });

  test("a tag page belongs to one language", async ({ request }) => {
    const fetched = await fetchHead(request, "/tag/rus");
    expectCompleteHead(fetched, { lang: "hi", type: "website", translated: false });
    expect(fetched.head.title).toMatch(/^टैग: /);
  });

  test("an author page exists in both languages", async ({ request }) => {
    const fetched = await fetchHead(request, "/author/shalini-verma");
    expectCompleteHead(fetched, { lang: "hi", type: "website", translated: true });
  });

  test("search results are followed, not indexed", async ({ request }) => {
    const { head, url } = await fetchHead(request, `/search?q=${encodeURIComponent("बारिश")}`);
    expect(meta(head, "robots")).toBe("noindex, follow");
    expect(sameUrl(links(head, "canonical")[0]!.href!)).toBe(sameUrl(url));
    expect(links(head, "alternate").filter((link) => link.hreflang)).toEqual([]);
  });

  test("a missing page is not indexed", async ({ request }) => {
    const response = await request.get("/no-such-section-anywhere");
    expect(response.status()).toBe(404);
    const { tags } = parseHead(await response.text());
    const robots = tags.filter((tag) => tag.name === "robots").map((tag) => tag.content);
    expect(robots).toEqual(["noindex"]);
  });

  test("no two pages share a title or a description", async ({ request }) => {
    const paths = ["/", "/en", "/videsh", "/en/videsh", "/desh?page=2", "/videsh/1", "/desh/2", "/tag/rus", "/author/shalini-verma", "/en/author/shalini-verma"];
    const heads = await Promise.all(paths.map((path) => fetchHead(request, path)));
    expect(new Set(heads.map(({ head }) => head.title)).size).toBe(paths.length);
    expect(new Set(heads.map(({ head }) => meta(head, "description"))).size).toBe(paths.length);
  });
});
