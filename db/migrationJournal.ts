import fs from "node:fs";
import path from "node:path";
import { migrationsDir } from "./paths";

/** One migration as drizzle-kit lists it; `when` is what Drizzle records as `created_at` once it is applied. */
export type ShippedMigration = { tag: string; when: number };

let journal: ShippedMigration[] | undefined;

/** The migrations this build ships (db/migrations/meta/_journal.json), read once per process. */
export function shippedMigrations(): ShippedMigration[] {
  journal ??= (JSON.parse(fs.readFileSync(path.join(migrationsDir, "meta", "_journal.json"), "utf8")) as { entries: ShippedMigration[] }).entries;
  return journal;
}
