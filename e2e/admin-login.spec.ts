import { expect, test } from "@playwright/test";
import { signIn } from "./signIn";
import { staff } from "./staff";

test.describe("signing in to the newsroom", () => {
  test("the newsroom asks for a login and returns to the page that was asked for", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fusers$/);
    await page.getByLabel("ईमेल").fill(staff.admin.email);
    await page.getByLabel("पासवर्ड").fill(staff.admin.password);
    await page.getByRole("button", { name: "लॉग इन करें" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
  });

  test("an account is locked after 5 wrong passwords, and the right one is refused until the lock ends", async ({ page }, testInfo) => {
    // Each project locks its own account, so desktop and phone runs do not share a lock.
    const account = testInfo.project.name === "desktop" ? staff.lockedOnDesktop : staff.lockedOnPhone;
    await page.goto("/admin/login");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.getByLabel("ईमेल").fill(account.email);
      await page.getByLabel("पासवर्ड").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "लॉग इन करें" }).click();
      await expect(page.getByText("ईमेल या पासवर्ड सही नहीं है।")).toBeVisible();
    }
    await page.getByLabel("ईमेल").fill(account.email);
    await page.getByLabel("पासवर्ड").fill("wrong-password-5");
    await page.getByRole("button", { name: "लॉग इन करें" }).click();
    await expect(page.getByText(/बहुत अधिक असफल प्रयास हुए। \d+ मिनट बाद फिर कोशिश करें।/)).toBeVisible();

    await page.getByLabel("ईमेल").fill(account.email);
    await page.getByLabel("पासवर्ड").fill(account.password);
    await page.getByRole("button", { name: "लॉग इन करें" }).click();
    await expect(page.getByText(/बहुत अधिक असफल प्रयास हुए/)).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/login/);
  });

  test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("ईमेल").fill("nobody@e2e.test");
    await page.getByLabel("पासवर्ड").fill("some-password-1");
    await page.getByRole("button", { name: "लॉग इन करें" }).click();
    await expect(page.getByText("ईमेल या पासवर्ड सही नहीं है।")).toBeVisible();
  });

  test("logging out ends the session", async ({ page }) => {
    await signIn(page, "admin");
    await page.getByRole("button", { name: "लॉग आउट" }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login/);
  });
});
