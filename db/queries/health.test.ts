import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { migrationsDir } from "@/db/paths";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { databaseHealth } from "./health";

const { dataDir } = setUpTemporaryDatabase();

describe("the database's health", () => {
  it("reports a readable, writable WAL database with every shipped migration applied and its article counts", async () => {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
    const health = await databaseHealth();
    expect(health).toMatchObject({
      ok: true,
      journalMode: "wal",
      writable: true,
      schema: { applied: journal.entries.length, latest: journal.entries.at(-1)!.tag, pending: 0 },
    });
    if (!health.ok) throw new Error("unreachable");
    expect(health.articles.total).toBeGreaterThan(0);
    expect(health.articles.published).toBeGreaterThan(0);
    expect(health.articles.published).toBeLessThanOrEqual(health.articles.total);
  });

  it("says only that the database is unavailable when it cannot be opened, without the error's details", async () => {
    const file = process.env.DATABASE_FILE;
    closeDb();
    // A folder where the file should be: SQLite cannot open it.
    process.env.DATABASE_FILE = dataDir;
    try {
      expect(await databaseHealth()).toEqual({ ok: false, error: "database unavailable" });
    } finally {
      closeDb();
      process.env.DATABASE_FILE = file;
    }
  });
});
