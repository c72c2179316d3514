import { expect, type Page } from "@playwright/test";
import { staff } from "./staff";

export type StaffKey = keyof typeof staff;

/** Signs in through the real login form and waits for the newsroom. */
export async function signIn(page: Page, who: StaffKey): Promise<void> {
  const account = staff[who];
  await page.goto("/admin/login");
  await page.getByLabel("ईमेल").fill(account.email);
  await page.getByLabel("पासवर्ड").fill(account.password);
  await page.getByRole("button", { name: "लॉग इन करें" }).click();
  await expect(page).toHaveURL(/\/admin\/?$/);
}
