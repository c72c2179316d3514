/**
 * True when a state-changing request comes from a page of this site. Browsers send Origin on every POST
 * (Referer is the fallback for the few that do not); a request carrying neither, or "null", is refused.
 * The host is compared the way Next compares it for server actions: X-Forwarded-Host (set by Next itself,
 * or by the proxy in front) before Host.
 */
export function isSameOrigin(request: Request): boolean {
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  const host = (request.headers.get("x-forwarded-host")?.split(",")[0] ?? request.headers.get("host"))?.trim().toLowerCase();
  if (!source || !host) return false;
  try {
    return new URL(source).host.toLowerCase() === host;
  } catch {
    return false;
  }
}
