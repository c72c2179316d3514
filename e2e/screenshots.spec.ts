import { expect, type Page, test } from "@playwright/test";

// One screenshot of each page type at a small phone's width and a desktop's, kept with the test results.
const pages = [
  { name: "home", path: "/" },
  { name: "section", path: "/videsh" },
  { name: "article", path: "/videsh/1" },
  { name: "tag", path: (page: Page) => linkOnSeedArticle(page, '.tag-list a') },
  { name: "author", path: firstAuthorPath },
  { name: "english-home", path: "/en" },
  { name: "not-found", path: "/videsh/koi-khabar-999999" },
];

for (const width of [360, 1280]) {
  test(`every page type renders completely at ${width} px`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the widths are set here, one project is enough");
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
    for (const { name, path } of pages) {
      const target = typeof path === "string" ? path : await path(page);
      await page.goto(target);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    }
  });
}

async function linkOnSeedArticle(page: Page, selector: string): Promise<string> {
  await page.goto("/videsh/1");
  return (await page.locator(selector).first().getAttribute("href"))!;
}

async function firstAuthorPath(page: Page): Promise<string> {
  await page.goto("/desh");
  for (const href of await page.locator(".article-list .card-headline a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) {
    await page.goto(href);
    const authors = page.locator('.byline a[rel="author"]');
    if ((await authors.count()) > 0) return (await authors.first().getAttribute("href"))!;
  }
  throw new Error("no story on the desh front has a staff author");
}
