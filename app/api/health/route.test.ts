import { describe, expect, it } from "vitest";
import { stopBackgroundWork } from "@/lib/server/lifecycle";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { GET, HEAD } from "./route";

setUpTemporaryDatabase();

describe("/api/health", () => {
  it("answers 200 with the database's state, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, status: "ok", database: { ok: true, journalMode: "wal", writable: true } });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("answers HEAD with the same status and no body", async () => {
    const response = await HEAD();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("");
  });

  // Last: once the process is draining it stays so.
  it("answers 503 once the server is shutting down, so that a load balancer stops sending traffic", async () => {
    await stopBackgroundWork();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, status: "shutting down" });
    expect((await HEAD()).status).toBe(503);
  });
});
