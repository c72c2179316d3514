import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, expect, it } from "vitest";
import { closeDb, getDb } from "./client";
import { migrationsDir } from "./paths";
import { searchArticles } from "@/lib/search/searchArticles";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-search-migration-"));

afterAll(() => {
  closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The migrations as they were before search: the same folder without 0003_search and what follows it. */
function migrationsBeforeSearch(): string {
  const folder = path.join(dataDir, "migrations");
  fs.cpSync(migrationsDir, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { idx: number; tag: string }[] };
  const search = journal.entries.find((entry) => entry.tag === "0003_search")!;
  journal.entries = journal.entries.filter((entry) => entry.idx < search.idx);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

it("indexes the stories already in the database when the search migration runs", async () => {
  process.env.DATABASE_FILE = path.join(dataDir, "portal.db");
  migrate(getDb(), { migrationsFolder: migrationsBeforeSearch() });
  await getDb().run(sql`INSERT INTO sections (slug, name, name_en) VALUES ('khel', 'खेल', 'Sport')`);
  await getDb().run(sql`
    INSERT INTO articles (locale, section_id, slug, headline, body, body_text, status, published_at, updated_at)
    VALUES ('hi', 1, 'kabaddi', 'कबड्डी में जीत', '{"version":1,"blocks":[]}', 'हरियाणा ने ख़िताब जीता।', 'published', 1, 1)`);

  migrate(getDb(), { migrationsFolder: migrationsDir });

  const search = (query: string) => searchArticles({ query, sectionSlug: null, from: null, to: null, page: 1, locale: "hi" });
  expect((await search("कबड्डी")).results.map((hit) => hit.id)).toEqual([1]);
  expect((await search("kabadi khitab")).results.map((hit) => hit.id)).toEqual([1]);
});
