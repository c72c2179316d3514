import { expect, test } from "@playwright/test";

test.describe("Hindi by default, English on request", () => {
  test("a browser that prefers English still gets Hindi at /", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
    const page = await context.newPage();
    const response = await page.goto("/");
    expect(response?.url()).not.toMatch(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await context.close();
  });

  test("/en shows every piece of the chrome in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Khabar Darpan" }).first()).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Sections" }).first();
    await expect(nav.getByRole("link", { name: "World", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
    await expect(page.locator("footer")).toContainText("All rights reserved");
    // No Hindi interface words leak into the English chrome (story text may be in either script).
    await expect(page.locator(".section-nav")).not.toContainText(/[\u0900-\u097F]/);
  });

  test("the language switch on an article leads to its translation", async ({ page }) => {
    await page.goto("/videsh/1");
    await page.getByRole("link", { name: "English — यह पृष्ठ अंग्रेज़ी में पढ़ें" }).click();
    await expect(page).toHaveURL(/\/en\/videsh\/[a-z0-9-]+-\d+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Putin/);
    await expect(page.getByRole("link", { name: "हिन्दी — Read this page in Hindi" })).toHaveAttribute("href", /\/videsh\/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1$/);
  });

  test("an English section with no stories says so in English", async ({ page }) => {
    let emptySection: string | null = null;
    for (const slug of ["shiksha", "swasthya", "manoranjan", "vyapar", "technology", "rajniti", "khel", "desh"]) {
      await page.goto(`/en/${slug}`);
      if (await page.getByText("There are no English stories in this section yet.").isVisible()) {
        emptySection = slug;
        break;
      }
    }
    expect(emptySection, "the demo content leaves at least one English section empty").not.toBeNull();
  });
});

test.describe("readable on every screen", () => {
  for (const width of [320, 360, 1280]) {
    test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/", "/videsh", "/videsh/1", "/en"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  }
});
