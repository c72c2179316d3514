import { expect, test } from "@playwright/test";
import { createSavedArticle, readerDesk, statusBar, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

const istOffsetMs = 5.5 * 60 * 60 * 1000;

/** A moment as a `datetime-local` value in IST (India has no daylight saving time), to the second. */
function istInputValue(at: Date): string {
  return new Date(at.getTime() + istOffsetMs).toISOString().slice(0, 19);
}

test.describe("scheduled publishing", () => {
  test("a story scheduled 15 seconds ahead reaches its section front on time, with nobody in the newsroom", async ({ page, browser }, testInfo) => {
    test.setTimeout(75_000);
    const headline = uniqueHeadline(testInfo, "फ़िल्म महोत्सव का उद्घाटन आज शाम");
    await signIn(page, "editor");
    const { id: articleId } = await createSavedArticle(page, "मनोरंजन", headline, "महोत्सव में बीस देशों की फ़िल्में दिखाई जाएँगी।");

    const goesLive = new Date(Date.now() + 15_000);
    await page.getByLabel("प्रकाशन का समय (IST)").fill(istInputValue(goesLive));
    await page.getByRole("button", { name: "प्रकाशन का समय तय करें" }).click();
    await expect(page.getByRole("status").filter({ hasText: "पर अपने-आप प्रकाशित हो जाएगा।" })).toBeVisible();
    await expect(statusBar(page)).toContainText("निर्धारित");
    // Nobody stays in the newsroom: the server's own timer has to do it.
    await page.context().close();

    const reader = await readerDesk(browser);
    const story = reader.page.getByRole("link", { name: headline });
    await reader.page.goto("/manoranjan");
    expect(Date.now()).toBeLessThan(goesLive.getTime());
    await expect(story).toHaveCount(0);
    expect((await reader.page.request.get(`/manoranjan/${articleId}`, { maxRedirects: 0 })).status()).toBe(404);

    await expect(async () => {
      await reader.page.goto("/manoranjan");
      await expect(story.first()).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 45_000, intervals: [1_000] });
    const seenAfterMs = Date.now() - goesLive.getTime();
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThan(30_000);

    await story.first().click();
    await expect(reader.page).toHaveURL(new RegExp(`/manoranjan/[a-z0-9-]+-${articleId}$`));
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(headline);
    await reader.context.close();
  });
});
