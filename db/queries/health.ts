import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { shippedMigrations } from "../migrationJournal";
import { databaseFile } from "../paths";
import { articles } from "../schema";

export type DatabaseHealth =
  | {
      ok: true;
      /** "wal" in normal running; anything else means the file was opened by something other than db/client.ts. */
      journalMode: string;
      /** The file and its folder (where SQLite keeps the write-ahead log) can be written, and the connection is not read-only. */
      writable: boolean;
      schema: { applied: number; latest: string | null; pending: number };
      articles: { total: number; published: number };
    }
  | { ok: false; error: "database unavailable" };

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database's state for /api/health, cheap enough to be polled every few seconds under load: it reads (two
 * small queries) and never takes the write lock, so a health check does not queue behind the newsroom's saves.
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  try {
    const db = getDb();
    const journalMode = String(db.$client.pragma("journal_mode", { simple: true }));
    // Drizzle records each applied migration with the journal's "when" as created_at.
    const [applied] = await db.all<{ count: number; latest: number | null }>(
      sql`select count(*) as count, max(created_at) as latest from __drizzle_migrations`,
    );
    const [counts] = await db
      .select({ total: sql<number>`count(*)`, published: sql<number>`coalesce(sum(${articles.status} = 'published'), 0)` })
      .from(articles);
    const shipped = shippedMigrations();
    const latestApplied = applied?.latest ?? null;
    return {
      ok: true,
      journalMode,
      writable: !db.$client.readonly && canWrite(databaseFile()),
      schema: {
        applied: applied?.count ?? 0,
        latest: shipped.find((entry) => entry.when === Number(latestApplied))?.tag ?? null,
        pending: shipped.filter((entry) => latestApplied === null || entry.when > Number(latestApplied)).length,
      },
      articles: { total: counts?.total ?? 0, published: counts?.published ?? 0 },
    };
  } catch {
    // Why it failed goes to nobody outside: the server's log has the error from the request that needed the data.
    return { ok: false, error: "database unavailable" };
  }
}
