import { expect, test } from "@playwright/test";

test.describe("a reader finds their way through the portal", () => {
  test("home → section → article → tag → author", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(page.getByRole("link", { name: "ख़बर दर्पण" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "ताज़ा ख़बरें" })).toBeVisible();

    await page.getByRole("navigation", { name: "खंड" }).first().getByRole("link", { name: "खेल", exact: true }).click();
    await expect(page).toHaveURL(/\/khel$/);
    await expect(page.getByRole("heading", { level: 1, name: "खेल" })).toBeVisible();

    const firstStory = page.locator(".article-list .card-headline a").first();
    const headline = (await firstStory.textContent())!.trim();
    await firstStory.click();
    await expect(page).toHaveURL(/\/khel\/[a-z0-9-]+-\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(page.getByRole("navigation", { name: "आप यहाँ हैं" }).getByRole("link", { name: "खेल" })).toBeVisible();

    const tag = page.getByRole("navigation", { name: "टैग" }).getByRole("link").first();
    const tagName = (await tag.textContent())!.trim();
    await tag.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`टैग: ${tagName}`);
    await expect(page.locator(".article-list .card").first()).toBeVisible();

    await page.locator(".article-list .card-headline a").first().click();
    const author = page.locator('.byline a[rel="author"]').first();
    if ((await author.count()) === 0) {
      // Not every story has a staff byline; a section front always leads to one that does.
      await page.goto("/desh");
      for (const link of await page.locator(".article-list .card-headline a").all()) {
        await link.click();
        if ((await page.locator('.byline a[rel="author"]').count()) > 0) break;
        await page.goBack();
      }
    }
    const authorLink = page.locator('.byline a[rel="author"]').first();
    const authorName = (await authorLink.textContent())!.trim();
    await authorLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorName);
    await expect(page.getByRole("heading", { name: `${authorName} की ख़बरें` })).toBeVisible();
  });

  test("the seed article shows its dateline, byline and the word the wire copy broke across lines", async ({ page }) => {
    await page.goto("/videsh/1");
    await expect(page).toHaveURL(/\/videsh\/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("पुतिन ने किम जोंग उन का निमंत्रण");
    await expect(page.locator(".dateline")).toHaveText("प्योंगयांग, 14 सितंबर");
    await expect(page.locator(".byline")).toHaveText("सियासी मीयर की रिपोर्ट");
    await expect(page.locator(".article-body")).toContainText("वास्तविक अंतरराष्ट्रीय न्याय");
    await expect(page.locator(".article-body")).not.toContainText("Siyasi Miyar");
    await expect(page.locator(".article-times")).toContainText("14 सितंबर 2023, 10:30 IST");
  });

  test("the article page offers WhatsApp first, then X, Facebook and copy link, with no third-party script", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).host);
    });
    await page.goto("/videsh/1");
    const share = page.getByRole("group", { name: "यह ख़बर साझा करें" });
    await expect(share.locator("a, button")).toHaveText(["WhatsApp", "X", "Facebook", "लिंक कॉपी करें"]);
    await expect(share.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", /^https:\/\/wa\.me\/\?text=/);
    const ownHost = new URL(page.url()).host;
    expect(scripts.filter((host) => host !== ownHost)).toEqual([]);
  });

  test("copy link puts the story's address on the clipboard and says so for a few seconds", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/videsh/1");
    const share = page.getByRole("group", { name: "यह ख़बर साझा करें" });
    const copy = share.getByRole("button", { name: "लिंक कॉपी करें" });
    await copy.click();
    // The words that change sit in a live region, so a screen reader says them too.
    await expect(share.getByRole("button", { name: "लिंक कॉपी हो गया" }).locator('[aria-live="polite"]')).toHaveText("लिंक कॉपी हो गया");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect(copy).toBeVisible({ timeout: 6_000 });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the share links stay and no copy button is left that could not work", async ({ page }) => {
      await page.goto("/videsh/1");
      const share = page.getByRole("group", { name: "यह ख़बर साझा करें" });
      await expect(share.getByRole("link")).toHaveText(["WhatsApp", "X", "Facebook"]);
      await expect(share.getByRole("button")).toHaveCount(0);
    });
  });

  test("related stories follow the article", async ({ page }) => {
    await page.goto("/videsh/1");
    const related = page.getByRole("complementary", { name: "संबंधित ख़बरें" });
    await expect(related.locator(".card").first()).toBeVisible();
  });
});

test.describe("URLs that crawlers and old links use", () => {
  test("a stale slug answers 308 with the canonical URL", async ({ request }) => {
    const response = await request.get("/videsh/purana-slug-1", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/videsh\/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1$/);
  });

  test("a story asked for under the wrong section moves to its own section", async ({ request }) => {
    const response = await request.get("/khel/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/videsh\/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1$/);
  });

  test("an unknown article id is a 404 page in Hindi", async ({ page }) => {
    const response = await page.goto("/videsh/koi-khabar-999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("यह पृष्ठ नहीं मिला");
    await expect(page.getByRole("link", { name: "मुख्य पृष्ठ पर जाएँ" })).toBeVisible();
  });

  test("an unknown section is a 404 page in Hindi", async ({ page }) => {
    const response = await page.goto("/anjan-khand");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("यह पृष्ठ नहीं मिला");
  });

  test("a list page past the last one is a 404", async ({ request }) => {
    expect((await request.get("/khel?page=999")).status()).toBe(404);
    expect((await request.get("/khel?page=abc")).status()).toBe(404);
  });
});

test.describe("pages of a list", () => {
  test("a section front pages through its stories, newest first", async ({ page }) => {
    await page.goto("/videsh");
    const firstPage = await page.locator(".article-list time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect([...firstPage].sort().reverse()).toEqual(firstPage);
    await page.getByRole("link", { name: /अगला पृष्ठ/ }).click();
    await expect(page).toHaveURL(/\/videsh\?page=2$/);
    await expect(page.getByText("पृष्ठ 2 /")).toBeVisible();
    const secondPage = await page.locator(".article-list time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect(secondPage[0]! <= firstPage.at(-1)!).toBe(true);
    await expect(page.getByRole("link", { name: /पिछला पृष्ठ/ })).toBeVisible();
  });
});
