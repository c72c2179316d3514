import path from "node:path";
import Database from "better-sqlite3";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import type { Block } from "../lib/content/document";
import type { ArticleDraftInput } from "../lib/content/articleDraft";
import { maxTargetLength } from "../lib/http/requestGate";
import { articleDraftInput } from "../lib/testing/articleDraftInput";
import { newsroomSession } from "../scripts/bench/newsroomClient";
import { encodeSegment, type HostilePayload, hostilePayloads, scriptPayloads } from "./hostilePayloads";
import { staff } from "./staff";

/**
 * Every hostile payload (e2e/hostilePayloads.ts) typed where the newsroom and readers type: an editor's story
 * fields, the search box, every parameter of a reader URL. None may run in a reader's browser, break a page's
 * markup or its feeds, or make the server answer 500.
 */

test.skip(({ isMobile }) => isMobile, "the server's answers are the same for both devices, and Chromium runs scripts alike on both");

const buildDir = process.env.NEXT_DIST_DIR ?? ".next";
const database = path.join(process.env.E2E_DATA_DIR ?? ".e2e-data", "portal.db");
/** A section no other test reads the fronts of; its stories also reach the home page, a handful at a time. */
const sectionSlug = "swasthya";

/** Text that must never come back as an error page or a stack trace. */
const leak = /\n\s+at [^\n]*\(|node_modules[/\\]|\/work\/|\.(?:tsx?|m?js):\d+:\d+|\b(?:Type|Reference|Syntax|Range)?Error: |SQLITE_|fts5: syntax error/;

function readOnly<T>(read: (db: Database.Database) => T): T {
  const db = new Database(database, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Traps a reader's browser sets before any page script: what ran, what the policy blocked, what was alerted. */
async function watchForScripts(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { dialogs };
}

async function nothingRan(page: Page, dialogs: string[], where: string) {
  const { pwned, violations } = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(pwned, `a payload ran on ${where}`).toBeNull();
  expect(dialogs, `a payload opened a dialog on ${where}`).toEqual([]);
  // A blocked inline script means markup got in, even though the policy stopped it.
  expect(violations.filter((violation) => violation.startsWith("script-src")), `the policy blocked a script on ${where}`).toEqual([]);
}

/** A reader page that is whole: its answer, the site's header and footer, and its main heading. */
async function openWhole(page: Page, url: string, heading?: string | RegExp) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator("header.portal-header"), url).toBeVisible();
  await expect(page.locator("footer.portal-footer"), url).toBeVisible();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1, url).toHaveCount(1);
  if (heading) await expect(h1, url).toContainText(heading);
  const body = await response!.text();
  expect(body, url).not.toMatch(leak);
  return body;
}

/** Every JSON-LD block of the page parses. */
async function structuredDataParses(page: Page, url: string) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length, url).toBeGreaterThan(0);
  for (const block of blocks) expect(() => JSON.parse(block), url).not.toThrow();
  return blocks.map((block) => JSON.parse(block) as unknown);
}

/** An XML document the browser's own parser reads without an error. */
async function xmlParses(page: Page, request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror")?.textContent ?? null, text);
  expect(error, url).toBeNull();
  return text;
}

/** Short payloads packed into lines no longer than `max`, each payload in exactly one line. */
function packed(payloads: HostilePayload[], max: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const { text } of payloads) {
    if (text.length > max) continue;
    if (current && current.length + 1 + text.length > max) {
      lines.push(current);
      current = "";
    }
    current = current ? `${current} ${text}` : text;
  }
  if (current) lines.push(current);
  return lines;
}

const prefix = `खतरनाक पाठ ${Date.now().toString(36)}`;

function bodyBlocks(mediaId: number): Block[] {
  const blocks: Block[] = [];
  hostilePayloads.forEach(({ text }, index) => {
    const link = index % 2 === 0 ? `https://example.com/?q=${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ""))}` : `/search?q=${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ""))}`;
    blocks.push({ type: "paragraph", content: [{ text: `${prefix} `, bold: true }, { text, italic: index % 3 === 0, href: index % 4 === 0 ? link : undefined }] });
  });
  for (const { text } of hostilePayloads.slice(0, 20)) {
    blocks.push({ type: "subheading", text });
    blocks.push({ type: "quote", text, attribution: text });
  }
  blocks.push({ type: "list", ordered: false, items: hostilePayloads.map(({ text }) => [{ text }]) });
  blocks.push({ type: "list", ordered: true, items: scriptPayloads.map(({ text }) => [{ text, bold: true }]) });
  for (const { text } of scriptPayloads.slice(0, 12)) blocks.push({ type: "image", mediaId, alt: text, caption: text });
  // Links that look site-relative but lead elsewhere.
  blocks.push({ type: "paragraph", content: [{ text: "दूसरी साइट", href: "//evil.example/x" }, { text: " और एक", href: "/\\evil.example/y" }] });
  blocks.push({ type: "embed", provider: "youtube", url: `https://www.youtube.com/watch?v="><script>window.__pwned=1</script>` });
  blocks.push({ type: "embed", provider: "x", url: "https://x.com/a/status/1?q=<svg onload=alert(1)>" });
  return blocks;
}

test.describe("hostile text from the newsroom reaches readers only as text", () => {
  test("a story with a payload in every field is saved, published and read back whole on every reader page, in every feed and in its share image", async ({ page, request, baseURL }) => {
    test.setTimeout(120_000);
    const origin = baseURL!;
    const { sectionId, mediaId } = readOnly((db) => ({
      sectionId: (db.prepare("select id from sections where slug = ?").get(sectionSlug) as { id: number }).id,
      mediaId: (db.prepare("select id from media order by id limit 1").get() as { id: number }).id,
    }));
    const newsroom = await newsroomSession(origin, staff.editor, buildDir);
    const short = hostilePayloads.filter(({ text }) => text.length <= 60);
    const draft: ArticleDraftInput = {
      headline: `${prefix} ${packed(scriptPayloads, 250 - prefix.length - 1)[0]}`,
      standfirst: packed(hostilePayloads, 500)[0]!,
      body: { version: 1, blocks: bodyBlocks(mediaId) },
      sectionId,
      tags: [prefix, ...short.slice(0, 19).map(({ text }) => text)],
      authorIds: [],
      agency: packed(hostilePayloads, 100)[0]!,
      bylineText: packed(hostilePayloads.slice(10), 200)[0]!,
      datelinePlace: "<b>दिल्ली</b>\u202E",
      datelineDay: null,
      datelineMonth: null,
      datelineYear: null,
      heroMediaId: mediaId,
      socialMediaId: null,
      locale: "hi",
      slug: "",
      metaTitle: packed(scriptPayloads.slice(3), 110)[0]!,
      metaDescription: packed(scriptPayloads.slice(6), 200)[0]!,
      translationOfId: null,
    };

    const articleId = await newsroom.createArticle(sectionId);
    // Links that would run script are refused, with the field named, and nothing is saved.
    for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "java\tscript:alert(1)"]) {
      const refused = await newsroom.saveArticle(articleId, 1, { ...draft, body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "x", href }] }] } });
      expect(refused.ok, `a link to ${href} was saved`).toBe(false);
    }
    const embed = await newsroom.saveArticle(articleId, 1, { ...draft, body: { version: 1, blocks: [{ type: "embed", provider: "youtube", url: "javascript:alert(1)" }] } });
    expect(embed.ok, "an embed of a javascript: URL was saved").toBe(false);

    const saved = await newsroom.saveArticle(articleId, 1, draft);
    if (!saved.ok) throw new Error(`the hostile story was refused: ${JSON.stringify(saved)}`);
    const published = await newsroom.changeStatus(articleId, saved.data.version, "publish");
    if (!published.ok) throw new Error(`publishing the hostile story failed: ${JSON.stringify(published)}`);
    const articlePath = `/${sectionSlug}/${saved.data.slug}-${articleId}`;

    const { dialogs } = await watchForScripts(page);
    const html = await openWhole(page, articlePath, prefix);
    expect(html).not.toMatch(/<script>window\.__pwned|<img src=x onerror|<svg onload|href="(?:javascript:|data:|\/\/|\/\\)/i);
    // The editor's save drops links that only look site-relative, and keeps their words.
    await expect(page.locator(".article-body").getByText("दूसरी साइट")).toBeVisible();
    await expect(page.locator('.article-body a[href*="evil.example"]')).toHaveCount(0);
    for (const { text } of short.filter(({ category }) => category === "html" || category === "svg")) {
      await expect(page.locator(".article-body").getByText(text, { exact: false }).first(), `"${text}" shown as text`).toBeAttached();
    }
    const structured = await structuredDataParses(page, articlePath);
    expect(JSON.stringify(structured)).toContain(prefix);
    await nothingRan(page, dialogs, articlePath);

    const tagLinks = await page.getByRole("navigation", { name: "टैग" }).getByRole("link").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href")!));
    expect(tagLinks.length).toBeGreaterThan(0);
    const socialImage = await page.locator('meta[property="og:image"]').getAttribute("content");

    for (const url of ["/", `/${sectionSlug}`, ...tagLinks, `/search?q=${encodeURIComponent(prefix)}`]) {
      await openWhole(page, url);
      await nothingRan(page, dialogs, url);
    }
    await expect(page.getByRole("list", { name: "खोज परिणाम" })).toContainText(prefix.split(" ").at(-1)!);

    for (const feed of ["/rss.xml", `/${sectionSlug}/rss.xml`, "/news-sitemap.xml"]) {
      expect(await xmlParses(page, request, feed), feed).toContain(saved.data.slug);
    }
    const index = await xmlParses(page, request, "/sitemap.xml");
    for (const child of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)) await xmlParses(page, request, child);

    const api = await request.get(`/api/search?q=${encodeURIComponent(prefix)}`);
    expect(api.status()).toBe(200);
    expect(((await api.json()) as { results: { id: number }[] }).results.map((hit) => hit.id)).toContain(articleId);

    expect(socialImage, "the story has a share image").toBeTruthy();
    const image = await request.get(new URL(socialImage!).pathname);
    expect(image.status(), socialImage!).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
  });

  test("headlines made only of payloads, saved as drafts, show as text in the editor's preview", async ({ page, baseURL, context }) => {
    test.setTimeout(120_000);
    const origin = baseURL!;
    const sectionId = readOnly((db) => (db.prepare("select id from sections where slug = ?").get(sectionSlug) as { id: number }).id);
    const newsroom = await newsroomSession(origin, staff.editor, buildDir);
    const headlines = packed(hostilePayloads, 250);
    const ids: number[] = [];
    for (const headline of headlines) {
      const id = await newsroom.createArticle(sectionId);
      const saved = await newsroom.saveArticle(
        id,
        1,
        articleDraftInput({ headline, standfirst: headline, body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: headline }] }] }, sectionId }),
      );
      expect(saved.ok, `the draft "${headline.slice(0, 60)}" was refused: ${JSON.stringify(saved)}`).toBe(true);
      ids.push(id);
    }
    // The same editor in the browser: sign in with the form, then read each preview as the newsroom sees it.
    await page.goto("/admin/login");
    await page.getByLabel("ईमेल").fill(staff.editor.email);
    await page.getByLabel("पासवर्ड").fill(staff.editor.password);
    await page.getByRole("button", { name: "लॉग इन करें" }).click();
    await expect(page).toHaveURL(/\/admin\/?$/);
    const { dialogs } = await watchForScripts(page);
    for (const id of ids) {
      const response = await page.goto(`/admin/articles/${id}/preview`);
      expect(response?.status(), `preview of ${id}`).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await nothingRan(page, dialogs, `/admin/articles/${id}/preview`);
    }
    await context.clearCookies();
  });
});

/**
 * A reader page answered 200 has the site's header and footer. A 404 has them too, except for file addresses:
 * a last segment with a dot skips the proxy (proxy.ts's matcher takes it for a file), and a dotless name under
 * /social or /media is taken for a story of a section "social" that the reader front does not serve; both get
 * Next's bare 404, drawn by its runtime.
 */
function pageIsWhole(status: number, url: string, body: string): boolean {
  if (status >= 300 && status < 400) return true;
  if (/^\/(?:social|media|sitemaps)\//.test(url) && status !== 200) return true;
  if (status === 200) return /<header class="portal-header"[\s\S]*<footer class="portal-footer"/.test(body);
  const lastSegment = url.split("?", 1)[0]!.split("/").at(-1)!;
  return body.includes('class="portal-footer"') || /\.|%2e/i.test(lastSegment);
}

test.describe("hostile text from readers", () => {
  test("every payload as a search query gives a page of results or none, and the JSON API answers 200 or 400", async ({ request, page }) => {
    test.setTimeout(120_000);
    const searchFields = ["page", "section", "from", "to", "locale"];
    const searchFor = async ({ label, text }: HostilePayload) => {
      const q = encodeSegment(text);
      const response = await request.get(`/search?q=${q}`);
      // An address longer than any of ours is refused at the door (414), or past Node's header limit by its parser (431).
      if (q.length > maxTargetLength) {
        expect([414, 431], label).toContain(response.status());
        return;
      }
      expect(response.status(), label).toBe(200);
      const body = await response.text();
      expect(body, label).not.toMatch(leak);
      expect(body, label).toContain("खोज");
      expect(body, label).not.toContain("कुछ गड़बड़ हो गई");

      const api = await request.get(`/api/search?q=${q}`);
      expect(api.status(), label).toBe(200);
      await api.json();
      // The other parameters in turn: each payload in one of them, every parameter with many payloads.
      const field = searchFields[hostilePayloads.findIndex((payload) => payload.label === label) % searchFields.length]!;
      const other = await request.get(`/api/search?q=a&${field}=${q}`);
      expect([200, 400], `${label} as ${field}`).toContain(other.status());
      expect(await other.text(), `${label} as ${field}`).not.toMatch(leak);
    };
    for (let start = 0; start < hostilePayloads.length; start += 4) await Promise.all(hostilePayloads.slice(start, start + 4).map(searchFor));
    const { dialogs } = await watchForScripts(page);
    // The page echoes the query into its heading, its field and its title: every other payload that could run.
    for (const { label, text } of scriptPayloads.filter((_, index) => index % 2 === 0)) {
      const response = await page.goto(`/search?q=${encodeURIComponent(text)}`);
      expect(response?.status(), label).toBe(200);
      await expect(page.getByRole("searchbox", { name: "क्या खोजना है" }), label).toHaveValue(text.trim().replace(/\s+/g, " "));
      await nothingRan(page, dialogs, `/search with ${label}`);
    }
  });

  test("every payload in every parameter of a reader URL is answered without a server error, and pages stay whole", async ({ request, page }) => {
    test.setTimeout(120_000);
    // Every kind of parameter a reader URL has: section, story slug, page number, tag, author, locale, file names.
    const templates = ["/{}", "/khel/{}-1", "/khel/pages/{}", "/tag/{}", "/author/{}/pages/{}", "/en/{}/rss.xml", "/media/{}", "/social/{}.png", "/sitemaps/{}", "/khel?page={}"];
    const problems: string[] = [];
    const check = async (label: string, url: string) => {
      const response = await request.get(url, { maxRedirects: 0 });
      const body = await response.text();
      if (response.status() >= 500) problems.push(`${label}: ${url.slice(0, 120)} → ${response.status()}`);
      else if (leak.test(body)) problems.push(`${label}: ${url.slice(0, 120)} shows ${leak.exec(body)![0]}`);
      else if (response.headers()["content-type"]?.startsWith("text/html") && !pageIsWhole(response.status(), url, body)) {
        problems.push(`${label}: ${url.slice(0, 120)} → ${response.status()} without the site's header and footer`);
      }
    };
    // Each payload in half of the parameters, in turn, so that every parameter gets half of the payloads (the fuzz
    // test puts random ones in all of them); a payload's addresses side by side, a few readers at once.
    for (const [index, { label, text }] of hostilePayloads.entries()) {
      const mine = templates.filter((_, position) => (position + index) % 2 === 0);
      await Promise.all(mine.map((template) => check(label, template.replaceAll("{}", encodeSegment(text).slice(0, 2000)))));
    }
    expect(problems).toEqual([]);

    const { dialogs } = await watchForScripts(page);
    for (const { label, text } of scriptPayloads.filter((_, index) => index % 4 === 0)) {
      for (const template of ["/khel/{}", "/tag/{}"]) {
        const url = template.replace("{}", encodeURIComponent(text));
        const response = await page.goto(url);
        expect(response?.status(), `${label}: ${url}`).toBe(404);
        await expect(page.locator("footer.portal-footer")).toBeVisible();
        await nothingRan(page, dialogs, url);
      }
    }
  });
});
