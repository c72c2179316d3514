import { describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { insertAuditEvent } from "./audit";
import { insertSession } from "./sessions";
import { getUserById, insertUserIfEmailFree, listUsersForAdmin, recordFailedLogin, updateUserAccess } from "./users";

setUpTemporaryDatabase({ demoContent: false });
let created = 0;

async function account(role: "contributor" | "author" | "editor" | "admin") {
  created += 1;
  const id = await insertUserIfEmailFree({ email: `user${created}@example.com`, name: `खाता ${created}`, passwordHash: "not-a-hash", role });
  return id!;
}

const rule = { limit: 5, lockMs: 15 * 60 * 1000 };

describe("the failed-login counter", () => {
  it("counts every one of 100 failures that arrive at once", async () => {
    const id = await account("author");
    const now = new Date();
    await Promise.all(Array.from({ length: 100 }, () => recordFailedLogin(id, now, rule)));
    const user = await getUserById(id);
    expect(user?.failedLogins).toBe(100);
    expect(user?.lockedUntil?.getTime()).toBe(now.getTime() + rule.lockMs);
  });

  it("locks on the fifth failure, not before", async () => {
    const id = await account("author");
    const now = new Date();
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push(await recordFailedLogin(id, now, rule));
    expect(counts.map((c) => c.lockedUntil !== null)).toEqual([false, false, false, false, true]);
  });
});

describe("keeping one active admin", () => {
  it("refuses to demote or disable the last active admin, and allows it once there is another", async () => {
    const first = await account("admin");
    // The users table is shared by this file's tests: make every other admin an editor first.
    for (const row of await listUsersForAdmin(new Date(0))) if (row.role === "admin" && row.id !== first) await updateUserAccess(row.id, { role: "editor" });
    expect(await updateUserAccess(first, { role: "editor" })).toEqual({ outcome: "lastAdmin" });
    expect(await updateUserAccess(first, { disabled: true })).toEqual({ outcome: "lastAdmin" });
    const second = await account("admin");
    expect(await updateUserAccess(first, { role: "editor" })).toMatchObject({ outcome: "updated", previous: { role: "admin" } });
    expect(await updateUserAccess(second, { disabled: true })).toEqual({ outcome: "lastAdmin" });
  });

  it("answers notFound for an account that does not exist", async () => {
    expect(await updateUserAccess(999_999, { role: "editor" })).toEqual({ outcome: "notFound" });
  });

  it("ends every session of an account it disables", async () => {
    const id = await account("contributor");
    await insertSession({ tokenHash: `token-${id}`, userId: id, expiresAt: new Date(Date.now() + 60_000), ip: "", userAgent: "" });
    await updateUserAccess(id, { disabled: true });
    const row = (await listUsersForAdmin(new Date(0))).find((r) => r.id === id);
    expect(row?.liveSessions).toBe(0);
    expect(row?.disabled).toBe(true);
  });
});

describe("the users list", () => {
  it("shows each account's own last sign-in and its live sessions only", async () => {
    const signedIn = await account("editor");
    const never = await account("editor");
    const at = new Date("2026-03-01T04:30:00Z");
    await insertAuditEvent({ action: "login", userId: signedIn, at });
    await insertAuditEvent({ action: "login.failed", userId: never, at: new Date() });
    await insertSession({ tokenHash: `live-${signedIn}`, userId: signedIn, expiresAt: new Date(Date.now() + 60_000), ip: "", userAgent: "" });
    await insertSession({ tokenHash: `expired-${signedIn}`, userId: signedIn, expiresAt: new Date(Date.now() - 60_000), ip: "", userAgent: "" });
    const rows = await listUsersForAdmin(new Date(Date.now() - 60_000));
    expect(rows.find((r) => r.id === signedIn)).toMatchObject({ lastSignInAt: at, liveSessions: 1 });
    expect(rows.find((r) => r.id === never)).toMatchObject({ lastSignInAt: null, liveSessions: 0 });
  });

  it("refuses a second account with the same email", async () => {
    const row = { email: "ek-hi@example.com", name: "एक", passwordHash: "x", role: "author" as const };
    expect(await insertUserIfEmailFree(row)).toBeTypeOf("number");
    expect(await insertUserIfEmailFree(row)).toBeNull();
  });
});
