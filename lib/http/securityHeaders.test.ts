import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import {
  adminBaselineContentSecurityPolicy,
  adminContentSecurityPolicy,
  isHttpsRequest,
  newNonce,
  nextFallbackStyleHashes,
  nextSecurityHeaderRules,
  readerContentSecurityPolicy,
  styleHash,
  tiptapEditorStyleHash,
  transportSecurityHeaders,
} from "./securityHeaders";

const require = createRequire(import.meta.url);

/** A policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((directive) => {
    const [name = "", ...sources] = directive.split(" ");
    return [name, sources];
  }));
}

describe("the reader policy", () => {
  const reader = directives(readerContentSecurityPolicy());

  it("allows scripts only from the portal's own origin, never inline or eval", () => {
    expect(reader.get("script-src")).toEqual(["'self'"]);
    expect(readerContentSecurityPolicy()).not.toMatch(/unsafe-(?:inline|eval)/);
  });

  it("forbids plugins, framing, frames, foreign forms and a moved base", () => {
    expect(reader.get("object-src")).toEqual(["'none'"]);
    expect(reader.get("frame-ancestors")).toEqual(["'none'"]);
    expect(reader.get("frame-src")).toEqual(["'none'"]);
    expect(reader.get("form-action")).toEqual(["'self'"]);
    expect(reader.get("base-uri")).toEqual(["'self'"]);
    expect(reader.get("default-src")).toEqual(["'self'"]);
  });

  it("allows an inline style only by the hash of its exact text", () => {
    const css = "body{margin:0}";
    const withStyle = directives(readerContentSecurityPolicy({ inlineStyles: [css] }));
    expect(withStyle.get("style-src")).toEqual(["'self'", styleHash(css)]);
    // echo -n 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(styleHash(css)).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(reader.get("style-src")).toEqual(["'self'"]);
  });
});

describe("the newsroom policy", () => {
  it("allows inline scripts only with this request's nonce, and what they load", () => {
    const admin = directives(adminContentSecurityPolicy("abc123=="));
    expect(admin.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(admin.get("frame-ancestors")).toEqual(["'none'"]);
    expect(admin.get("object-src")).toEqual(["'none'"]);
    expect(admin.get("script-src")!.join(" ")).not.toMatch(/unsafe-(?:inline|eval)/);
    expect(admin.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval, inline style elements and the dev server's socket only in development", () => {
    const development = directives(adminContentSecurityPolicy("n", { development: true }));
    expect(development.get("script-src")).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.get("connect-src")).toContain("ws:");
    const production = directives(adminContentSecurityPolicy("n"));
    expect(production.get("style-src")).not.toContain("'unsafe-inline'");
    expect(production.get("connect-src")).toEqual(["'self'"]);
  });

  it("allows upload previews (blob:), and inline styles only by hash: the editor's and Next's fallback pages'", () => {
    const admin = directives(adminContentSecurityPolicy("n"));
    expect(admin.get("img-src")).toContain("blob:");
    expect(admin.get("style-src")).toEqual(["'self'", tiptapEditorStyleHash, ...nextFallbackStyleHashes]);
    expect(admin.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("pins the hash of the style the installed Tiptap injects", () => {
    const tiptap = readFileSync(require.resolve("@tiptap/core"), "utf8");
    const style = /\nconst style = `([^`]*)`;/.exec(tiptap)?.[1];
    expect(style, "Tiptap's injected style was not found where it used to be").toBeDefined();
    expect(styleHash(style!)).toBe(tiptapEditorStyleHash);
  });

  it("pins the hashes of the styles the installed Next draws on its 404 and crash pages", () => {
    const fallback = readFileSync(require.resolve("next/dist/client/components/http-access-fallback/error-fallback.js"), "utf8");
    const notFoundStyle = /__html: `([^`]*)`/.exec(fallback)?.[1];
    expect(notFoundStyle, "Next's 404 style was not found where it used to be").toBeDefined();
    const { errorThemeCss } = require("next/dist/client/components/builtin/error-styles.js") as { errorThemeCss: string };
    expect([styleHash(notFoundStyle!), styleHash(errorThemeCss)]).toEqual([...nextFallbackStyleHashes]);
  });

  it("gets a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("has a baseline without script sources, so it never blocks what the nonce policy allows", () => {
    const baseline = directives(adminBaselineContentSecurityPolicy);
    expect([...baseline.keys()].sort()).toEqual(["base-uri", "form-action", "frame-ancestors", "object-src"]);
  });
});

describe("HTTPS and HSTS", () => {
  it.each([
    ["https", true],
    ["HTTPS", true],
    ["https, http", true],
    [["https"], true],
    ["http", false],
    ["http, https", false],
    ["", false],
    [undefined, false],
  ] as const)("X-Forwarded-Proto %j means HTTPS: %s", (value, expected) => {
    expect(isHttpsRequest(value as string | string[] | undefined)).toBe(expected);
  });

  it("adds HSTS to the common headers only over HTTPS", () => {
    expect(transportSecurityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(transportSecurityHeaders(true)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(transportSecurityHeaders(false)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(transportSecurityHeaders(false)["Permissions-Policy"]).toMatch(/(?:^|, )camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });
});

describe("the rules next.config.ts gives Next", () => {
  const rules = nextSecurityHeaderRules({ development: false });
  const headersFor = (path: string, ruleList = rules) =>
    ruleList.filter((rule) => getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(path) !== false).flatMap((rule) => rule.headers);
  const policyFor = (path: string, ruleList = rules) => headersFor(path, ruleList).filter((header) => /^content-security-policy/i.test(header.key));

  it("give every path the common headers, and HSTS under a condition on X-Forwarded-Proto", () => {
    for (const path of ["/", "/desh/story-12", "/admin", "/admin/login", "/api/health", "/_next/static/chunks/a.js", "/media/1.jpg"]) {
      const names = headersFor(path).map((header) => header.key);
      expect(names, path).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options", "Strict-Transport-Security"]));
    }
    const hsts = rules.find((rule) => rule.headers.some((header) => header.key === "Strict-Transport-Security"))!;
    const matches = (value: string) => new RegExp(`^${hsts.has![0]!.value}$`).test(value);
    expect([matches("https"), matches("HTTPS"), matches("https, http"), matches("http"), matches("http, https")]).toEqual([true, true, true, false, false]);
  });

  it("give reader paths, APIs and files the reader policy, and the newsroom only its baseline (the proxy adds the nonce policy)", () => {
    for (const path of ["/", "/desh/story-12", "/administration", "/api/search", "/mediakarmi"]) {
      expect(policyFor(path), path).toEqual([{ key: "Content-Security-Policy", value: readerContentSecurityPolicy() }]);
    }
    // Media originals send their route's own sandbox policy.
    expect(policyFor("/media/1.jpg")).toEqual([]);
    for (const path of ["/admin", "/admin/login", "/admin/articles/12"]) {
      expect(policyFor(path), path).toEqual([{ key: "Content-Security-Policy", value: adminBaselineContentSecurityPolicy }]);
    }
  });

  it("only report the reader policy under next dev, whose runtime needs inline scripts", () => {
    expect(policyFor("/", nextSecurityHeaderRules({ development: true }))).toEqual([
      { key: "Content-Security-Policy-Report-Only", value: readerContentSecurityPolicy() },
    ]);
  });
});

describe("the nonce of a newsroom request", () => {
  it("is read back from the policy the proxy made, and is absent from a policy without one", async () => {
    const { adminContentSecurityPolicy, nonceOf, readerContentSecurityPolicy } = await import("./securityHeaders");
    expect(nonceOf(adminContentSecurityPolicy("abc+/="))).toBe("abc+/=");
    expect(nonceOf(readerContentSecurityPolicy())).toBeUndefined();
    expect(nonceOf(null)).toBeUndefined();
  });
});
