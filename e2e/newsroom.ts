import { type Browser, type BrowserContext, expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { signIn, type StaffKey } from "./signIn";

/**
 * What the newsroom journeys share: people at their own desks (browser contexts), and the article editor as an
 * editor sees it — found by its Hindi labels, the way a screen reader finds it.
 */

/** A headline no other test, project or earlier run has used: both projects run every journey against one database. */
export function uniqueHeadline(testInfo: TestInfo, words: string): string {
  return `${words} ${testInfo.project.name} ${Date.now()}`;
}

export type Desk = { context: BrowserContext; page: Page };

/** Another person at another desk: a browser of their own, signed in as `who`. */
export async function deskOf(browser: Browser, who: StaffKey): Promise<Desk> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

/** A reader who has never signed in. */
export async function readerDesk(browser: Browser): Promise<Desk> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

export function headlineField(page: Page): Locator {
  return page.getByRole("textbox", { name: "शीर्षक", exact: true });
}

export function bodyField(page: Page): Locator {
  return page.getByRole("textbox", { name: "लेख", exact: true });
}

export function saveButton(page: Page): Locator {
  return page.getByRole("button", { name: "सहेजें", exact: true });
}

/** The editor bar's status badge ("मसौदा", "समीक्षा में", …). */
export function statusBar(page: Page): Locator {
  return page.getByRole("region", { name: "सहेजने और प्रकाशन की स्थिति" });
}

/** Opens an article's editor and waits until it can be typed in (the body editor exists only in the browser). */
export async function openEditor(page: Page, articleId: number): Promise<void> {
  await page.goto(`/admin/articles/${articleId}`);
  await expect(bodyField(page)).toBeVisible();
}

export function articleIdFrom(page: Page): number {
  const match = /\/admin\/articles\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not an article editor: ${page.url()}`);
  return Number(match[1]);
}

/** Starts a new Hindi draft in the section named (in Hindi) and returns its id, with the editor open. */
export async function startArticle(page: Page, sectionName: string): Promise<number> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("खंड").selectOption({ label: sectionName });
  await page.getByRole("button", { name: "लिखना शुरू करें" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(bodyField(page)).toBeVisible();
  return articleIdFrom(page);
}

/** Types a headline and a body into the open editor. */
export async function writeStory(page: Page, headline: string, body: string): Promise<void> {
  await headlineField(page).fill(headline);
  await bodyField(page).click();
  await bodyField(page).fill(body);
  await expect(bodyField(page)).toContainText(body);
}

/** The version the editor bar shows ("संस्करण 3"). */
export async function shownVersion(page: Page): Promise<number> {
  const match = /संस्करण (\d+)/.exec((await statusBar(page).textContent()) ?? "");
  if (!match) throw new Error("the editor bar shows no version");
  return Number(match[1]);
}

/** Saves with the editor's button, waits for the confirmation of the next version and returns its number. */
export async function save(page: Page): Promise<number> {
  const next = (await shownVersion(page)) + 1;
  await saveButton(page).click();
  await expect(page.getByRole("status").filter({ hasText: `सहेज दिया गया — संस्करण ${next},` })).toBeVisible();
  await expect(statusBar(page)).toContainText(`संस्करण ${next}`);
  return next;
}

/** A new draft with headline and body, saved once; the editor stays open. Returns the id and the saved version. */
export async function createSavedArticle(page: Page, sectionName: string, headline: string, body: string): Promise<{ id: number; version: number }> {
  const id = await startArticle(page, sectionName);
  await writeStory(page, headline, body);
  return { id, version: await save(page) };
}

/** Takes a workflow step with its button and waits for the editor to confirm it. */
export async function takeStep(page: Page, button: string, done: string | RegExp): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

/** The slug field's value: with the section's slug and the id it makes the article's reader URL. */
export async function readerPath(page: Page, sectionSlug: string, articleId: number): Promise<string> {
  const slug = await page.getByRole("textbox", { name: "स्लग", exact: true }).inputValue();
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  return `/${sectionSlug}/${slug}-${articleId}`;
}
