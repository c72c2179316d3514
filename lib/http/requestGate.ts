/**
 * Requests the portal refuses at the door, before Next sees them: Next answers each of these with a 500 (a path
 * whose percent-encoding does not decode to UTF-8, a request target that is not a path, a method it does not know,
 * a form body posted to a reader page it then fails to parse), which is a server fault only in appearance.
 * scripts/serve.ts asks this for every request; the fuzz test (e2e/fuzz.spec.ts) finds what it should have refused.
 */

import { comesFromThisSite, type HeaderLookup } from "../auth/origin";

export type Refusal = { status: 400 | 403 | 404 | 405 | 414; reason: string; allow?: string };

/**
 * No address of the portal comes near this (a search query is cut at 200 characters). Longer targets only just
 * under Node's 16 KB header limit broke later: the reader front's own request to Next, with its headers, went over
 * it, and the login redirect's Location (the path again) was too long for clients to read.
 */
export const maxTargetLength = 8192;

const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const readingMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths where something may be posted: the newsroom, route handlers and Next's own endpoints. */
const acceptsWrites = /^\/(?:admin|api|_next)(?:\/|$)/;

/** Whether every %XX in the path is a hex pair and the bytes they make are UTF-8. */
export function decodesAsUtf8(pathname: string): boolean {
  if (/%(?![0-9a-fA-F]{2})/.test(pathname)) return false;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function refuseAtTheDoor(method: string | undefined, target: string | undefined): Refusal | null {
  const verb = method ?? "";
  if (!knownMethods.has(verb)) return { status: 405, reason: "Method not allowed", allow: "GET, HEAD" };
  const path = target ?? "";
  if (path.length > maxTargetLength) return { status: 414, reason: "URI too long" };
  // Origin form only (RFC 9112 §3.2.1): "*" and absolute URLs are for proxies, which this server is not.
  if (!path.startsWith("/")) return { status: 400, reason: "Bad request target" };
  const pathname = path.split("?", 1)[0]!;
  if (!decodesAsUtf8(pathname)) return { status: 400, reason: "Malformed path" };
  if (!readingMethods.has(verb) && !acceptsWrites.test(pathname)) {
    return { status: 405, reason: "Method not allowed", allow: "GET, HEAD" };
  }
  return null;
}

/**
 * Writes to the newsroom are let through only from a page of this site, and a server action call (the
 * `Next-Action` header) only to a newsroom page, naming an action the build made from a "use server" file.
 * Next answers another site's action call with a 500, and it accepts the ids of `"use cache"` functions as
 * actions too, running them with whatever arguments arrive, past the validation of the pages that call them.
 */
export function refuseNewsroomWrite(
  method: string | undefined,
  pathname: string,
  header: HeaderLookup,
  isServerAction: (id: string) => boolean,
): Refusal | null {
  const actionId = header("next-action");
  const newsroom = /^\/admin(?:\/|$)/.test(pathname);
  if (actionId != null && !newsroom) return { status: 405, reason: "Method not allowed", allow: "GET, HEAD" };
  if (!newsroom || readingMethods.has(method ?? "")) return null;
  if (!comesFromThisSite(header)) return { status: 403, reason: "Forbidden" };
  if (actionId != null && !isServerAction(actionId)) return { status: 404, reason: "Unknown action" };
  return null;
}

/** Both checks, as scripts/serve.ts asks them of every request: the first refusal, or null to let it through. */
export function refusalOf(
  request: { method: string | undefined; url: string | undefined; header: HeaderLookup },
  isServerAction: (id: string) => boolean,
): Refusal | null {
  return (
    refuseAtTheDoor(request.method, request.url) ??
    refuseNewsroomWrite(request.method, (request.url ?? "/").split("?", 1)[0]!, request.header, isServerAction)
  );
}
