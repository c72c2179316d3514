/** Reads one request header, whichever form the request has (a web Request or Node's IncomingMessage). */
export type HeaderLookup = (name: string) => string | null | undefined;

/**
 * True when a state-changing request comes from a page of this site. Browsers send Origin on every POST
 * (Referer is the fallback for the few that do not); a request carrying neither, or "null", is refused.
 * The host is compared the way Next compares it for server actions: X-Forwarded-Host (set by Next itself,
 * or by the proxy in front) before Host.
 */
export function comesFromThisSite(header: HeaderLookup): boolean {
  const source = header("origin") ?? header("referer");
  const host = (header("x-forwarded-host")?.split(",")[0] ?? header("host"))?.trim().toLowerCase();
  if (!source || !host) return false;
  try {
    return new URL(source).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

export function isSameOrigin(request: Request): boolean {
  return comesFromThisSite((name) => request.headers.get(name));
}
