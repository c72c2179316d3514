import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getDb } from "./client";
import { migrationsDir } from "./paths";

export function runMigrations(): void {
  migrate(getDb(), { migrationsFolder: migrationsDir });
}
