import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { isHttpsRequest, readerContentSecurityPolicy, transportSecurityHeaders } from "@/lib/http/securityHeaders";
import { localeOfPath, notFoundPagePath } from "@/lib/routes";
import { pageVariant, type Variant } from "./liteMode";
import { PageStore, type StoredPage } from "./pageStore";
import { readerErrorHtml, readerErrorStyle } from "./readerErrorPage";
import { liteReaderHtml, withoutNextRuntime } from "./readerHtml";

/** What Next answered for a path, asked over the loopback (scripts/serve.ts). */
export type UpstreamResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };
export type Upstream = (path: string, headers: Record<string, string>) => Promise<UpstreamResponse>;

export type ReaderFrontOptions = {
  upstream: Upstream;
  /** Bytes of finished pages kept in memory. */
  budgetBytes: number;
  /** How long a kept page is sent without asking Next again. */
  freshForMs: number;
  /** Called after each upstream answer, e.g. to log which pages Next had to render. */
  onFill?: (fill: { key: string; status: number; nextCache: string | undefined; ms: number }) => void;
  now?: () => number;
};


/** Paths Next answers for the front: reader pages, feeds and sitemaps, not the newsroom, APIs, media or assets. */
const notReader = /^\/(?:admin|api|_next|media|social|reader|icons)(?:\/|$)/;
const fileWithExtension = /\.[a-z0-9]+$/i;
const readerFiles = /\.(?:xml|txt)$/i;

export function isReaderRequest(method: string | undefined, path: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const [pathname = "/"] = path.split("?", 1);
  if (notReader.test(pathname)) return false;
  return !fileWithExtension.test(pathname) || readerFiles.test(pathname);
}

/**
 * A shared cache may keep a page two seconds and then serve it stale while it asks again, so a newsroom change
 * reaches readers behind a CDN within seconds too; browsers ask each time, and a 304 answers them.
 */
export const readerCacheControl = "public, max-age=0, s-maxage=2, stale-while-revalidate=60, stale-if-error=86400";

/** Pages leave here without Next's scripts, so the strict reader policy fits; the error page adds its own style. */
const pagePolicy = readerContentSecurityPolicy();
const errorPagePolicy = readerContentSecurityPolicy({ inlineStyles: [readerErrorStyle] });

const keptHeaders = ["content-type", "location", "cache-control", "last-modified", "x-robots-tag", "retry-after", "allow", "content-language"];

const isHtml = (upstream: UpstreamResponse) => String(upstream.headers["content-type"] ?? "").startsWith("text/html");

/** Pages Next itself caches (its s-maxage says so): the 200s, and the 404 page at its own address. */
function isKeepable(path: string, upstream: UpstreamResponse): boolean {
  const expected = upstream.status === 200 || (upstream.status === 404 && path === notFoundPagePath(localeOfPath(path)));
  return expected && /\bs-maxage=/.test(String(upstream.headers["cache-control"] ?? "")) && !upstream.headers["set-cookie"];
}

/**
 * Next renders a missing page as an empty shell that only its runtime fills in (app/[locale]/not-found.tsx), so
 * the front answers every missing reader page with the edition's fully rendered 404 page instead.
 */
function needsNotFoundPage(path: string, upstream: UpstreamResponse): boolean {
  return upstream.status === 404 && isHtml(upstream) && path !== notFoundPagePath(localeOfPath(path));
}

function transformed(upstream: UpstreamResponse, variant: Variant): Buffer {
  if (!isHtml(upstream)) return upstream.body;
  const html = upstream.body.toString("utf8");
  return Buffer.from(variant === "lite" ? liteReaderHtml(html) : withoutNextRuntime(html), "utf8");
}

/**
 * A strong validator of what the reader sees: the bytes without the render stamp of app/[locale]/layout.tsx, so a
 * page Next renders again unchanged (its minute was up) still answers a browser's conditional request with 304.
 */
function contentTag(body: Buffer): string {
  const content = body.toString("latin1").replace(/ data-rendered-at="[^"]*"/, "");
  return `"${createHash("sha1").update(content, "latin1").digest("base64url").slice(0, 22)}"`;
}

const isCompressible = (headers: Record<string, string>, body: Buffer) =>
  body.length >= 1024 && /^(?:text\/|application\/(?:xml|rss\+xml|json|xhtml))/.test(headers["content-type"] ?? "");

function finishedPage(upstream: UpstreamResponse, variant: Variant, keepable: boolean, now: number, policy = pagePolicy): StoredPage {
  const body = transformed(upstream, variant);
  const headers: Record<string, string> = { "content-security-policy": policy };
  for (const name of keptHeaders) {
    const value = upstream.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const etag = contentTag(body);
  if (keepable) {
    headers["cache-control"] = readerCacheControl;
    headers.etag = etag;
  }
  const compressible = isCompressible(headers, body);
  return {
    status: upstream.status,
    headers,
    body,
    gzip: compressible ? gzipSync(body, { level: 6 }) : body,
    brotli: compressible ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : body,
    etag,
    storedAt: now,
  };
}

function encodingFor(accept: string | undefined, page: StoredPage): { name: "br" | "gzip" | null; body: Buffer } {
  if (page.brotli !== page.body && /\bbr\b/.test(accept ?? "")) return { name: "br", body: page.brotli };
  if (page.gzip !== page.body && /\bgzip\b/.test(accept ?? "")) return { name: "gzip", body: page.gzip };
  return { name: null, body: page.body };
}

/** RFC 9110: If-None-Match decides when sent; If-Modified-Since only counts without it, to the second. */
function isNotModified(request: IncomingMessage, page: StoredPage): boolean {
  if (page.status !== 200 || page.headers.etag !== page.etag) return false;
  const match = request.headers["if-none-match"];
  if (match !== undefined) return match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag);
  const since = Date.parse(request.headers["if-modified-since"] ?? "");
  const modified = Date.parse(page.headers["last-modified"] ?? "");
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/**
 * The front of the portal's HTTP server. Next renders reader pages once and keeps them in its cache (ISR, tagged);
 * the front keeps the finished bytes for a second — without Next's runtime, compressed — so a busy page costs
 * one lookup in memory, and a page asked for by many readers at once is fetched from Next once (the others wait).
 * `clear()` runs when the newsroom expires pages (lib/delivery/readerPageChanges.ts).
 */
export function createReaderFront(options: ReaderFrontOptions) {
  const now = options.now ?? Date.now;
  const store = new PageStore(options.budgetBytes);
  const filling = new Map<string, Promise<StoredPage>>();
  let generation = 0;

  const keyOf = (variant: Variant, path: string) => `${variant} ${path}`;
  const isFresh = (page: StoredPage) => now() - page.storedAt < options.freshForMs;

  function fill(path: string, variant: Variant, userAgent: string): Promise<StoredPage> {
    const key = keyOf(variant, path);
    const running = filling.get(key);
    if (running) return running;
    const startedIn = generation;
    const started = now();
    const done = options
      .upstream(path, { "user-agent": userAgent, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" })
      .then((upstream) => {
        options.onFill?.({ key, status: upstream.status, nextCache: upstream.headers["x-nextjs-cache"] as string | undefined, ms: now() - started });
        if (needsNotFoundPage(path, upstream)) return freshPage(notFoundPagePath(localeOfPath(path)), variant, userAgent);
        if (upstream.status >= 500 && isHtml(upstream)) return errorPage(path, upstream.status, variant);
        const keepable = isKeepable(path, upstream);
        const page = finishedPage(upstream, variant, keepable, now());
        // A page fetched before the newsroom's change may be out of date: send it to who asked, but do not keep it.
        if (keepable && startedIn === generation) store.set(key, page);
        return page;
      })
      .finally(() => {
        // A clear() may have dropped this fetch and a newer one taken its place.
        if (filling.get(key) === done) filling.delete(key);
      });
    filling.set(key, done);
    return done;
  }

  /** The portal's error page for a reader page Next failed on, or could not be asked for (502). */
  function errorPage(path: string, status: number, variant: Variant): StoredPage {
    const body = Buffer.from(readerErrorHtml(localeOfPath(path)));
    return finishedPage({ status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }, body }, variant, false, now(), errorPagePolicy);
  }

  /** A kept page still fresh, else one fetched now. */
  async function freshPage(path: string, variant: Variant, userAgent: string): Promise<StoredPage> {
    const kept = store.get(keyOf(variant, path));
    return kept && isFresh(kept) ? kept : fill(path, variant, userAgent);
  }

  function send(request: IncomingMessage, response: ServerResponse, page: StoredPage, cache: "HIT" | "STALE" | "MISS"): void {
    const headers: Record<string, string | number> = {
      ...page.headers,
      ...transportSecurityHeaders(isHttpsRequest(request.headers["x-forwarded-proto"])),
      "x-cache": cache,
      vary: "Accept-Encoding, Save-Data, Cookie",
    };
    if (page.headers.etag === page.etag) headers.age = Math.max(0, Math.floor((now() - page.storedAt) / 1000));
    if (isNotModified(request, page)) {
      delete headers["content-type"];
      response.writeHead(304, headers).end();
      return;
    }
    const encoded = encodingFor(request.headers["accept-encoding"] as string | undefined, page);
    if (encoded.name) headers["content-encoding"] = encoded.name;
    headers["content-length"] = encoded.body.length;
    response.writeHead(page.status, headers);
    response.end(request.method === "HEAD" ? undefined : encoded.body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? "/";
    const variant = pageVariant(request.headers);
    const key = keyOf(variant, path);
    const userAgent = request.headers["user-agent"] ?? "";
    const kept = store.get(key);
    if (kept && isFresh(kept)) return send(request, response, kept, "HIT");
    if (kept) {
      // Out of date by a second: this reader gets the kept copy, the next ones the refreshed one.
      fill(path, variant, userAgent).catch(() => store.delete(key));
      return send(request, response, kept, "STALE");
    }
    const page = await fill(path, variant, userAgent).catch(() => errorPage(path, 502, variant));
    send(request, response, page, "MISS");
  }

  /** After a newsroom change no reader may join a fetch that started before it. */
  function clear(): void {
    generation += 1;
    store.clear();
    filling.clear();
  }

  return { handle, clear };
}
