import { expect, test } from "@playwright/test";
import { bodyField, createSavedArticle, headlineField, readerDesk, readerPath, save, statusBar, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";
import { staff } from "./staff";

test.describe("revisions", () => {
  test("restoring the first revision of a published story brings its headline back in the editor and on the site, and keeps every version", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000);
    const first = uniqueHeadline(testInfo, "नई सेमीकंडक्टर इकाई को मंज़ूरी");
    const second = `${first}: दूसरा शीर्षक`;
    await signIn(page, "editor");
    const { id: articleId, version: firstSave } = await createSavedArticle(page, "टेक्नोलॉजी", first, "केंद्र सरकार ने गुजरात में चिप निर्माण इकाई को मंज़ूरी दी।");
    await takeStep(page, "प्रकाशित करें", "लेख प्रकाशित हो गया। पाठक इसे अभी देख सकते हैं।");
    const path = await readerPath(page, "technology", articleId);

    await headlineField(page).fill(second);
    const secondSave = await save(page);
    const published = secondSave - 1;
    expect(published).toBe(firstSave + 1);

    const reader = await readerDesk(browser);
    await reader.page.goto(path);
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(second);

    await page.getByRole("link", { name: /^संशोधन \(3\)$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`संशोधन: ${second}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `संस्करण ${firstSave} वापस लाएँ` }).click();

    await expect(page).toHaveURL(new RegExp(`/admin/articles/${articleId}$`));
    await expect(bodyField(page)).toBeVisible();
    await expect(headlineField(page)).toHaveValue(first);
    await expect(statusBar(page)).toContainText(`संस्करण ${secondSave + 1}`);
    await expect(statusBar(page)).toContainText("प्रकाशित");

    await reader.page.goto(path);
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(first);

    await page.getByRole("link", { name: /^संशोधन \(4\)$/ }).click();
    const revision = (version: number) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: new RegExp(`^${version}( \\(मौजूदा\\))?$`) }) });
    const restored = secondSave + 1;
    await expect(revision(firstSave)).toContainText("सहेजा");
    await expect(revision(published)).toContainText("प्रकाशित");
    await expect(revision(secondSave)).toContainText("सहेजा");
    await expect(revision(restored)).toContainText("पुनर्स्थापित");
    await expect(revision(restored)).toContainText("मौजूदा");
    for (const version of [firstSave, published, secondSave, restored]) await expect(revision(version)).toContainText(staff.editor.name);
    await expect(page.getByRole("row")).toHaveCount(5);

    await reader.context.close();
  });
});
