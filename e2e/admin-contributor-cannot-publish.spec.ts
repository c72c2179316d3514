import { expect, test } from "@playwright/test";
import { createSavedArticle, deskOf, openEditor, readerDesk, readerPath, shownVersion, statusBar, takeStep, uniqueHeadline } from "./newsroom";
import { signIn } from "./signIn";

/** The headers that make a POST a call of one particular server action, as the browser sent them. */
const actionHeaders = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];

test.describe("a contributor cannot publish", () => {
  test("not even by posting the workflow action directly with “publish” in place of “submit”", async ({ page, browser }, testInfo) => {
    test.setTimeout(60_000);
    const headline = uniqueHeadline(testInfo, "स्वास्थ्य विभाग ने टीकाकरण अभियान बढ़ाया");
    await signIn(page, "contributor");
    const { id: articleId, version: savedVersion } = await createSavedArticle(page, "स्वास्थ्य", headline, "ज़िले के सभी प्राथमिक केंद्रों पर टीके उपलब्ध रहेंगे।");
    const path = await readerPath(page, "swasthya", articleId);

    // Record the real "submit" call the editor makes.
    const submitCall = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]) && /"transition":"submit"/.test(request.postData() ?? ""));
    await takeStep(page, "समीक्षा के लिए भेजें", "लेख समीक्षा के लिए भेज दिया गया।");
    const submit = await submitCall;
    // The step made a new version; the forged call names it, so that only the role can stand in its way.
    const newVersion = await shownVersion(page);
    expect(newVersion).toBe(savedVersion + 1);

    // Replay it as the same signed-in contributor, asking to publish the version that now stands.
    const sent = await submit.allHeaders();
    const headers = Object.fromEntries(actionHeaders.filter((name) => sent[name]).map((name) => [name, sent[name]!]));
    expect(headers["next-action"]).toBeTruthy();
    const forged = submit
      .postData()!
      .replace('"transition":"submit"', '"transition":"publish"')
      .replace(/"version":\d+/, `"version":${newVersion}`);
    expect(forged).toContain('"transition":"publish"');
    const answer = await page.request.post(submit.url(), { headers, data: forged });
    const answerText = await answer.text();
    expect(answerText).toContain('"ok":false');
    expect(answerText).toContain('"code":"forbidden"');
    expect(answerText).toContain("आप यह लेख प्रकाशित नहीं कर सकते।");
    expect(answerText).not.toContain('"status":"published"');

    // A reader still gets no such page.
    const reader = await readerDesk(browser);
    expect((await reader.page.goto(path))?.status()).toBe(404);
    expect((await reader.page.goto(`/swasthya/${articleId}`))?.status()).toBe(404);

    // An editor still finds it waiting for review.
    const editor = await deskOf(browser, "editor");
    await openEditor(editor.page, articleId);
    await expect(statusBar(editor.page)).toContainText("समीक्षा में");
    await expect(editor.page.getByRole("button", { name: "प्रकाशित करें" })).toBeVisible();

    // The audit log has the submission and no publication of this article.
    const admin = await deskOf(browser, "admin");
    const articleTarget = admin.page.getByRole("main").getByText(new RegExp(`^लेख #${articleId}$`));
    await admin.page.goto("/admin/audit?action=article.submit");
    await expect(articleTarget).toHaveCount(1);
    await admin.page.goto("/admin/audit?action=article.publish");
    await expect(admin.page.getByRole("heading", { level: 1, name: "ऑडिट लॉग" })).toBeVisible();
    await expect(articleTarget).toHaveCount(0);

    for (const desk of [reader, editor, admin]) await desk.context.close();
  });
});
