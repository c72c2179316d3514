import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { commonSecurityHeaders, readerContentSecurityPolicy, strictTransportSecurity } from "@/lib/http/securityHeaders";
import { createReaderFront, isReaderRequest, readerCacheControl, type UpstreamResponse } from "./readerFront";

const cachedByNext = "s-maxage=60, stale-while-revalidate=3540";

function htmlPage(text: string, { status = 200, cacheControl = cachedByNext } = {}): UpstreamResponse {
  const body = `<!DOCTYPE html><html lang="hi"><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><h1>${text}</h1>${"<p>ख़बर का पाठ।</p>".repeat(100)}<img alt="" src="/big.jpg" srcset="/big.jpg 1600w" data-lite-src="/small.jpg"></body></html>`;
  return { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": cacheControl }, body: Buffer.from(body) };
}

type Setup = { pages?: Record<string, () => UpstreamResponse | Promise<UpstreamResponse>>; freshForMs?: number };

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function startFront({ pages = {}, freshForMs = 60_000 }: Setup = {}) {
  const asked: string[] = [];
  let clock = 0;
  const front = createReaderFront({
    upstream: async (path) => {
      asked.push(path);
      const page = pages[path];
      return page ? page() : htmlPage("not here", { status: 404, cacheControl: "private, no-cache, no-store" });
    },
    budgetBytes: 1024 * 1024,
    freshForMs,
    now: () => clock,
  });
  const server = http.createServer((request, response) => void front.handle(request, response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: "manual" });
  return { front, asked, get, origin, advance: (ms: number) => (clock += ms) };
}

describe("the reader front", () => {
  it("asks Next once, then sends the kept page, without Next's scripts", async () => {
    const { asked, get } = await startFront({ pages: { "/": () => htmlPage("मुख्य पृष्ठ") } });
    const first = await get("/");
    const second = await get("/");
    expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["MISS", "HIT"]);
    expect(asked).toEqual(["/"]);
    const html = await second.text();
    expect(html).toContain("<h1>मुख्य पृष्ठ</h1>");
    expect(html).not.toContain("<script");
    expect(second.headers.get("cache-control")).toBe(readerCacheControl);
  });

  it("asks Next once for many readers arriving together", async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { asked, origin } = await startFront({ pages: { "/": async () => (await slow, htmlPage("मुख्य पृष्ठ")) } });
    // A connection each (fetch would queue them on one), so all twenty are waiting at the front together.
    const readers = Array.from(
      { length: 20 },
      () => new Promise<number>((resolve) => http.get(`${origin}/`, { agent: false }, (response) => (response.resume(), resolve(response.statusCode ?? 0)))),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await Promise.all(readers)).toEqual(Array(20).fill(200));
    expect(asked).toEqual(["/"]);
  });

  it("asks again after the newsroom's change, and does not keep a page fetched before it", async () => {
    let release: () => void = () => undefined;
    let version = 1;
    const { front, asked, get } = await startFront({
      pages: {
        "/": async () => {
          const text = `संस्करण ${version}`;
          if (version === 1) await new Promise<void>((resolve) => (release = resolve));
          return htmlPage(text);
        },
      },
    });
    const early = get("/");
    await new Promise((resolve) => setTimeout(resolve, 30));
    front.clear();
    version = 2;
    release();
    expect(await (await early).text()).toContain("संस्करण 1");
    const after = await get("/");
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(await after.text()).toContain("संस्करण 2");
    expect(asked).toEqual(["/", "/"]);
  });

  it("sends a page out of date by its freshness once more while it asks Next for the next one", async () => {
    let version = 1;
    const { asked, get, advance } = await startFront({ pages: { "/desh": () => htmlPage(`संस्करण ${version++}`) }, freshForMs: 1000 });
    await get("/desh");
    advance(1500);
    const stale = await get("/desh");
    expect(stale.headers.get("x-cache")).toBe("STALE");
    expect(await stale.text()).toContain("संस्करण 1");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await (await get("/desh")).text()).toContain("संस्करण 2");
    expect(asked).toEqual(["/desh", "/desh"]);
  });

  it("answers a matching If-None-Match or If-Modified-Since with 304 and compresses for browsers that accept it", async () => {
    const story = () => {
      const page = htmlPage("ख़बर");
      return { ...page, headers: { ...page.headers, "last-modified": "Tue, 05 Mar 2024 10:30:00 GMT" } };
    };
    let renders = 0;
    const rerendered = () => {
      const page = htmlPage("ख़बर");
      return { ...page, body: Buffer.from(page.body.toString().replace("<body>", `<body data-rendered-at="2026-11-30T10:0${renders++}:00.000Z">`)) };
    };
    const { get } = await startFront({ pages: { "/": () => htmlPage("मुख्य पृष्ठ"), "/story-1": story, "/rerendered": rerendered }, freshForMs: 0 });
    const full = await get("/");
    const etag = full.headers.get("etag") ?? "";
    expect((await get("/", { "if-none-match": etag })).status).toBe(304);
    expect((await get("/", { "if-none-match": '"other"' })).status).toBe(200);
    expect((await get("/story-1", { "if-modified-since": "Tue, 05 Mar 2024 10:30:00 GMT" })).status).toBe(304);
    const etagBefore = (await get("/rerendered")).headers.get("etag") ?? "";
    await get("/rerendered");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rendered = await get("/rerendered", { "if-none-match": etagBefore });
    expect(renders, "Next rendered the page again meanwhile").toBeGreaterThanOrEqual(2);
    expect(rendered.status, "same page, rendered again").toBe(304);
    expect((await get("/story-1", { "if-modified-since": "Mon, 04 Mar 2024 10:30:00 GMT" })).status).toBe(200);

    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) =>
        http.get(full.url, { headers: { "accept-encoding": encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }),
      );
    const brotli = await raw("gzip, deflate, br");
    const gzip = await raw("gzip");
    expect(brotli.encoding).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString()).toContain("मुख्य पृष्ठ");
    expect(gzip.encoding).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toContain("मुख्य पृष्ठ");
  });

  it("passes a page Next does not cache (a search) through as Next sent it, asking again each time", async () => {
    const { asked, get } = await startFront({ pages: { "/search?q=a": () => htmlPage("खोज", { cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" }) } });
    const first = await get("/search?q=a");
    await get("/search?q=a");
    expect(first.headers.get("cache-control")).toContain("no-store");
    expect(await first.text()).not.toContain("<script");
    expect(asked).toEqual(["/search?q=a", "/search?q=a"]);
  });

  it("answers a missing page with the edition's full 404 page", async () => {
    const { get } = await startFront({
      pages: {
        "/page-not-found": () => htmlPage("यह पृष्ठ नहीं मिला", { status: 404 }),
        "/en/page-not-found": () => htmlPage("Page not found", { status: 404 }),
      },
    });
    const hindi = await get("/desh/kuch-nahin-99");
    expect(hindi.status).toBe(404);
    expect(await hindi.text()).toContain("यह पृष्ठ नहीं मिला");
    const english = await get("/en/desh/nothing-99");
    expect(english.status).toBe(404);
    expect(await english.text()).toContain("Page not found");
  });

  it("answers a page Next failed on with the portal's own error page, and a Next it cannot reach with 502", async () => {
    const { get } = await startFront({
      pages: {
        "/desh": () => htmlPage("", { status: 500, cacheControl: "private, no-cache, no-store" }),
        "/en/desh": () => Promise.reject(new Error("connect ECONNREFUSED")),
      },
    });
    const failed = await get("/desh");
    expect(failed.status).toBe(500);
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const html = await failed.text();
    expect(html).toContain('<html lang="hi">');
    expect(html).toContain("<h1>कुछ गड़बड़ हो गई</h1>");
    expect(html).not.toContain("<script");
    const unreachable = await get("/en/desh");
    expect(unreachable.status).toBe(502);
    expect(await unreachable.text()).toContain("<h1>Something went wrong</h1>");
  });

  it("sends the security headers and the strict reader policy on pages, 304s, 404s and its error page, HSTS only over HTTPS", async () => {
    const { get } = await startFront({
      pages: {
        "/": () => htmlPage("मुख्य पृष्ठ"),
        "/page-not-found": () => htmlPage("यह पृष्ठ नहीं मिला", { status: 404 }),
        "/desh": () => htmlPage("", { status: 500, cacheControl: "private, no-cache, no-store" }),
      },
    });
    const page = await get("/");
    const answers = [
      page,
      await get("/", { "if-none-match": page.headers.get("etag") ?? "" }),
      await get("/desh/kuch-nahin-99"),
      await get("/desh"),
      await get("/", { "x-forwarded-proto": "https" }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 304, 404, 500, 200]);
    for (const answer of answers) {
      for (const [name, value] of Object.entries(commonSecurityHeaders)) expect(answer.headers.get(name), name).toBe(value);
      expect(answer.headers.get("content-security-policy")).toMatch(/^default-src 'self'; script-src 'self'; /);
    }
    expect(page.headers.get("content-security-policy")).toBe(readerContentSecurityPolicy());
    expect(answers.slice(0, 4).map((answer) => answer.headers.get("strict-transport-security"))).toEqual([null, null, null, null]);
    expect(answers[4]!.headers.get("strict-transport-security")).toBe(strictTransportSecurity);
  });

  it("allows its error page's own inline style by hash, and nothing else inline", async () => {
    const { get } = await startFront({ pages: { "/desh": () => htmlPage("", { status: 500, cacheControl: "private, no-cache, no-store" }) } });
    const failed = await get("/desh");
    const html = await failed.text();
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? "";
    expect(failed.headers.get("content-security-policy")).toBe(readerContentSecurityPolicy({ inlineStyles: [style] }));
    expect(failed.headers.get("content-security-policy")).not.toContain("unsafe-inline");
  });

  it("serves lite pages for Save-Data and for the reader's switch, and the full page when the reader switched it off", async () => {
    const { get } = await startFront({ pages: { "/": () => htmlPage("मुख्य पृष्ठ") } });
    const isLite = async (headers: Record<string, string>) => (await (await get("/", headers)).text()).includes("<html data-lite");
    expect(await isLite({})).toBe(false);
    expect(await isLite({ "save-data": "on" })).toBe(true);
    expect(await isLite({ cookie: "theme=dark; kd_lite=1" })).toBe(true);
    expect(await isLite({ "save-data": "on", cookie: "kd_lite=0" })).toBe(false);
    const lite = await (await get("/", { "save-data": "on" })).text();
    expect(lite).toContain('src="/small.jpg"');
    expect(lite).not.toContain("srcset");
  });
});

describe("requests the reader front answers", () => {
  it.each([
    ["GET", "/", true],
    ["HEAD", "/desh/story-12", true],
    ["GET", "/en/tag/cricket?page=2", true],
    ["GET", "/rss.xml", true],
    ["GET", "/sitemaps/articles-2026-11.xml", true],
    ["GET", "/robots.txt", true],
    ["POST", "/", false],
    ["GET", "/admin/articles", false],
    ["GET", "/api/search?q=a", false],
    ["GET", "/_next/static/chunks/a.js", false],
    ["GET", "/media/photo.jpg", false],
    ["GET", "/social/1-v2.png", false],
    ["GET", "/reader/copy-link.js", false],
    ["GET", "/publisher-logo.png", false],
  ])("%s %s → %s", (method, path, expected) => {
    expect(isReaderRequest(method, path)).toBe(expected);
  });
});
