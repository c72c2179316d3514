import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Locator, type Page, type Request, test, type TestInfo } from "@playwright/test";
import { headlineField, statusBar } from "./newsroom";
import { signIn } from "./signIn";

/** The shared wire corpus, read where it lies; its index says what a correct parse of each file finds. */
const corpus = fileURLToPath(new URL("../../shared/corpus/wire/", import.meta.url));
const index: { file: string; headline: string; paragraph_count: number }[] = JSON.parse(fs.readFileSync(path.join(corpus, "index.json"), "utf8"));

function expected(file: string) {
  const entry = index.find((candidate) => candidate.file === file)!;
  return { headline: entry.headline.normalize("NFC"), paragraphs: entry.paragraph_count };
}

/**
 * Both projects run against one database, and a copy imports only once: each project uploads copies of its own,
 * from its own section of the corpus.
 */
const copiesFor = {
  desktop: { section: "मनोरंजन", imported: ["19-film-ret-ke-nishan.txt", "20-lok-sangeet-mahotsav.txt"], previewed: "21-web-series-dhool-aur-dhoop.txt", contributor: "25-swasthya-shivir.txt" },
  pixel7: { section: "टेक्नोलॉजी", imported: ["22-isro-bhudrishti-2.txt", "23-5g-gaon.txt"], previewed: "24-krishi-chatbot.txt", contributor: "26-dengue-advisory.txt" },
};

function copies(testInfo: TestInfo) {
  return copiesFor[testInfo.project.name as keyof typeof copiesFor];
}

/** A retry finds the copies of the failed attempt already in; the first attempt must import them. */
function importedState(testInfo: TestInfo): string | RegExp {
  return testInfo.retry === 0 ? "आयात हुआ" : /आयात हुआ|पहले से आयात/;
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const input = page.getByLabel("वायर कॉपी की फ़ाइलें (एक या कई)");
  // Enabled once the page's script runs: files chosen before that would never be sent.
  await expect(input).toBeEnabled();
  await input.setInputFiles(paths);
  await expect(page.getByText(paths.length === 1 ? "1 फ़ाइल चुनी गई" : `${paths.length} फ़ाइलें चुनी गईं`)).toBeVisible();
}

function resultRow(page: Page, file: string): Locator {
  return page.locator(".wire-table tbody tr").filter({ hasText: file });
}

/** The headers that make a POST a call of one particular server action, as the browser sent them. */
const actionHeaders = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];

test.describe("importing wire copy in the newsroom", () => {
  test("an editor uploads two copies and a binary file: two stories in, one refused with its reason; a copy sent again is already in", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const { section, imported } = copies(testInfo);
    const [first, second] = imported.map((file) => path.join(corpus, file)) as [string, string];
    // A file that only pretends to be text, made for this run and never part of the project.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "wire-e2e-"));
    const binary = path.join(folder, `scan-${testInfo.project.name}.txt`);
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));

    await signIn(page, "editor");
    await page.getByRole("link", { name: "वायर आयात" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "वायर कॉपी आयात" })).toBeVisible();
    await chooseFiles(page, [first, binary, second]);
    await page.getByLabel("खंड").selectOption({ label: section });
    await expect(page.getByLabel("आयात के बाद स्थिति")).toHaveValue("draft");
    await page.getByRole("button", { name: "आयात करें", exact: true }).click();

    await expect(page.getByRole("status").filter({ hasText: "3 / 3 फ़ाइलें" })).toBeVisible();
    if (testInfo.retry === 0) await expect(page.getByText("आयात हुईं: 2 · पहले से आयात: 0 · विफल: 1")).toBeVisible();
    for (const file of imported) {
      const row = resultRow(page, file);
      await expect(row).toContainText(importedState(testInfo));
      await expect(row).toContainText(expected(file).headline);
      await expect(row.getByRole("link", { name: "संपादक में खोलें" })).toBeVisible();
    }
    const refused = resultRow(page, path.basename(binary));
    await expect(refused).toContainText("विफल");
    await expect(refused).toContainText("यह पाठ फ़ाइल नहीं, बाइनरी फ़ाइल है (बाइट 8 पर)।");
    await expect(refused.getByRole("link")).toHaveCount(0);

    // The same copy again: no second story, a link to the first.
    await chooseFiles(page, [first]);
    await page.getByRole("button", { name: "आयात करें", exact: true }).click();
    await expect(page.getByText("आयात हुईं: 0 · पहले से आयात: 1 · विफल: 0")).toBeVisible();
    const again = resultRow(page, imported[0]!);
    await expect(again).toContainText("पहले से आयात");

    // It opens in the editor as the draft it was imported as.
    await again.getByRole("link", { name: "संपादक में खोलें" }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
    await expect(headlineField(page)).toHaveValue(expected(imported[0]!).headline);
    await expect(statusBar(page)).toContainText("मसौदा");
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a preview shows what the importer read and saves nothing until the editor imports for real", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const { section, previewed } = copies(testInfo);
    const { headline, paragraphs } = expected(previewed);
    await signIn(page, "editor");
    await page.goto("/admin/import");
    await chooseFiles(page, [path.join(corpus, previewed)]);
    await page.getByLabel("खंड").selectOption({ label: section });
    await page.getByLabel("पहले पूर्वावलोकन देखें (अभी कुछ सहेजा नहीं जाएगा)").check();
    await page.getByRole("button", { name: "पूर्वावलोकन देखें", exact: true }).click();

    await expect(page.getByRole("heading", { name: "पूर्वावलोकन — अभी कुछ सहेजा नहीं गया" })).toBeVisible();
    const row = resultRow(page, previewed);
    if (testInfo.retry === 0) {
      await expect(row).toContainText("पूर्वावलोकन");
      await expect(row.getByRole("link")).toHaveCount(0);
    }
    await expect(row).toContainText(headline);
    await expect(row.locator("td").nth(5)).toHaveText(String(paragraphs));

    if (testInfo.retry === 0) {
      await page.getByRole("button", { name: "अब आयात करें" }).click();
      await expect(page.getByRole("heading", { name: "आयात का नतीजा" })).toBeVisible();
      await expect(row).toContainText("आयात हुआ");
      await expect(row.getByRole("link", { name: "संपादक में खोलें" })).toBeVisible();
    }
  });

  test("a contributor cannot import as published, not even by posting the upload by hand", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const file = copies(testInfo).contributor;
    await signIn(page, "contributor");
    await page.goto("/admin/import");
    await expect(page.getByLabel("आयात के बाद स्थिति").locator("option")).toHaveText(["मसौदा", "समीक्षा के लिए"]);
    await chooseFiles(page, [path.join(corpus, file)]);

    // Keep the real upload from reaching the server, as someone with the contributor's session would, to rewrite it.
    let held: Request | undefined;
    await page.route("**/admin/import", async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
        held = route.request();
        await route.abort();
      } else await route.continue();
    });
    await page.getByRole("button", { name: "आयात करें", exact: true }).click();
    // A lost request says so and keeps the chosen file for another try.
    await expect(page.getByRole("alert").filter({ hasText: "अनुरोध सर्वर तक नहीं पहुँचा" })).toBeVisible();
    await page.unroute("**/admin/import");
    expect(held).toBeDefined();

    // The same upload, asking for "published".
    const sent = await held!.allHeaders();
    const headers = Object.fromEntries(actionHeaders.filter((name) => sent[name]).map((name) => [name, sent[name]!]));
    expect(headers["next-action"]).toBeTruthy();
    const body = held!.postDataBuffer()!.toString("latin1");
    const forged = body.replace(/(name="[^"]*status"\r\n\r\n)draft\r\n/, "$1published\r\n");
    expect(forged).not.toBe(body);
    const answer = await page.request.post(held!.url(), { headers, data: Buffer.from(forged, "latin1") });
    const answerText = await answer.text();
    expect(answerText).toContain('"ok":false');
    expect(answerText).toContain('"code":"forbidden"');
    expect(answerText).toContain("आप आयात की गई ख़बरें सीधे प्रकाशित नहीं कर सकते।");

    // Nothing went in: the form, tried again as it stands, imports the copy now — as a draft.
    await page.getByRole("button", { name: "आयात करें", exact: true }).click();
    const row = resultRow(page, file);
    await expect(row).toContainText(importedState(testInfo));
    await row.getByRole("link", { name: "संपादक में खोलें" }).click();
    await expect(statusBar(page)).toContainText("मसौदा");
  });
});
