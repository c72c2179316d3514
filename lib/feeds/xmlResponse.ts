import { createHash } from "node:crypto";

export const xmlContentType = "application/xml; charset=utf-8";
export const rssContentType = "application/rss+xml; charset=utf-8";

/**
 * Marks the document as one the reader front may keep (lib/delivery/readerFront.ts), which then sends its own
 * reader-page policy; without the front, shared caches keep it a minute and serve it stale while fetching the next.
 */
const cacheControl = "public, s-maxage=60, stale-while-revalidate=600";

/** A strong validator: the same bytes always give the same tag, different bytes another. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // A weak tag of ours (W/"…", as some proxies send back after compressing) still names the same body.
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/** RFC 9110: If-None-Match decides when sent; If-Modified-Since only counts without it, to the second. */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * A feed or sitemap with its validators; a conditional request that still matches gets 304 and no body.
 * HEAD needs nothing here: Next answers it from GET and drops the body.
 */
export function xmlResponse(request: Request, body: string, { contentType, lastModified }: { contentType: string; lastModified: Date }): Response {
  const etag = strongEtag(body);
  const validators = { "Cache-Control": cacheControl, ETag: etag, "Last-Modified": lastModified.toUTCString() };
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers: validators });
  return new Response(body, { headers: { "Content-Type": contentType, ...validators } });
}
