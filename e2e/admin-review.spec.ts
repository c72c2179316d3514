import { expect, test } from "@playwright/test";
import { articleIdFrom, bodyField, deskOf, headlineField, readerDesk, save, statusBar, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

test.describe("from a contributor's draft to the reader", () => {
  test("a contributor writes and submits, an editor publishes from the review queue, a reader sees it at once", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000);
    const headline = uniqueHeadline(testInfo, "शिक्षा बोर्ड ने परीक्षा की नई तारीख़ें घोषित कीं");
    const body = "राज्य शिक्षा बोर्ड ने दसवीं और बारहवीं की परीक्षाओं का नया कार्यक्रम जारी किया।";

    // The contributor starts a story from the article list.
    await signIn(page, "contributor");
    await page.getByRole("main").getByRole("link", { name: "नया लेख" }).click();
    await page.getByLabel("खंड").selectOption({ label: "शिक्षा" });
    await page.getByRole("button", { name: "लिखना शुरू करें" }).click();
    await expect(bodyField(page)).toBeVisible();
    const articleId = articleIdFrom(page);
    await headlineField(page).fill(headline);
    await bodyField(page).click();
    await bodyField(page).fill(body);
    await save(page);

    await takeStep(page, "समीक्षा के लिए भेजें", "लेख समीक्षा के लिए भेज दिया गया।");
    await expect(statusBar(page)).toContainText("समीक्षा में");
    // A contributor never gets a way to publish, not even after reloading the page.
    for (const reload of [false, true]) {
      if (reload) {
        await page.reload();
        await expect(bodyField(page)).toBeVisible();
      }
      await expect(page.getByRole("button", { name: "प्रकाशित करें" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "प्रकाशन का समय तय करें" })).toHaveCount(0);
      await expect(page.getByText("इस स्थिति में आप इस लेख पर कोई अगला कदम नहीं उठा सकते।")).toBeVisible();
    }
    await page.context().close();

    // The editor finds it in the review queue.
    const editor = await deskOf(browser, "editor");
    await editor.page.getByLabel("स्थिति").selectOption({ label: "समीक्षा में" });
    await editor.page.getByRole("button", { name: "छाँटें" }).click();
    await expect(editor.page).toHaveURL(/[?&]status=in_review/);
    const row = editor.page.getByRole("row").filter({ has: editor.page.getByRole("link", { name: headline }) });
    await expect(row).toContainText("समीक्षा में");
    await expect(editor.page.getByRole("table")).not.toContainText("मसौदा");
    await row.getByRole("link", { name: headline }).click();
    await expect(editor.page).toHaveURL(new RegExp(`/admin/articles/${articleId}$`));
    await expect(bodyField(editor.page)).toBeVisible();
    await expect(headlineField(editor.page)).toHaveValue(headline);
    await takeStep(editor.page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    await expect(statusBar(editor.page)).toContainText("प्रकाशित");

    // A reader who has never signed in sees it on the first load of the home page and of the section front.
    const reader = await readerDesk(browser);
    await reader.page.goto("/");
    await expect(reader.page.getByRole("link", { name: headline }).first()).toBeVisible({ timeout: 2_000 });
    await reader.page.goto("/shiksha");
    const story = reader.page.getByRole("link", { name: headline }).first();
    await expect(story).toBeVisible({ timeout: 2_000 });
    await story.click();
    await expect(reader.page).toHaveURL(new RegExp(`/shiksha/[a-z0-9-]+-${articleId}$`));
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(reader.page.locator(".article-body")).toContainText(body);
    const response = await reader.page.request.get(reader.page.url());
    expect(response.status()).toBe(200);

    await editor.context.close();
    await reader.context.close();
  });
});
