/** The validators a response carries so that a client can ask "has it changed?" (RFC 9110 §8.8). */
export type Validators = { etag: string; lastModified: Date };

/**
 * A weak ETag for a rendered article: the same id and version render the same story, and the deploy id covers
 * changes of the code that renders it. Weak, because the markup around the story (navigation, related stories)
 * may differ between two renders of the same version.
 */
export function articleEtag(article: { id: number; version: number }, deployId: string): string {
  return `W/"a${article.id}-v${article.version}-${deployId.replace(/[^\w.-]/g, "")}"`;
}

/** An HTTP date ("Tue, 05 Mar 2024 10:30:00 GMT"); HTTP dates have whole seconds. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

export function validatorHeaders(validators: Validators): Record<string, string> {
  return { ETag: validators.etag, "Last-Modified": httpDate(validators.lastModified) };
}

/** Weak comparison (RFC 9110 §8.8.3.2): the opaque tags match whether either side is marked W/ or not. */
function opaqueTag(etag: string): string {
  return etag.trim().replace(/^W\//, "");
}

function matchesAnyEtag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  const wanted = opaqueTag(etag);
  return ifNoneMatch.split(",").some((candidate) => opaqueTag(candidate) === wanted);
}

/**
 * Whether a GET or HEAD may be answered 304 (RFC 9110 §13.1.2–3, §13.2.2): If-None-Match decides when present,
 * and If-Modified-Since is then ignored; otherwise the copy is fresh when the resource has not changed since the
 * date the client names, compared in whole seconds. A date that cannot be read is ignored.
 */
export function isNotModified(method: string, headers: Headers, validators: Validators): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesAnyEtag(ifNoneMatch, validators.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since;
}
