import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { crashRuns } from "../scripts/bench/crashRuns";
import { freePort } from "../scripts/bench/portalServer";

/*
 * The quick form of scripts/bench/crash-safety.ts (20 kills), on a server and database of its own: the portal is
 * killed with SIGKILL once during a burst of saves, and once during saves and a large `npm run import` (killed
 * too). Each time the database is intact, every acknowledged save is there, and the import, run again, adds
 * exactly the copies that were missing.
 */

test("SIGKILL during saves and during an import loses no acknowledged save, corrupts nothing and the import resumes without duplicates", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server process is enough; no browser needed");
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-e2e-"));
  try {
    const results = await crashRuns(["saves", "import"], {
      dir,
      port: await freePort(),
      buildDir: path.resolve(process.env.NEXT_DIST_DIR ?? ".next"),
      importFiles: 1500,
      editors: 2,
      killBetweenMs: [100, 400],
      log: (line) => console.log(line),
    });
    for (const result of results) {
      expect(result.integrity, `run ${result.run}`).toBe("ok");
      expect(result.missingSaves, `run ${result.run}`).toEqual([]);
      expect(result.ok, `run ${result.run}`).toBe(true);
    }
    expect(results[0]!.savesAcknowledged, "saves were acknowledged before the kill").toBeGreaterThan(0);
    const imported = results[1]!.import!;
    // Killed in the middle: some copies were in, not all, and the second import added exactly the rest.
    expect(imported.inWhenKilled).toBeGreaterThan(0);
    expect(imported.inWhenKilled).toBeLessThan(imported.distinctCopies);
    expect(imported.addedInTotal).toBe(imported.distinctCopies);
    expect(imported.duplicates).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
