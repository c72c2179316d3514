import { expect, type Page, test } from "@playwright/test";
import { createSavedArticle, readerDesk, readerPath, takeStep } from "./newsroom";
import { signIn } from "./signIn";

/** One parsed application/ld+json block; every property but @context and @type is left for the test to check. */
type Block = { "@context": string; "@type": string; [property: string]: unknown };
type Crumb = { "@type": string; position: number; name: string; item: string };

const isoWithZone = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\+05:30|Z)$/;

/** Every JSON-LD block of the page, parsed, each checked to be schema.org data with a type. */
async function structuredData(page: Page): Promise<Block[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const blocks = texts.map((text) => JSON.parse(text) as Block);
  for (const block of blocks) {
    expect(block["@context"]).toBe("https://schema.org");
    expect(typeof block["@type"]).toBe("string");
  }
  return blocks;
}

function blockOf(blocks: Block[], type: string): Block {
  const found = blocks.filter((block) => block["@type"] === type);
  expect(found, `one ${type} block`).toHaveLength(1);
  return found[0]!;
}

function crumbsOf(blocks: Block[]): Crumb[] {
  return blockOf(blocks, "BreadcrumbList").itemListElement as Crumb[];
}

function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

function expectPublisher(publisher: unknown, origin: string) {
  expect(publisher).toMatchObject({
    "@type": "NewsMediaOrganization",
    name: "ख़बर दर्पण",
    url: `${origin}/`,
    logo: { "@type": "ImageObject", url: `${origin}/publisher-logo.png` },
  });
}

/** The width and height the browser decodes an image URL to. */
async function imageSize(page: Page, url: string): Promise<{ width: number; height: number }> {
  return page.evaluate(
    (src) =>
      new Promise<{ width: number; height: number }>((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
        image.onerror = () => reject(new Error(`image did not load: ${src}`));
        image.src = src;
      }),
    url,
  );
}

test.describe("structured data a search engine reads", () => {
  test("the home page names the web site with its search box and the newspaper with its logo", async ({ page }) => {
    await page.goto("/");
    const origin = originOf(page);
    const blocks = await structuredData(page);
    expect(blockOf(blocks, "WebSite")).toMatchObject({
      name: "ख़बर दर्पण",
      url: `${origin}/`,
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: `${origin}/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
    expectPublisher(blockOf(blocks, "NewsMediaOrganization"), origin);
    expect(blockOf(blocks, "NewsMediaOrganization")).not.toHaveProperty("sameAs");
    const logo = await page.request.get(`${origin}/publisher-logo.png`);
    expect(logo.status()).toBe(200);
    expect(logo.headers()["content-type"]).toBe("image/png");
    const size = await imageSize(page, `${origin}/publisher-logo.png`);
    expect(size.width).toBeLessThanOrEqual(600);
    expect(size.height).toBeLessThanOrEqual(60);
  });

  test("the English home page searches the English edition", async ({ page }) => {
    await page.goto("/en");
    const origin = originOf(page);
    expect(blockOf(await structuredData(page), "WebSite")).toMatchObject({
      url: `${origin}/en`,
      inLanguage: "en",
      potentialAction: { target: { urlTemplate: `${origin}/en/search?q={search_term_string}` } },
    });
  });

  test("a section front is a collection page of the site, reached from the home page", async ({ page }) => {
    await page.goto("/khel");
    const origin = originOf(page);
    const blocks = await structuredData(page);
    expect(blockOf(blocks, "CollectionPage")).toMatchObject({
      name: "खेल",
      url: `${origin}/khel`,
      inLanguage: "hi",
      isPartOf: { "@type": "WebSite", url: `${origin}/` },
    });
    expect(crumbsOf(blocks)).toEqual([
      { "@type": "ListItem", position: 1, name: "ख़बर दर्पण", item: `${origin}/` },
      { "@type": "ListItem", position: 2, name: "खेल", item: `${origin}/khel` },
    ]);
  });

  test("a tag page is a collection page named as its heading", async ({ page }) => {
    await page.goto("/tag/rus");
    const origin = originOf(page);
    const blocks = await structuredData(page);
    const heading = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    expect(blockOf(blocks, "CollectionPage")).toMatchObject({ name: heading, url: `${origin}/tag/rus`, inLanguage: "hi" });
    expect(crumbsOf(blocks).map((crumb) => crumb.item)).toEqual([`${origin}/`, `${origin}/tag/rus`]);
  });

  test("an author page is the profile of a person, and the author's stories name that person with a link back", async ({ page }) => {
    await page.goto("/author/shalini-verma");
    const origin = originOf(page);
    const authorUrl = `${origin}/author/shalini-verma`;
    const blocks = await structuredData(page);
    const profile = blockOf(blocks, "ProfilePage");
    expect(profile).toMatchObject({ url: authorUrl, mainEntity: { "@type": "Person", name: "शालिनी वर्मा", url: authorUrl } });
    expect((profile.mainEntity as { description: string }).description.length).toBeGreaterThan(0);
    expect(crumbsOf(blocks).map((crumb) => crumb.name)).toEqual(["ख़बर दर्पण", "शालिनी वर्मा"]);

    await page.locator(".article-list .card-headline a").first().click();
    await expect(page).toHaveURL(/\/[a-z-]+\/[a-z0-9-]+-\d+$/);
    const article = blockOf(await structuredData(page), "NewsArticle");
    expect(article.author).toContainEqual({ "@type": "Person", name: "शालिनी वर्मा", url: authorUrl });
  });

  test("the seed story is a NewsArticle with its dateline, section, tags, headline card and the newspaper as author", async ({ page }) => {
    await page.goto("/videsh/1");
    const origin = originOf(page);
    const canonical = page.url();
    const blocks = await structuredData(page);
    expect(blocks.map((block) => block["@type"]).sort()).toEqual(["BreadcrumbList", "NewsArticle"]);
    const article = blockOf(blocks, "NewsArticle");
    const headline = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const tags = (await page.getByRole("navigation", { name: "टैग" }).getByRole("link").allTextContents()).map((tag) => tag.trim());

    expect(article).toMatchObject({
      headline,
      inLanguage: "hi",
      articleSection: "विदेश",
      keywords: tags,
      url: canonical,
      mainEntityOfPage: canonical,
      isAccessibleForFree: true,
      dateline: "प्योंगयांग, 14 सितंबर",
      locationCreated: { "@type": "Place", name: "प्योंगयांग" },
      author: [{ "@type": "NewsMediaOrganization", name: "ख़बर दर्पण" }],
    });
    expect(Array.from(article.headline as string).length).toBeLessThanOrEqual(110);
    expect(String(article.description).length).toBeGreaterThan(0);
    expect(article.datePublished).toMatch(isoWithZone);
    expect(article.dateModified).toMatch(isoWithZone);
    expect(article.datePublished).toBe("2023-09-14T10:30:00+05:30");
    expectPublisher(article.publisher, origin);
    expect(article.image).toEqual([expect.stringMatching(new RegExp(`^${origin}/social/1-v\\d+\\.png$`))]);
    expect(await imageSize(page, (article.image as string[])[0]!)).toEqual({ width: 1200, height: 630 });

    expect(crumbsOf(blocks).map((crumb) => crumb.item)).toEqual([`${origin}/`, `${origin}/videsh`, canonical]);
  });

  test("a story with a hero photo shows it in three 1200 px crops: 16:9, 4:3 and 1:1", async ({ page }) => {
    await page.goto("/desh/2");
    await expect(page.locator(".hero-figure img")).toBeVisible();
    const origin = originOf(page);
    const article = blockOf(await structuredData(page), "NewsArticle");
    const images = article.image as string[];
    expect(images).toHaveLength(3);
    const expected = [
      { ratio: "16x9", height: 675 },
      { ratio: "4x3", height: 900 },
      { ratio: "1x1", height: 1200 },
    ];
    for (const [index, { ratio, height }] of expected.entries()) {
      expect(images[index]).toMatch(new RegExp(`^${origin}/social/media-\\d+-${ratio}\\.jpg$`));
      expect(await imageSize(page, images[index]!)).toEqual({ width: 1200, height });
    }
    // Bureau copy ("ब्यूरो रिपोर्ट") is credited to the newspaper itself.
    expect(article.author).toEqual([expect.objectContaining({ "@type": "NewsMediaOrganization", url: `${origin}/` })]);
    expect(article.dateline).toBe((await page.locator(".dateline").textContent())!.trim());
  });

  test("agency copy is credited to the agency as an organisation", async ({ page }) => {
    await page.goto("/desh/3");
    const article = blockOf(await structuredData(page), "NewsArticle");
    expect(article.author).toEqual([{ "@type": "Organization", name: "एजेंसी" }]);
    expect(article.dateline).toBe((await page.locator(".dateline").textContent())!.trim());
  });
});

test.describe("a hostile headline", () => {
  const hostile = "</script><script>alert(1)</script>";

  test("is shown literally and stays inside its JSON-LD, running no script", async ({ page, browser }) => {
    test.setTimeout(60_000);
    await signIn(page, "editor");
    const { id } = await createSavedArticle(page, "देश", hostile, `यह ख़बर ${hostile} को अक्षरशः दिखाती है, <!-- टिप्पणी नहीं --> और & चिह्न भी।`);
    await takeStep(page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    const path = await readerPath(page, "desh", id);

    const reader = await readerDesk(browser);
    const dialogs: string[] = [];
    reader.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await reader.page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(hostile);

    const html = await (await reader.page.request.get(path)).text();
    expect(html.includes("<script>alert(1)</script>"), "the raw HTML holds a live <script>alert(1)</script>").toBe(false);
    expect(await reader.page.locator("script").evaluateAll((scripts) => scripts.filter((script) => script.textContent === "alert(1)").length)).toBe(0);

    const blocks = await structuredData(reader.page);
    expect(blocks.map((block) => block["@type"]).sort()).toEqual(["BreadcrumbList", "NewsArticle"]);
    const article = blockOf(blocks, "NewsArticle");
    expect(article.headline).toBe(hostile);
    expect(String(article.description)).toContain(hostile);
    expect(crumbsOf(blocks).at(-1)!.name).toBe(hostile);

    await reader.page.waitForLoadState("load");
    expect(dialogs).toEqual([]);
    await reader.context.close();
  });
});
