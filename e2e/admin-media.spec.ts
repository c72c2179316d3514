import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { createSavedArticle, readerDesk, readerPath, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

/** A small JPEG of one random colour: every run uploads bytes of its own. */
async function randomJpeg(): Promise<Buffer> {
  const channel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 320, height: 200, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .toBuffer();
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const input = page.getByLabel("तस्वीरें चुनें (एक या कई)");
  // Enabled once the page's script runs: a file chosen before that would not reach the form.
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
  await expect(page.getByText(file.name)).toBeVisible();
}

function uploadButton(page: Page) {
  return page.getByRole("button", { name: /^\d+ तस्वीर अपलोड करें$/ });
}

test.describe("the media library", () => {
  test("an image needs alt text and real image bytes; uploaded, it becomes a story's hero image with that alt text", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000);
    const alt = uniqueHeadline(testInfo, "संसद भवन के बाहर तिरंगा लहराता हुआ");
    await signIn(page, "editor");
    await page.goto("/admin/media");
    const altField = page.getByRole("textbox", { name: "वैकल्पिक पाठ (alt) — ज़रूरी" });

    // Without alt text the server refuses it and says why.
    await chooseFile(page, { name: "tiranga.jpg", mimeType: "image/jpeg", buffer: await randomJpeg() });
    await uploadButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "वैकल्पिक पाठ लिखना ज़रूरी है: बताइए कि तस्वीर में क्या दिखता है।" })).toBeVisible();

    // With it, the upload goes through and the library shows it.
    await altField.fill(alt);
    await uploadButton(page).click();
    await expect(page.getByRole("status").filter({ hasText: "अपलोड हो गई।" })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(alt) })).toBeVisible();
    await page.getByRole("button", { name: "सूची से हटाएँ" }).click();

    // A text file named .jpg is judged by its bytes, not its name.
    await chooseFile(page, { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("यह तस्वीर नहीं, एक पाठ फ़ाइल है।\n") });
    await altField.fill("एक पाठ फ़ाइल");
    await uploadButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "यह JPEG, PNG, WebP या AVIF तस्वीर नहीं है।" })).toBeVisible();

    // The picture becomes a story's hero image.
    const headline = uniqueHeadline(testInfo, "संसद का शीतकालीन सत्र शुरू");
    const { id: articleId } = await createSavedArticle(page, "राजनीति", headline, "पहले दिन दोनों सदनों में कई विधेयक पेश किए गए।");
    const hero = page.getByRole("group", { name: "मुख्य चित्र" });
    await hero.getByRole("button", { name: "तस्वीर चुनें" }).click();
    const picker = page.getByRole("dialog", { name: "मुख्य चित्र: तस्वीर चुनें" });
    await picker.getByRole("searchbox", { name: "वैकल्पिक पाठ या कैप्शन में खोजें" }).fill(alt);
    await picker.getByRole("button", { name: "खोजें" }).click();
    await picker.getByRole("button", { name: alt }).click();
    await expect(picker).toBeHidden();
    await expect(hero).toContainText(alt);
    await takeStep(page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    const path = await readerPath(page, "rajniti", articleId);

    const reader = await readerDesk(browser);
    await reader.page.goto(path);
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(headline);
    const picture = reader.page.locator(".hero-figure").getByRole("img", { name: alt });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveJSProperty("complete", true);
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await reader.context.close();
  });
});
