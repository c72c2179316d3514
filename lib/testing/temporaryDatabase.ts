import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/db/client";

/**
 * Gives the calling test file its own migrated database in a fresh temporary folder, with the demo newsroom
 * unless `demoContent` is false. Call it at the top of the file, before any beforeAll that reads the database:
 * hooks run in the order they are registered, and DATABASE_FILE must be set before the first getDb().
 */
export function setUpTemporaryDatabase({ demoContent = true }: { demoContent?: boolean } = {}): { dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
  const seedSetting = process.env.SEED_DEMO_CONTENT;

  beforeAll(async () => {
    process.env.DATABASE_FILE = path.join(dataDir, "portal.db");
    if (!demoContent) process.env.SEED_DEMO_CONTENT = "0";
    // A test's database starts without accounts, whatever first admin the shell running the tests names.
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    const { prepareDatabase } = await import("@/lib/demo/prepareDatabase");
    try {
      await prepareDatabase();
    } finally {
      if (ADMIN_EMAIL !== undefined) process.env.ADMIN_EMAIL = ADMIN_EMAIL;
      if (ADMIN_PASSWORD !== undefined) process.env.ADMIN_PASSWORD = ADMIN_PASSWORD;
    }
  });

  afterAll(() => {
    closeDb();
    if (seedSetting === undefined) delete process.env.SEED_DEMO_CONTENT;
    else process.env.SEED_DEMO_CONTENT = seedSetting;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return { dataDir };
}
