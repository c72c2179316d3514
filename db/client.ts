import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { databaseFile } from "./paths";
import { registerSearchFunctions } from "./searchFunctions";

export type PortalDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

function open(file: string): PortalDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  registerSearchFunctions(sqlite);
  return drizzle(sqlite, { schema });
}

// One connection per process; kept on globalThis so that dev reloads do not open a new one each time.
const holder = globalThis as unknown as { portalDb?: PortalDatabase };

export function getDb(): PortalDatabase {
  holder.portalDb ??= open(databaseFile());
  return holder.portalDb;
}

export function closeDb(): void {
  holder.portalDb?.$client.close();
  holder.portalDb = undefined;
}
