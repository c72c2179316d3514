import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./signIn";
import { staff } from "./staff";

/**
 * One login attempt, finished: the form's answer has come back and the form is ready again. The same refusal
 * reads the same every time, so waiting for its text would not tell one attempt from the next, and React resets
 * the form when its action ends, which would empty a password typed before that.
 */
async function attemptLogin(page: Page, email: string, password: string): Promise<void> {
  const submitButton = page.getByRole("button", { name: "लॉग इन करें" });
  await expect(submitButton).toBeEnabled();
  await page.getByLabel("ईमेल").fill(email);
  await page.getByLabel("पासवर्ड").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/admin/login");
  await submitButton.click();
  await answered;
  await expect(submitButton).toBeEnabled();
  await expect(page.getByLabel("पासवर्ड")).toHaveValue("");
}

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
      await attemptLogin(page, account.email, `wrong-password-${attempt}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("ईमेल या पासवर्ड सही नहीं है।");
    }
    await attemptLogin(page, account.email, "wrong-password-5");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^बहुत अधिक असफल प्रयास हुए। 1[45] मिनट बाद फिर कोशिश करें।$/);

    await attemptLogin(page, account.email, account.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^बहुत अधिक असफल प्रयास हुए।/);
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
