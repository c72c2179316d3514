import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { bodyField, createSavedArticle, readerPath, save, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

/*
 * The status and validators each kind of reader URL answers with, as a crawler or a cache sees them: plain HTTP,
 * no browser, redirects not followed. The proxy (proxy.ts) answers withdrawn stories with 410; the reader front
 * (lib/delivery/readerFront.ts) gives every cached page its ETag and answers conditional requests.
 */

const seedStory = "/videsh/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1";
const notFoundTitle = "यह पृष्ठ नहीं मिला";
const withdrawnHeading = "<h1>यह ख़बर वापस ले ली गई है</h1>";

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.get(path, { maxRedirects: 0, headers });
}

/** HEAD answers as GET would, with no body. */
async function expectHead(request: APIRequestContext, path: string, status: number): Promise<APIResponse> {
  const response = await request.head(path, { maxRedirects: 0 });
  expect(response.status(), `HEAD ${path}`).toBe(status);
  expect((await response.body()).length, `HEAD ${path} has no body`).toBe(0);
  return response;
}

/** The path part of a Location header, with its query string. */
function locationOf(response: APIResponse): string {
  const url = new URL(response.headers()["location"] ?? "", "http://base.invalid");
  return url.pathname + url.search;
}

async function readerPages(request: APIRequestContext): Promise<string[]> {
  const story = await (await get(request, seedStory)).text();
  const tag = /href="(\/tag\/[^"]+)"/.exec(story)?.[1];
  expect(tag, "the seed story links a tag").toBeTruthy();
  return ["/", "/en", "/khel", "/en/khel", seedStory, tag!, "/author/arvind-kulkarni", "/en/author/arvind-kulkarni", "/search?q=बारिश"];
}

test.describe("statuses of reader URLs", () => {
  test("every kind of reader page answers 200 to GET and to HEAD, HEAD without a body", async ({ request }) => {
    for (const path of await readerPages(request)) {
      const response = await get(request, path);
      expect(response.status(), `GET ${path}`).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/html");
      const head = await expectHead(request, path, 200);
      expect(head.headers()["content-type"]).toContain("text/html");
    }
  });

  test("an unknown page, section or story is a 404 carrying the Hindi page, to GET and HEAD", async ({ request }) => {
    for (const path of ["/anjan-khand", "/videsh/koi-khabar-999999", "/videsh/koi-khabar-1/aur-neeche", "/tag/koi-tag-nahin"]) {
      const response = await get(request, path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      // Next 16 sends a page's notFound() as an empty HTML shell plus the not-found page as data for its client to
      // render (vercel/next.js#62228); reader-journey.spec.ts sees the Hindi page rendered in the browser.
      expect(html).toContain(notFoundTitle);
      await expectHead(request, path, 404);
    }
  });

  test("a stale slug moves for good to the canonical URL, to GET and HEAD", async ({ request }) => {
    for (const stale of ["/videsh/purana-slug-1", "/videsh/1", "/khel/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1"]) {
      const response = await get(request, stale);
      expect(response.status(), stale).toBe(308);
      expect(locationOf(response)).toBe(seedStory);
      expect(locationOf(await expectHead(request, stale, 308))).toBe(seedStory);
    }
  });

  test("a trailing slash moves for good to the URL without it, keeping the query string", async ({ request }) => {
    const cases: [string, string][] = [
      ["/khel/", "/khel"],
      ["/en/", "/en"],
      ["/en/khel/", "/en/khel"],
      [`${seedStory}/`, seedStory],
      [`${seedStory}/?utm_source=whatsapp&ref=share`, `${seedStory}?utm_source=whatsapp&ref=share`],
      ["/khel/?page=2", "/khel?page=2"],
    ];
    for (const [from, to] of cases) {
      const response = await get(request, from);
      expect(response.status(), from).toBe(308);
      expect(locationOf(response), from).toBe(to);
    }
  });

  test("an article carries an ETag and a Last-Modified, and a current copy is answered 304 without a body", async ({ request }) => {
    // The ETag covers the whole page, related stories too, which tests beside this one change now and then.
    let etag = "";
    await expect(async () => {
      const first = await get(request, seedStory);
      expect(first.status()).toBe(200);
      etag = first.headers()["etag"]!;
      const lastModified = first.headers()["last-modified"]!;
      // The reader front's tag for the bytes it sends (lib/delivery/readerFront.ts); Last-Modified is the story's.
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(new Date(lastModified).toUTCString()).toBe(lastModified);

      const conditionals: Record<string, string>[] = [{ "if-none-match": etag }, { "if-modified-since": lastModified }];
      for (const conditional of conditionals) {
        const again = await get(request, seedStory, conditional);
        expect(again.status(), JSON.stringify(conditional)).toBe(304);
        expect(again.headers()["etag"]).toBe(etag);
        expect((await again.body()).length).toBe(0);
        const head = await request.head(seedStory, { headers: conditional });
        expect(head.status()).toBe(304);
      }
    }).toPass({ timeout: 10_000 });

    // Another version, an earlier date or a stale URL is not confirmed.
    expect((await get(request, seedStory, { "if-none-match": '"an-older-copy"' })).status()).toBe(200);
    expect((await get(request, seedStory, { "if-modified-since": "Mon, 01 Jan 2001 00:00:00 GMT" })).status()).toBe(200);
    expect((await get(request, "/videsh/purana-slug-1", { "if-none-match": etag })).status()).toBe(308);
    // Other pages are validated by their bytes alone: they have no single date of change.
    const section = await get(request, "/khel");
    expect(section.headers()["last-modified"]).toBeUndefined();
    expect((await get(request, "/khel", { "if-none-match": section.headers()["etag"]! })).status()).toBe(304);
  });

  test("a draft is a 404; once published it is a 200 whose ETag changes with each edit; once withdrawn it is a 410", async ({ page, request }, testInfo) => {
    test.setTimeout(60_000);
    await signIn(page, "editor");
    const headline = uniqueHeadline(testInfo, "स्टेडियम की छत गिरने से मैच रद्द");
    const { id } = await createSavedArticle(page, "खेल", headline, "तेज़ आँधी के बाद आयोजकों ने मैच रद्द किया।");
    const path = await readerPath(page, "khel", id);

    // Never published: a plain 404, no matter what the reader asks.
    expect((await get(request, path)).status()).toBe(404);
    await expectHead(request, path, 404);
    expect((await get(request, `/khel/${id}`)).status()).toBe(404);

    await takeStep(page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    const published = await get(request, path);
    expect(published.status()).toBe(200);
    const firstEtag = published.headers()["etag"]!;
    expect(firstEtag).toMatch(/^"[\w-]+"$/);
    expect((await get(request, path, { "if-none-match": firstEtag })).status()).toBe(304);

    await bodyField(page).click();
    await page.keyboard.press("End");
    await page.keyboard.type(" दर्शकों को टिकट के पैसे लौटाए जाएँगे।");
    await save(page);
    const edited = await get(request, path, { "if-none-match": firstEtag });
    expect(edited.status(), "the old copy is out of date after the edit").toBe(200);
    const secondEtag = edited.headers()["etag"]!;
    expect(secondEtag).not.toBe(firstEtag);
    expect(await edited.text()).toContain("टिकट के पैसे लौटाए जाएँगे");

    page.once("dialog", (dialog) => void dialog.accept());
    await takeStep(page, "साइट से हटाएँ", "लेख साइट से हटा लिया गया।");
    for (const asked of [path, `/khel/${id}`, `/en/desh/old-words-${id}`]) {
      const gone = await get(request, asked, { "if-none-match": secondEtag });
      expect(gone.status(), asked).toBe(410);
      expect(gone.headers()["etag"]).toBeUndefined();
      const html = await gone.text();
      expect(html).not.toContain(headline);
      if (!asked.startsWith("/en/")) {
        expect(html).toContain('<html lang="hi"');
        expect(html).toContain(withdrawnHeading);
        expect(html, "the portal's navigation").toContain('aria-label="खंड"');
      }
    }
    expect(await (await get(request, `/en/desh/old-words-${id}`)).text()).toContain("<h1>This story has been withdrawn</h1>");
    await expectHead(request, path, 410);
    // The withdrawn page has no address of its own: asked for directly, it answers as the story does.
    expect((await get(request, `${path}/withdrawn`)).status()).toBe(410);
    expect((await get(request, `${seedStory}/withdrawn`)).status()).toBe(404);
  });
});
