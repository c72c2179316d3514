import fs from "node:fs";
import path from "node:path";

/**
 * A throw-away database for the wire benchmarks: migrations and the nine sections of the demo newsroom, but none
 * of its stories, so that every article in it came through the importer. The connection is the app's own
 * (db/client.ts, with the search functions its triggers call); DATABASE_FILE is switched before it opens.
 */
export async function openBenchDatabase(file: string): Promise<void> {
  process.env.DATABASE_FILE = file;
  process.env.SEED_DEMO_CONTENT = "0";
  delete process.env.ADMIN_EMAIL;
  const { closeDb } = await import("@/db/client");
  closeDb();
  const { prepareDatabase } = await import("@/lib/demo/prepareDatabase");
  await prepareDatabase();
  const { listSections } = await import("@/db/queries/sections");
  if ((await listSections()).length > 0) return;
  const { insertSection } = await import("@/db/queries/articleWrites");
  const { readDemoManifest } = await import("@/lib/demo/manifest");
  for (const [position, section] of readDemoManifest().sections.entries()) await insertSection({ ...section, position });
}

/** Closes the connection, which checkpoints the WAL into the main file, and returns the file's size. */
export async function closedDatabaseBytes(file: string): Promise<number> {
  const { closeDb } = await import("@/db/client");
  closeDb();
  const leftovers = ["-wal", "-shm"].map((suffix) => fs.statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0);
  return fs.statSync(file).size + leftovers[0]! + leftovers[1]!;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every generated copy in the folder, read into memory the way the importer takes them. */
export function readCopies(dir: string): { name: string; bytes: Uint8Array }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));
}
