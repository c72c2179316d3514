import { expect, type Page, test } from "@playwright/test";

/** Types the words into the header's search: its field on a wide screen, its link to the search page on a phone. */
async function searchFromHeader(page: Page, words: string) {
  const headerField = page.locator("header").getByRole("searchbox", { name: "ख़बरें खोजें" });
  if (await headerField.isVisible()) {
    await headerField.fill(words);
    await headerField.press("Enter");
    return;
  }
  await page.locator("header").getByRole("link", { name: "खोज पृष्ठ पर जाएँ" }).click();
  await expect(page).toHaveURL(/\/search$/);
  const field = page.getByRole("searchbox", { name: "क्या खोजना है" });
  await expect(field).toBeFocused();
  await field.fill(words);
  await field.press("Enter");
}

const results = (page: Page) => page.getByRole("list", { name: "खोज परिणाम" });

test.describe("a reader searches the news", () => {
  test("from the header, a Devanagari word finds stories with the word marked, and a result opens its story", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, "बारिश");
    await expect(page).toHaveURL(/\/search\?q=%E0%A4%AC/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("खोज: बारिश");
    await expect(page.getByText(/^\d+ परिणाम$/)).toBeVisible();
    await expect(results(page).locator("mark").first()).toHaveText(/बारिश/);
    await expect(page.getByRole("searchbox", { name: "क्या खोजना है" })).toHaveValue("बारिश");

    const first = results(page).getByRole("heading", { level: 2 }).first().getByRole("link");
    const headline = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/[a-z]+\/[a-z0-9-]+-\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  });

  test("a romanised query finds the seed story about Putin's invitation", async ({ page }) => {
    await page.goto("/search?q=putin+kim");
    await expect(results(page).getByRole("link").first()).toContainText("पुतिन");
  });

  test("search syntax typed by accident gives a page of results or none, never an error", async ({ page }) => {
    for (const words of ['"पुतिन', "NEAR(पुतिन", "AND OR", "*"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(words)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`खोज: ${words}`);
      await expect(page.getByText("कुछ गड़बड़ हो गई")).toHaveCount(0);
    }
  });

  test("words that match nothing say कोई परिणाम नहीं and suggest what to try", async ({ page }) => {
    await page.goto("/search?q=qwzxv+jhqpt");
    await expect(page.getByRole("heading", { name: "कोई परिणाम नहीं" })).toBeVisible();
    await expect(page.getByText("वर्तनी जाँच लें")).toBeVisible();
  });

  test("filters and pages keep the words, and a bad page number is explained rather than failing", async ({ page }) => {
    await page.goto("/search?q=बारिश");
    const form = page.getByRole("search", { name: "ख़बरों में खोज" });
    await form.getByText("खंड या तारीख़ से छाँटें").click();
    await form.getByLabel("खंड", { exact: true }).selectOption({ label: "देश" });
    await form.getByRole("button", { name: "खोजें" }).click();
    await expect(page).toHaveURL(/[?&]section=desh/);
    await expect(page.getByRole("searchbox", { name: "क्या खोजना है" })).toHaveValue("बारिश");
    await expect(results(page).locator(".kicker").first()).toHaveText("देश");

    // A Next page cannot set its status; the proxy answers such an address 400 and the page explains it.
    const response = await page.goto("/search?q=बारिश&page=abc&from=notadate");
    expect(response?.status()).toBe(400);
    await expect(page.getByText("पृष्ठ संख्या सही नहीं थी")).toBeVisible();
    await expect(page.getByText("शुरू की तारीख़ सही नहीं थी")).toBeVisible();
    await expect(results(page).getByRole("link").first()).toBeVisible();
  });

  test("the English search page speaks English", async ({ page }) => {
    await page.goto("/en/search?q=Putin");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search: Putin");
    await expect(page.getByText(/^\d+ results?$/)).toBeVisible();
    await page.goto("/en/search?q=qwzxv+jhqpt");
    await expect(page.getByRole("heading", { name: "No results" })).toBeVisible();
  });

  test("search pages ask crawlers not to index them, and their canonical is the result page itself", async ({ page }) => {
    await page.goto("/search?q=बारिश&page=2");
    await expect(page).toHaveTitle(/^खोज: बारिश — पृष्ठ 2 \| ख़बर दर्पण$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!);
    expect(canonical.pathname).toBe("/search");
    expect(Object.fromEntries(canonical.searchParams)).toEqual({ q: "बारिश", page: "2" });
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search and the search page's form work as plain forms", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, "शतरंज");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("खोज: शतरंज");
    await expect(results(page).locator("mark").first()).toBeVisible();
  });
});
