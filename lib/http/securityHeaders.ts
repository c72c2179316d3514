import { createHash, randomBytes } from "node:crypto";

// next.config.ts imports this file: relative imports and Node built-ins only (no "@/" alias there).

type Directives = Record<string, readonly string[]>;

const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

/** A CSP hash source for an inline `<style>` element's exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

/** Nothing on the portal may be framed, loaded as a plugin, or change the base of relative links. */
const everywhere: Directives = {
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Reader pages as the reader front sends them: no inline script (JSON-LD is a data block the policy does not
 * govern), only /reader/*.js from our own origin; stylesheets and images from our origin (data: for small inline
 * images), no frames at all (embeds are plain links, components/article/ArticleBody.tsx). `inlineStyles` names the
 * exact `<style>` texts a page carries (the front's own error page).
 */
export function readerContentSecurityPolicy({ inlineStyles = [] }: { inlineStyles?: readonly string[] } = {}): string {
  return serialize({
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", ...inlineStyles.map(styleHash)],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    ...everywhere,
  });
}

/**
 * The `<style>` Tiptap adds to the page for the editor (@tiptap/core's `style`, injected unless `injectCSS` is
 * off). Pinned by its hash; securityHeaders.test.ts recomputes it from the installed Tiptap, so an upgrade that
 * changes the text fails there rather than in an editor's browser.
 */
export const tiptapEditorStyleHash = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='";

/**
 * The `<style>` elements of Next's built-in newsroom fallbacks, which its runtime draws: the 404/403 page
 * (http-access-fallback/error-fallback.js, e.g. a deleted article's address) and the crash screen's colours
 * (builtin/error-styles.js). Pinned like Tiptap's and recomputed from the installed Next by the unit test.
 */
export const nextFallbackStyleHashes = [
  "'sha256-Z5XTK23DFuEMs0PwnyZDO9SWxemQ5HxcpVaBNuUJyWY='",
  "'sha256-Wwucq8eX2r0YFymkQhDXm5hN0+FfSvI3s4JSSaqa4iw='",
] as const;

/**
 * The newsroom runs Next's full client runtime: its inline scripts carry this request's nonce (Next reads it from
 * the request's own Content-Security-Policy header, set by proxy.ts), and 'strict-dynamic' trusts the chunks they
 * load. React's development build needs eval. Upload previews are blob: URLs. Style elements only by hash.
 */
export function adminContentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return serialize({
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // The dev server injects every stylesheet as a <style> element (and a hash would void 'unsafe-inline').
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", tiptapEditorStyleHash, ...nextFallbackStyleHashes],
    // next/image renders its layout as style attributes (the media library's thumbnails). An attribute can neither
    // run script nor select other elements, and img-src keeps any url() in it on our origin.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-src": ["'none'"],
    ...everywhere,
  });
}

/**
 * What every newsroom response carries even where the proxy did not run (next.config.ts): no framing, no plugins,
 * no forms elsewhere. It sets no script source, so it never blocks what the proxy's nonce policy allows.
 */
export const adminBaselineContentSecurityPolicy = serialize(everywhere);

/** 16 random bytes, base64: unguessable, fresh for every newsroom request. */
/** The nonce of a newsroom request, as the proxy put it in the request's policy, for a script Next does not render. */
export function nonceOf(policy: string | null): string | undefined {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** Headers for every response, whatever its type or status. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  // Nothing on the portal needs these; browsing-topics is the ad-interest API that replaced FLoC's interest-cohort.
  "Permissions-Policy":
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()",
};

/**
 * HTTPS is signalled by the TLS-terminating proxy in front of the portal: X-Forwarded-Proto, whose first entry is
 * the client's side. Trusting it costs nothing: a browser ignores HSTS received over plain HTTP (RFC 6797 §8.1),
 * so a forged value over HTTP does nothing, and over HTTPS the terminator sets the header itself.
 */
export function isHttpsRequest(forwardedProto: string | string[] | undefined): boolean {
  const value = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return value?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** The headers for one response apart from its CSP: the common ones, and HSTS when it went out over HTTPS. */
export function transportSecurityHeaders(https: boolean): Record<string, string> {
  return https ? { ...commonSecurityHeaders, "Strict-Transport-Security": strictTransportSecurity } : { ...commonSecurityHeaders };
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
};

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * next.config.ts `headers()`: what Next answers itself — the newsroom, APIs, media, /_next and public files, and
 * reader pages when the reader front is off. Next's reader pages get the reader policy too: they are complete
 * without Next's runtime (ADR 0010), which it refuses; under `next dev` it only reports, so the dev runtime works.
 * The newsroom's nonce policy comes from proxy.ts.
 */
export function nextSecurityHeaderRules({ development }: { development: boolean }): HeaderRule[] {
  return [
    { source: "/:path(.*)", headers: asList(commonSecurityHeaders) },
    // A header condition is evaluated per request; the value is matched as a whole regular expression.
    {
      source: "/:path(.*)",
      has: [{ type: "header", key: "x-forwarded-proto", value: "(?:[Hh][Tt][Tt][Pp][Ss])(?:\\s*,.*)?" }],
      headers: [{ key: "Strict-Transport-Security", value: strictTransportSecurity }],
    },
    // Media originals send their own, stricter policy (app/media/[file]/route.ts: default-src 'none'; sandbox).
    {
      source: "/:path((?!admin(?:/|$)|media/).*)",
      headers: [{ key: development ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy", value: readerContentSecurityPolicy() }],
    },
    { source: "/admin/:path*", headers: [{ key: "Content-Security-Policy", value: adminBaselineContentSecurityPolicy }] },
  ];
}
