import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { databaseFile } from "./paths";
import { registerSearchFunctions } from "./searchFunctions";

/** How long a statement waits for another connection's write lock before it gives up with SQLITE_BUSY. */
export const busyTimeoutMs = 5000;

export type PortalDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

function open(file: string): PortalDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Writers wait for each other instead of failing with SQLITE_BUSY: the server and the importer (`npm run import`,
  // its own process) write the same file. Set at open (the `timeout` option), before the journal-mode switch, which
  // may itself wait for another process. Every multi-statement write is BEGIN IMMEDIATE (db/queries), so a
  // transaction takes the write lock before it reads and never has to upgrade a read snapshot, which cannot wait.
  const sqlite = new Database(file, { timeout: busyTimeoutMs });
  sqlite.pragma("journal_mode = WAL");
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

/**
 * Closes the connection after moving everything in the write-ahead log into the database file and emptying the log,
 * so that a stopped server leaves one complete file behind even when another process (the importer) still has the
 * database open and the log is not removed on close.
 */
export function closeDb(): void {
  const sqlite = holder.portalDb?.$client;
  holder.portalDb = undefined;
  if (!sqlite?.open) return;
  try {
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    sqlite.close();
  }
}
