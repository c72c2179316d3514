import { describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { deleteExpiredSessions, findLiveSession, insertSession, touchSession } from "./sessions";
import { insertUser } from "./users";

setUpTemporaryDatabase({ demoContent: false });

const hour = 60 * 60 * 1000;

describe("sweeping lapsed sessions", () => {
  it("removes sessions past their absolute expiry or idle too long, and keeps the live one", async () => {
    const now = Date.now();
    const userId = await insertUser({ email: "sweep@example.com", name: "सफ़ाई", passwordHash: "not-a-hash", role: "editor" });
    await insertSession({ tokenHash: "live", userId, expiresAt: new Date(now + hour), ip: "", userAgent: "" });
    await insertSession({ tokenHash: "expired", userId, expiresAt: new Date(now - 1), ip: "", userAgent: "" });
    await insertSession({ tokenHash: "idle", userId, expiresAt: new Date(now + hour), ip: "", userAgent: "" });
    const idle = await findLiveSession("idle", new Date(0));
    await touchSession(idle!.sessionId, new Date(now - 13 * hour));

    await deleteExpiredSessions(new Date(now - 12 * hour), new Date(now));

    const idleSince = new Date(0);
    expect(await findLiveSession("live", idleSince)).toBeDefined();
    expect(await findLiveSession("expired", idleSince, new Date(0))).toBeUndefined();
    expect(await findLiveSession("idle", idleSince)).toBeUndefined();
  });
});
