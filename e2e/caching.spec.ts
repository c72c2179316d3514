import { type APIRequestContext, expect, test } from "@playwright/test";
import { bodyField, createSavedArticle, readerPath, save, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

/*
 * Reader pages come from Next's cache through the reader front (scripts/serve.ts): rendered once, sent many
 * times without Next's runtime, and refreshed within seconds of a newsroom change, on exactly the pages it touches.
 */

const seedStory = "/videsh/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1";
/** The front keeps a finished page a second (lib/delivery/readerFront.ts); waiting longer makes it ask Next again. */
const frontFreshness = 1100;

async function renderedAt(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const stamp = /<body data-rendered-at="([^"]+)"/.exec(html)?.[1];
  expect(stamp, `${path} says when it was rendered`).toBeTruthy();
  return stamp!;
}

/** Milliseconds until `path` contains `text`, asking every 100 ms for up to 10 s. */
async function timeUntilShown(request: APIRequestContext, path: string, text: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    if ((await (await request.get(path)).text()).includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${text} never showed on ${path}`);
}

/** Milliseconds until `path` no longer contains `text`, asking every 100 ms for up to 10 s. */
async function timeUntilGone(request: APIRequestContext, path: string, text: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    if (!(await (await request.get(path)).text()).includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${text} stayed on ${path}`);
}

test.describe("cached reader pages", () => {
  test("a cached page is not rendered again: the next request and one after the front's second both get the same copy", async ({ request }) => {
    const first = await request.get(seedStory);
    await renderedAt(request, seedStory);
    const again = await request.get(seedStory);
    expect(["HIT", "STALE"], "sent from the front's copy").toContain(again.headers()["x-cache"]);
    const stamp = await renderedAt(request, seedStory);
    await new Promise((resolve) => setTimeout(resolve, frontFreshness));
    expect(await renderedAt(request, seedStory), "Next sends its cached copy to the front").toBe(stamp);
    expect(first.status()).toBe(200);
  });

  test("a publish, an edit and a withdrawal each reach readers within 2 seconds, and other sections' cached pages stay", async ({ page, request }, testInfo) => {
    test.setTimeout(90_000);
    await signIn(page, "editor");
    const headline = uniqueHeadline(testInfo, "बाढ़ राहत शिविरों में दवाइयाँ पहुँचीं");
    const { id } = await createSavedArticle(page, "खेल", headline, "ज़िला प्रशासन ने राहत शिविरों में दवाइयाँ भेजीं।");

    // Another section's front: cached before the publish, and still the same copy after it.
    await renderedAt(request, "/videsh");
    await new Promise((resolve) => setTimeout(resolve, frontFreshness));
    const otherSection = await renderedAt(request, "/videsh");
    await renderedAt(request, "/");
    await renderedAt(request, "/khel");
    expect(await (await request.get("/")).text()).not.toContain(headline);

    await takeStep(page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    expect(await timeUntilShown(request, "/", headline), "on the home page").toBeLessThanOrEqual(2000);
    expect(await timeUntilShown(request, "/khel", headline), "on its section").toBeLessThanOrEqual(2000);

    // An edit of the published story reaches its page as fast.
    const path = await readerPath(page, "khel", id);
    await bodyField(page).click();
    await page.keyboard.press("End");
    await page.keyboard.type(" डॉक्टरों की टीम भी रवाना हुई।");
    await save(page);
    expect(await timeUntilShown(request, path, "डॉक्टरों की टीम भी रवाना हुई"), "the edit on the story's page").toBeLessThanOrEqual(2000);

    page.once("dialog", (dialog) => void dialog.accept());
    await takeStep(page, "साइट से हटाएँ", "लेख साइट से हटा लिया गया।");
    expect(await timeUntilGone(request, "/", headline), "off the home page").toBeLessThanOrEqual(2000);
    expect((await request.get(path)).status(), "the story's page").toBe(410);

    // Only a page's minute running out (revalidate = 60) may have rendered the other section again meanwhile.
    await new Promise((resolve) => setTimeout(resolve, frontFreshness));
    const otherSectionNow = await renderedAt(request, "/videsh");
    const minuteWasUp = Date.parse(otherSectionNow) - Date.parse(otherSection) >= 60_000;
    expect(otherSectionNow === otherSection || minuteWasUp, `a section the story is not in was rendered again at ${otherSectionNow}`).toBe(true);
  });

  test("reader pages and feeds may be kept by a CDN for seconds and revalidated; the newsroom never", async ({ page, request }) => {
    for (const path of ["/", "/khel", seedStory, "/rss.xml", "/sitemap.xml"]) {
      // Tests beside this one publish stories, which changes these pages between two requests now and then.
      await expect(async () => {
        const response = await request.get(path);
        const cacheControl = response.headers()["cache-control"] ?? "";
        expect(cacheControl, path).toContain("s-maxage=");
        expect(cacheControl, path).toContain("stale-while-revalidate=");
        const etag = response.headers()["etag"];
        expect(etag, path).toBeTruthy();
        expect((await request.get(path, { headers: { "if-none-match": etag! } })).status(), `${path} revalidated`).toBe(304);
      }).toPass({ timeout: 10_000 });
    }
    await signIn(page, "editor");
    const admin = await page.request.get("/admin");
    expect(admin.status()).toBe(200);
    expect(admin.headers()["cache-control"]).toContain("private");
    expect(admin.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("reader pages without Next's runtime", () => {
  test("an article loads no JavaScript but its own small copy-link script, and reads completely", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(seedStory);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("पुतिन");
    expect(scripts.every((path) => path.startsWith("/reader/")), scripts.join(", ")).toBe(true);
    await page.goto("/");
    await page.goto("/khel");
    expect(scripts.every((path) => path.startsWith("/reader/")), scripts.join(", ")).toBe(true);
  });

  test("a missing page is the portal's full 404 page in the reader's language, not an empty shell", async ({ request }) => {
    const hindi = await request.get("/khel/koi-khabar-nahin-999999");
    expect(hindi.status()).toBe(404);
    expect(await hindi.text()).toContain("<h1>यह पृष्ठ नहीं मिला</h1>");
    const english = await request.get("/en/no-such-section");
    expect(english.status()).toBe(404);
    expect(await english.text()).toContain('<html lang="en"');
  });
});

test.describe("lite mode", () => {
  test("a browser's data saver gets the same story with no script, small images and no web font", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Save-Data": "on" } });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on("request", (request) => loaded.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
    await page.goto(seedStory);
    await expect(page.locator("html")).toHaveAttribute("data-lite", "");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("पुतिन");
    expect(loaded.filter((line) => line.startsWith("script") || line.startsWith("font")), loaded.join("\n")).toEqual([]);
    await context.close();
  });

  test("a reader turns lite mode on and off in the footer, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/khel");
    await page.getByRole("button", { name: "लाइट संस्करण चालू करें" }).click();
    await expect(page).toHaveURL(/\/khel$/);
    await expect(page.locator("html")).toHaveAttribute("data-lite", "");
    await expect(page.getByText("आप लाइट संस्करण देख रहे हैं।")).toBeVisible();
    await page.getByRole("button", { name: "पूरा संस्करण देखें" }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-lite", "");
    await expect(page.getByRole("button", { name: "लाइट संस्करण चालू करें" })).toBeVisible();
    await context.close();
  });
});
