import { expect, test } from "@playwright/test";
import { createSavedArticle, deskOf, headlineField, openEditor, save, saveButton, statusBar, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";
import { staff } from "./staff";

test.describe("two editors on one article", () => {
  test("the stale save gets the conflict message with nothing lost, and keeping one's own version is an explicit choice", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000);
    const original = uniqueHeadline(testInfo, "बाज़ार में तेज़ी, सेंसेक्स नई ऊँचाई पर");
    const theirs = `${original} — मोहन का संस्करण`;
    const mine = `${original} — सविता का संस्करण`;

    // The first editor writes the story and keeps it open.
    await signIn(page, "editor");
    const { id: articleId, version: first } = await createSavedArticle(page, "व्यापार", original, "निवेशकों ने बैंकिंग शेयरों में जमकर ख़रीदारी की।");

    // The second editor opens it, is told who has it, and takes it over.
    const second = await deskOf(browser, "secondEditor");
    await openEditor(second.page, articleId);
    await expect(second.page.getByText(`${staff.editor.name} इसे अभी संपादित कर रहे हैं`)).toBeVisible();
    await expect(headlineField(second.page)).not.toBeEditable();
    await expect(saveButton(second.page)).toBeDisabled();
    // With nothing typed yet, taking over reloads the article, which may have been saved since it was opened.
    const reloaded = second.page.waitForEvent("load");
    await second.page.getByRole("button", { name: "संपादन अपने हाथ में लें" }).click();
    await reloaded;
    await expect(headlineField(second.page)).toBeEditable();
    await expect(second.page.getByText("इसे अभी संपादित कर रहे हैं")).toHaveCount(0);
    await headlineField(second.page).fill(theirs);
    const theirVersion = await save(second.page);
    expect(theirVersion).toBe(first + 1);

    // The first editor, still on the first version, types their own change; their screen learns who has the story now.
    await headlineField(page).fill(mine);
    await expect(page.getByText(`${staff.secondEditor.name} इसे अभी संपादित कर रहे हैं`)).toBeVisible({ timeout: 15_000 });
    await expect(headlineField(page)).toHaveValue(mine);
    await page.getByRole("button", { name: "संपादन अपने हाथ में लें" }).click();
    await expect(headlineField(page)).toBeEditable();
    await expect(headlineField(page)).toHaveValue(mine);

    // Saving over their version is refused, in Hindi, and offers the newer text beside theirs.
    await saveButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: `यह लेख आपके खोलने के बाद ${staff.secondEditor.name} ने` })).toContainText(
      "आपका लिखा हुआ सुरक्षित है",
    );
    const choice = page.getByRole("region", { name: "दो संस्करण: तय करें" });
    await expect(choice.getByRole("region", { name: "आपका संस्करण (सहेजा नहीं गया)" })).toContainText(mine);
    await expect(choice.getByRole("region", { name: new RegExp(`^सहेजा हुआ संस्करण ${theirVersion} — ${staff.secondEditor.name}`) })).toContainText(theirs);
    await expect(headlineField(page)).toHaveValue(mine);

    await choice.getByRole("button", { name: "मेरा संस्करण रखें और उसके ऊपर सहेजें" }).click();
    await expect(page.getByRole("status").filter({ hasText: `सहेज दिया गया — संस्करण ${theirVersion + 1},` })).toBeVisible();
    await expect(choice).toHaveCount(0);
    await expect(headlineField(page)).toHaveValue(mine);
    await expect(headlineField(page)).toBeEditable();

    // The revisions list both saves, each with its editor's name.
    await page.getByRole("link", { name: /^संशोधन \(\d+\)$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`संशोधन: ${mine}`);
    const revision = (version: number) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: new RegExp(`^${version}( \\(मौजूदा\\))?$`) }) });
    await expect(revision(first)).toContainText(staff.editor.name);
    await expect(revision(theirVersion)).toContainText(staff.secondEditor.name);
    await expect(revision(theirVersion + 1)).toContainText(staff.editor.name);
    await expect(revision(theirVersion + 1)).toContainText("मौजूदा");
    await expect(page.getByRole("row")).toHaveCount(4);

    await second.context.close();
  });
});

test.describe("unsaved work", () => {
  test("is offered back on reopening the article, and Ctrl+S while the offer stands does not throw it away", async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const saved = uniqueHeadline(testInfo, "रेल बजट में नई गाड़ियों की घोषणा");
    const unsaved = `${saved} — अधूरा बदलाव`;
    await signIn(page, "editor");
    const { id: articleId, version } = await createSavedArticle(page, "व्यापार", saved, "रेल मंत्री ने बीस नई गाड़ियों की घोषणा की।");

    await headlineField(page).fill(unsaved);
    await expect(page.getByText(/^अपने-आप सहेजा:/)).toBeVisible({ timeout: 10_000 });
    await openEditor(page, articleId);
    const offer = page.getByRole("alert").filter({ hasText: "आपके कुछ बदलाव सहेजे नहीं गए थे" });
    await expect(offer).toBeVisible();
    await expect(headlineField(page)).toHaveValue(saved);

    await page.keyboard.press("Control+s");
    // Nothing may happen; a save, had it started, would have landed well within this second.
    await page.waitForTimeout(1_000);
    await expect(page.getByText("सहेज दिया गया")).toHaveCount(0);
    await openEditor(page, articleId);
    await expect(offer).toBeVisible();
    await expect(statusBar(page)).toContainText(`संस्करण ${version}`);

    await offer.getByRole("button", { name: "बिना सहेजे बदलाव वापस लाएँ" }).click();
    await expect(headlineField(page)).toHaveValue(unsaved);
    expect(await save(page)).toBe(version + 1);
    await openEditor(page, articleId);
    await expect(headlineField(page)).toHaveValue(unsaved);
    await expect(offer).toHaveCount(0);
  });
});
