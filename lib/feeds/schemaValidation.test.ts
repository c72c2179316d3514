import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as sectionRss } from "@/app/[locale]/[section]/rss.xml/route";
import { GET as editionRss } from "@/app/[locale]/rss.xml/route";
import { GET as newsSitemap } from "@/app/news-sitemap.xml/route";
import { GET as robots } from "@/app/robots.txt/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as childSitemap } from "@/app/sitemaps/[file]/route";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";

/**
 * Every kind of document the feeds and sitemaps serve, produced by the route handlers from the demo newsroom and
 * checked with xmllint against the schemas in e2e/fixtures. CI installs xmllint (Debian libxml2-utils).
 */
const { dataDir } = setUpTemporaryDatabase();
const fixtures = path.resolve("e2e/fixtures");
const origin = "https://khabar.example";
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!hasXmllint) console.warn("xmllint not found: the XML schema tests are skipped. Install it with: apt-get install libxml2-utils");

const siteUrlSetting = process.env.SITE_URL;
beforeAll(() => {
  process.env.SITE_URL = origin;
});
afterAll(() => {
  if (siteUrlSetting === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrlSetting;
});

function request(pathname: string): Request {
  return new Request(`${origin}${pathname}`);
}

async function text(response: Response | Promise<Response>): Promise<string> {
  const answered = await response;
  expect(answered.status).toBe(200);
  return answered.text();
}

let written = 0;
function validate(xml: string, schema: string): { ok: boolean; output: string } {
  const file = path.join(dataDir, `document-${++written}.xml`);
  fs.writeFileSync(file, xml);
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(fixtures, schema), file], { encoding: "utf8" });
  return { ok: result.status === 0, output: result.stderr };
}

function expectValid(xml: string, schema: string) {
  const { ok, output } = validate(xml, schema);
  expect(output).toMatch(/validates/);
  expect(ok, output).toBe(true);
}

async function sitemapChildren(): Promise<string[]> {
  const index = await text(sitemapIndex(request("/sitemap.xml")));
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

describe.skipIf(!hasXmllint)("feeds and sitemaps against their schemas", () => {
  it("names both sitemaps in robots.txt on the public origin and keeps crawlers out of admin and api", async () => {
    const body = await text(robots());
    expect(body).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
    expect(body).toMatch(/^Disallow: \/admin$/m);
    expect(body).toMatch(/^Disallow: \/api$/m);
  });

  it("serves a sitemap index valid against siteindex.xsd", async () => {
    expectValid(await text(sitemapIndex(request("/sitemap.xml"))), "siteindex.xsd");
  });

  it("serves every child of the index, each valid against sitemap.xsd, with alternates for translated stories", async () => {
    const children = await sitemapChildren();
    expect(children.map((loc) => loc.replace(`${origin}/sitemaps/`, ""))).toEqual(expect.arrayContaining(["sections.xml", "tags.xml", "authors.xml"]));
    let alternates = 0;
    for (const loc of children) {
      const file = loc.replace(`${origin}/sitemaps/`, "");
      const body = await text(childSitemap(request(`/sitemaps/${file}`), { params: Promise.resolve({ file }) }));
      expectValid(body, "sitemap.xsd");
      if (file.startsWith("articles-")) alternates += body.match(/hreflang="x-default"/g)?.length ?? 0;
    }
    // The demo newsroom has three stories translated into English: six URLs that name each other.
    expect(alternates).toBeGreaterThanOrEqual(6);
  });

  it("serves a Google News sitemap valid against sitemap.xsd with the news extension", async () => {
    const body = await text(newsSitemap(request("/news-sitemap.xml")));
    expect(body).toContain("<news:language>hi</news:language>");
    expectValid(body, "sitemap.xsd");
  });

  it("serves the Hindi and English edition feeds, valid against rss.xsd", async () => {
    for (const locale of ["hi", "en"]) {
      const body = await text(editionRss(request(locale === "hi" ? "/rss.xml" : "/en/rss.xml"), { params: Promise.resolve({ locale }) }));
      expect(body).toContain(`<language>${locale}</language>`);
      expectValid(body, "rss.xsd");
    }
  });

  it("serves section feeds in both languages, valid against rss.xsd", async () => {
    for (const locale of ["hi", "en"]) {
      const body = await text(sectionRss(request(`/${locale}/khel/rss.xml`), { params: Promise.resolve({ locale, section: "khel" }) }));
      expectValid(body, "rss.xsd");
    }
  });

  it("fails a document that breaks its schema, so the checks above can fail", async () => {
    const rss = await text(editionRss(request("/rss.xml"), { params: Promise.resolve({ locale: "hi" }) }));
    expect(validate(rss.replace(/<pubDate>[^<]*<\/pubDate>/, ""), "rss.xsd").ok).toBe(false);
    expect(validate(rss.replace(/<pubDate>[^<]*<\/pubDate>/, "<pubDate>yesterday</pubDate>"), "rss.xsd").ok).toBe(false);
    const news = await text(newsSitemap(request("/news-sitemap.xml")));
    expect(validate(news.replace(/<news:title>[^<]*<\/news:title>/, ""), "sitemap.xsd").ok).toBe(false);
    const sections = await text(childSitemap(request("/sitemaps/sections.xml"), { params: Promise.resolve({ file: "sections.xml" }) }));
    expect(validate(sections.replace(/<lastmod>[^<]*<\/lastmod>/, "<lastmod>yesterday</lastmod>"), "sitemap.xsd").ok).toBe(false);
    expect(validate(sections.replace('hreflang="x-default"', 'hreflang="default"'), "sitemap.xsd").ok).toBe(false);
    const index = await text(sitemapIndex(request("/sitemap.xml")));
    expect(validate(index.replace("<sitemap>", "<sitemap><priority>1</priority>"), "siteindex.xsd").ok).toBe(false);
  });
});
