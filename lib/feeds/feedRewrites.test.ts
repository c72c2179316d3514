import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

/** Where next.config.ts's rewrites send a path, matched the way Next matches them; null when none applies. */
async function rewritten(pathname: string): Promise<string | null> {
  const rewrites = await nextConfig.rewrites!();
  const list = Array.isArray(rewrites) ? rewrites : (rewrites.afterFiles ?? []);
  for (const rule of list) {
    const params = getPathMatch(rule.source)(pathname);
    if (params) return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
  }
  return null;
}

describe("feed addresses without a locale", () => {
  it("send the Hindi edition and section feeds to the Hindi routes", async () => {
    expect(await rewritten("/rss.xml")).toBe("/hi/rss.xml");
    expect(await rewritten("/desh/rss.xml")).toBe("/hi/desh/rss.xml");
    expect(await rewritten("/entertainment/rss.xml")).toBe("/hi/entertainment/rss.xml");
  });

  it("leave the English feeds and everything else to the routes themselves", async () => {
    for (const pathname of ["/en/rss.xml", "/hi/rss.xml", "/en/desh/rss.xml", "/desh/some-story-12", "/sitemap.xml", "/desh/rss.xml/extra"]) {
      expect(await rewritten(pathname)).toBeNull();
    }
  });
});
