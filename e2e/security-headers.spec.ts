import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { commonSecurityHeaders, readerContentSecurityPolicy, strictTransportSecurity } from "@/lib/http/securityHeaders";
import { bodyField, createSavedArticle, save, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

/*
 * Security headers on every kind of response (lib/http/securityHeaders.ts, ADR 0012), and no Content-Security-Policy
 * violation while readers read and search and an editor writes: a policy that blocked Next's newsroom runtime or a
 * reader page's own script would show here first.
 */

const seedStory = "/videsh/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1";
const storyWithPicture = "/swasthya/adivasi-zilon-mein-sikal-sel-janch-abhiyan-do-mahine-mein-3-1-lakh-logon-ki-30";
const readerPolicy = readerContentSecurityPolicy();

function expectCommonHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(commonSecurityHeaders)) expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  expect(headers["strict-transport-security"], `no HSTS over plain HTTP on ${what}`).toBeUndefined();
}

function expectReaderHeaders(response: APIResponse, what: string) {
  expectCommonHeaders(response, what);
  expect(response.headers()["content-security-policy"], `CSP on ${what}`).toBe(readerPolicy);
}

/** The nonce of a newsroom policy, after checking the policy allows no inline script without it. */
function adminNonce(response: APIResponse, what: string): string {
  expectCommonHeaders(response, what);
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy, `frame-ancestors on ${what}`).toContain("frame-ancestors 'none'");
  const scriptSources = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  expect(scriptSources, `no unsafe-inline or eval script on ${what}`).not.toMatch(/unsafe-(?:inline|eval)/);
  const nonce = /^'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'$/.exec(scriptSources)?.[1];
  expect(nonce, `a nonce on ${what}: ${policy}`).toBeTruthy();
  return nonce!;
}

test.describe("security headers", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "headers do not depend on the device"));

  test("reader pages, an article and its 304, a missing page, a feed and a sitemap carry the strict reader policy", async ({ request }) => {
    expectReaderHeaders(await request.get("/"), "the home page");
    expectReaderHeaders(await request.get("/en"), "the English home page");
    expectReaderHeaders(await request.get("/videsh"), "a section");
    const story = await request.get(seedStory);
    expect(story.status()).toBe(200);
    expectReaderHeaders(story, "an article");
    const notModified = await request.get(seedStory, { headers: { "if-none-match": story.headers().etag ?? "" } });
    expect(notModified.status()).toBe(304);
    expectReaderHeaders(notModified, "a 304");
    const missing = await request.get("/desh/koi-khabar-nahin-999999");
    expect(missing.status()).toBe(404);
    expectReaderHeaders(missing, "a missing page");
    expectReaderHeaders(await request.get("/search?q=%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4"), "search");
    expectReaderHeaders(await request.get("/rss.xml"), "the feed");
    expectReaderHeaders(await request.get("/sitemap.xml"), "the sitemap");
  });

  test("what Next answers itself — media, static files, public scripts and APIs — carries them too", async ({ request }) => {
    const html = await (await request.get(storyWithPicture)).text();
    const picture = /src="(\/_next\/image\?url=[^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
    expect(picture, "the story has a picture").toBeTruthy();
    const optimized = await request.get(picture!);
    expect(optimized.status()).toBe(200);
    expectCommonHeaders(optimized, "a /_next/image picture");
    // Next's image optimizer sends its own, stricter policy (images.contentSecurityPolicy).
    expect(optimized.headers()["content-security-policy"]).toMatch(/script-src 'none'.*sandbox/);
    const image = await request.get(decodeURIComponent(/url=([^&]+)/.exec(picture!)![1]!));
    expect(image.status()).toBe(200);
    expectCommonHeaders(image, "a /media image");
    // An original opened on its own can run nothing and load nothing, whatever its bytes.
    expect(image.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
    const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
    expect(stylesheet, "the page links its stylesheet").toBeTruthy();
    const staticFile = await request.get(stylesheet!);
    expect(staticFile.status()).toBe(200);
    expectReaderHeaders(staticFile, "a /_next/static file");
    const cached = await request.get(stylesheet!, { headers: { "if-none-match": staticFile.headers().etag ?? "" } });
    if (cached.status() === 304) expectReaderHeaders(cached, "a /_next/static 304");
    expectReaderHeaders(await request.get("/reader/copy-link.js"), "a reader script");
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expectReaderHeaders(health, "an API");
    expectReaderHeaders(await request.get("/api/search?q=x"), "the search API");
  });

  test("HSTS only when the TLS-terminating proxy says the request came over HTTPS", async ({ request }) => {
    const overHttps = { "x-forwarded-proto": "https" };
    for (const path of ["/", "/api/health", "/admin/login"]) {
      expect((await request.get(path, { headers: overHttps })).headers()["strict-transport-security"], path).toBe(strictTransportSecurity);
      expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("the newsroom gets a fresh nonce per request on every script Next renders, and may not be framed", async ({ page, request }) => {
    const first = await request.get("/admin/login");
    const second = await request.get("/admin/login");
    const nonce = adminNonce(first, "the login page");
    expect(adminNonce(second, "the login page again")).not.toBe(nonce);
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, "the login page runs Next's client runtime").toBeGreaterThan(0);
    for (const script of scripts) expect(script, "every script carries the nonce").toContain(`nonce="${nonce}"`);

    const redirected = await request.get("/admin/articles", { maxRedirects: 0 });
    expect(redirected.status()).toBe(307);
    expectCommonHeaders(redirected, "the redirect to the login page");
    expect(redirected.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

    await signIn(page, "editor");
    for (const path of ["/admin", "/admin/articles/new", "/admin/media"]) {
      const signedIn = await page.request.get(path);
      expect(signedIn.status(), path).toBe(200);
      adminNonce(signedIn, path);
    }
  });
});

type Violation = { directive: string; blocked: string; file: string; line: number; column: number };
type ViolationReporter = { reportCspViolation: (violation: Violation) => void };

/**
 * zod 4 probes once whether it may compile validators with `Function("")` and falls back when the policy says no;
 * that refused probe is the one eval a page may attempt. Anything else trying eval is reported.
 */
async function isZodEvalProbe(page: Page, violation: Violation): Promise<boolean> {
  if (violation.blocked !== "eval" || !violation.file.includes("/_next/static/")) return false;
  const line = (await (await page.request.get(violation.file)).text()).split("\n")[violation.line - 1] ?? "";
  return /^Function\(""\),!0\}catch/.test(line.slice(violation.column - 1));
}

/** Every CSP violation and every console message about a refused load, across the page's navigations. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  const violations: Violation[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy|Permissions-Policy/i.test(message.text())) refused.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (violation: Violation) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as ViolationReporter).reportCspViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        file: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      }),
    ),
  );
  return async () => {
    const unexpected: string[] = [];
    for (const violation of violations) {
      if (!(await isZodEvalProbe(page, violation))) unexpected.push(`${violation.directive} ${violation.blocked} at ${violation.file}:${violation.line}:${violation.column}`);
    }
    return [...unexpected, ...refused];
  };
}

test.describe("no content security policy violation", () => {
  test("while a reader opens the home page, a story with its picture, and searches", async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto("/");
    await expect(page.locator("h1, h2").first()).toBeVisible();
    await page.goto(storyWithPicture);
    const picture = page.locator("article img").first();
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await page.goto("/search?q=%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4");
    await expect(page.getByRole("searchbox", { name: "क्या खोजना है" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("the policy refuses a script injected into a reader page", async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto(seedStory);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injectedRan = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await violations()).join("\n")).toContain("script-src");
  });

  test("while an editor signs in, writes a story in the editor and saves it", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const violations = await watchForViolations(page);
    await signIn(page, "editor");
    const { version } = await createSavedArticle(page, "खेल", uniqueHeadline(testInfo, "सुरक्षा नीति की जाँच"), "संपादक ने ख़बर लिखी और सहेजी।");
    await bodyField(page).click();
    await page.keyboard.type(" एक और वाक्य।");
    expect(await save(page)).toBe(version + 1);
    // The editor's own stylesheet is in place (Tiptap's, allowed by its hash), so the body keeps its line breaks.
    expect(await bodyField(page).evaluate((element) => getComputedStyle(element).whiteSpace)).toMatch(/pre-wrap|break-spaces/);
    // A missing newsroom page: Next's own 404, drawn by its runtime with an inline style allowed by hash.
    expect((await page.goto("/admin/articles/999999"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "404" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("while an editor goes through the newsroom's pages and picks a picture to upload", async ({ page }) => {
    test.setTimeout(60_000);
    const violations = await watchForViolations(page);
    await signIn(page, "editor");
    for (const path of ["/admin/media", "/admin/sections", "/admin/tags", "/admin/authors", "/admin/import", "/admin/articles/new"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.goto("/admin/media");
    const input = page.getByLabel("तस्वीरें चुनें (एक या कई)");
    await expect(input).toBeEnabled();
    // A one-pixel PNG: its preview is a blob: URL; nothing is uploaded.
    const pixel = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
    await input.setInputFiles({ name: "pixel.png", mimeType: "image/png", buffer: pixel });
    const preview = page.locator('img[src^="blob:"]').first();
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await violations()).toEqual([]);
  });
});
