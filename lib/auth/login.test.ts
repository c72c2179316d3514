import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/db/queries/audit";
import { getUserById, updateUserAccess } from "@/db/queries/users";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { addressRule, attemptLogin, safeNextPath } from "./login";
import { createUser } from "./newUser";

setUpTemporaryDatabase({ demoContent: false });
const password = "sahi-password-123";
const minutes = (n: number) => n * 60 * 1000;
let accounts = 0;
let addresses = 0;

/** Each test gets its own account and client address, so that one test's failures never lock another's. */
async function newAccount() {
  accounts += 1;
  const email = `reporter${accounts}@example.com`;
  const id = await createUser({ email, password, name: `संवाददाता ${accounts}`, role: "author" });
  return { id, email };
}

function newAddress(): string {
  addresses += 1;
  return `203.0.113.${addresses}`;
}

async function failFiveTimes(email: string, now: Date) {
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await attemptLogin({ email, password: `galat-${i}`, address: newAddress(), now }));
  return answers;
}

describe("signing in", () => {
  it("lets a reporter in with the right password, whatever the case and spacing of the email", async () => {
    const { id, email } = await newAccount();
    const decision = await attemptLogin({ email: `  ${email.toUpperCase()} `, password, address: newAddress() });
    expect(decision).toEqual({ ok: true, userId: id });
    const [event] = await listAuditEvents({ action: "login", limit: 1 });
    expect(event?.userId).toBe(id);
  });

  it("refuses a wrong password with the same answer as an email that has no account", async () => {
    const { email } = await newAccount();
    const wrongPassword = await attemptLogin({ email, password: "galat-password", address: newAddress() });
    const unknownEmail = await attemptLogin({ email: "koi-nahin@example.com", password: "galat-password", address: newAddress() });
    expect(wrongPassword).toEqual({ ok: false, reason: "wrongCredentials" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses a disabled account's right password with the same answer as a wrong one", async () => {
    const { id, email } = await newAccount();
    await updateUserAccess(id, { disabled: true });
    expect(await attemptLogin({ email, password, address: newAddress() })).toEqual({ ok: false, reason: "wrongCredentials" });
  });

  it("answers input that is not an email and a password, or an absurdly long password, as invalid", async () => {
    expect(await attemptLogin({ email: "not an email", password, address: newAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin({ email: "a@example.com", password: "x".repeat(1025), address: newAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin({ email: undefined, password: null, address: newAddress() })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("locking an account after 5 wrong passwords", () => {
  it("locks on the fifth wrong password for 15 minutes and then refuses even the right one", async () => {
    const { email } = await newAccount();
    const now = new Date();
    const answers = await failFiveTimes(email, now);
    expect(answers.slice(0, 4).every((a) => !a.ok && a.reason === "wrongCredentials")).toBe(true);
    expect(answers[4]).toEqual({ ok: false, reason: "tooManyAttempts", retryAfterMs: minutes(15) });
    const later = new Date(now.getTime() + minutes(10));
    expect(await attemptLogin({ email, password, address: newAddress(), now: later })).toEqual({
      ok: false,
      reason: "tooManyAttempts",
      retryAfterMs: minutes(5),
    });
  });

  it("lets the right password in again once the 15 minutes are over", async () => {
    const { id, email } = await newAccount();
    const now = new Date();
    await failFiveTimes(email, now);
    const afterLock = new Date(now.getTime() + minutes(15) + 1000);
    expect(await attemptLogin({ email, password, address: newAddress(), now: afterLock })).toEqual({ ok: true, userId: id });
    expect((await getUserById(id))?.failedLogins).toBe(0);
  });

  it("starts counting afresh after a lock has run out, instead of locking again at the next mistake", async () => {
    const { email } = await newAccount();
    const now = new Date();
    await failFiveTimes(email, now);
    const afterLock = new Date(now.getTime() + minutes(16));
    expect(await attemptLogin({ email, password: "phir-galat", address: newAddress(), now: afterLock })).toEqual({ ok: false, reason: "wrongCredentials" });
  });

  it("still locks the account when 100 wrong passwords arrive at once", async () => {
    const { id, email } = await newAccount();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attemptLogin({ email, password: `andaza-${i}`, address: newAddress() })),
    );
    expect(answers.some((a) => a.ok)).toBe(false);
    const user = await getUserById(id);
    expect(user?.failedLogins).toBeGreaterThanOrEqual(5);
    expect(user?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await attemptLogin({ email, password, address: newAddress() })).toMatchObject({ ok: false, reason: "tooManyAttempts" });
  });

  it("refuses the right password that arrives in the middle of a burst of wrong ones", async () => {
    const { email } = await newAccount();
    const attempts = Array.from({ length: 40 }, (_, i) => ({ email, password: i === 39 ? password : `andaza-${i}`, address: newAddress() }));
    const answers = await Promise.all(attempts.map((attempt) => attemptLogin(attempt)));
    expect(answers.some((a) => a.ok)).toBe(false);
  });

  it("forgets earlier mistakes after a successful login", async () => {
    const { id, email } = await newAccount();
    for (let i = 0; i < 4; i++) await attemptLogin({ email, password: `galat-${i}`, address: newAddress() });
    expect(await attemptLogin({ email, password, address: newAddress() })).toEqual({ ok: true, userId: id });
    expect((await getUserById(id))?.failedLogins).toBe(0);
    for (let i = 0; i < 4; i++) {
      expect(await attemptLogin({ email, password: `galat-${i}`, address: newAddress() })).toEqual({ ok: false, reason: "wrongCredentials" });
    }
  });

  it("locks an email that has no account exactly like one that has, so the lock tells nothing", async () => {
    const { email } = await newAccount();
    const now = new Date();
    const known = await failFiveTimes(email, now);
    const unknown = await failFiveTimes("kabhi-nahin-bana@example.com", now);
    expect(unknown).toEqual(known);
    const later = new Date(now.getTime() + minutes(1));
    const knownAfter = await attemptLogin({ email, password: "x".repeat(12), address: newAddress(), now: later });
    const unknownAfter = await attemptLogin({ email: "kabhi-nahin-bana@example.com", password: "x".repeat(12), address: newAddress(), now: later });
    expect(unknownAfter).toEqual(knownAfter);
  });

  it("records the lock in the audit log once, with the failures before it", async () => {
    const { id, email } = await newAccount();
    await failFiveTimes(email, new Date());
    const locks = (await listAuditEvents({ action: "login.locked", limit: 50 })).filter((e) => e.userId === id);
    const failures = (await listAuditEvents({ action: "login.failed", limit: 500 })).filter((e) => e.userId === id);
    expect(locks).toHaveLength(1);
    expect(failures).toHaveLength(5);
  });
});

describe("throttling one address across accounts", () => {
  it(`refuses an address after ${addressRule.limit} failures on different accounts, even with a right password`, async () => {
    const address = newAddress();
    const now = new Date();
    for (let i = 0; i < addressRule.limit - 1; i++) {
      expect(await attemptLogin({ email: `koshish${i}@example.com`, password: "galat-password", address, now })).toEqual({ ok: false, reason: "wrongCredentials" });
    }
    expect(await attemptLogin({ email: "aakhri@example.com", password: "galat-password", address, now })).toEqual({
      ok: false,
      reason: "tooManyAttempts",
      retryAfterMs: minutes(15),
    });
    const { id, email } = await newAccount();
    expect(await attemptLogin({ email, password, address, now })).toMatchObject({ ok: false, reason: "tooManyAttempts" });
    expect(await attemptLogin({ email, password, address: newAddress(), now })).toEqual({ ok: true, userId: id });
    const afterWindow = new Date(now.getTime() + minutes(15) + 1000);
    expect(await attemptLogin({ email, password, address, now: afterWindow })).toEqual({ ok: true, userId: id });
  });

  it("forgets an address's failures that are older than 15 minutes", async () => {
    const address = newAddress();
    const start = new Date();
    for (let i = 0; i < addressRule.limit - 1; i++) await attemptLogin({ email: `purana${i}@example.com`, password: "galat-password", address, now: start });
    const later = new Date(start.getTime() + minutes(16));
    expect(await attemptLogin({ email: "naya@example.com", password: "galat-password", address, now: later })).toEqual({ ok: false, reason: "wrongCredentials" });
  });
});

describe("where a login leads", () => {
  it("follows a path on this site", () => {
    expect(safeNextPath("/admin/articles/12?tab=seo")).toBe("/admin/articles/12?tab=seo");
  });

  it("never leads to another site", () => {
    for (const next of ["//evil.example/admin", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined, 42]) {
      expect(safeNextPath(next)).toBe("/admin");
    }
  });
});
