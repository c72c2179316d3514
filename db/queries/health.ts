import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles } from "../schema";

export async function databaseHealth(): Promise<{ ok: boolean; articles?: number; error?: string }> {
  try {
    await getDb().run(sql`select 1`);
    return { ok: true, articles: await getDb().$count(articles) };
  } catch {
    return { ok: false, error: "database unavailable" };
  }
}
