import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeWireCopies } from "@/lib/wire/generator/writeWireCopies";
import { closedDatabaseBytes, openBenchDatabase } from "./wireBenchDatabase";

export type PublishedArchive = { file: string; articlePaths: string[]; built: boolean; seconds: number; bytes: number };

async function articleCount(file: string): Promise<number> {
  if (!fs.existsSync(file)) return 0;
  await openBenchDatabase(file);
  const { countArticles } = await import("@/db/queries/articleWrites");
  return countArticles();
}

/**
 * A database of `count` generated wire copies imported as published articles through the importer (as the newsroom
 * would), and the reader URL of every one. An existing file holding exactly `count` articles is kept when `reuse`.
 * The connection is closed afterwards, so that a server can open the file.
 */
export async function publishedArchive({ file, count, seed, reuse }: { file: string; count: number; seed: string; reuse: boolean }): Promise<PublishedArchive> {
  const started = performance.now();
  const built = !(reuse && (await articleCount(file)) === count);
  if (built) {
    (await import("@/db/client")).closeDb();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const copiesDir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-copies-"));
    try {
      writeWireCopies({ count, seed, dir: copiesDir });
      await openBenchDatabase(file);
      const { importWireFiles } = await import("@/lib/import/importWireFiles");
      const names = fs.readdirSync(copiesDir).sort();
      // A few thousand at a time keeps the import's memory flat.
      for (let start = 0; start < names.length; start += 2000) {
        const files = names.slice(start, start + 2000).map((name) => ({ name, bytes: fs.readFileSync(path.join(copiesDir, name)) }));
        const failed = (await importWireFiles(files, { status: "published", dryRun: false, userId: null })).filter((outcome) => !outcome.ok);
        if (failed.length > 0) throw new Error(`${failed.length} wire copies failed to import`);
      }
    } finally {
      fs.rmSync(copiesDir, { recursive: true, force: true });
    }
  }
  const { listLatest } = await import("@/db/queries/articles");
  const { articlePath } = await import("@/lib/routes");
  const locales = ["hi", "en"] as const;
  const articlePaths: string[] = [];
  for (const locale of locales) {
    for (const article of await listLatest(locale, { limit: count })) articlePaths.push(articlePath(locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug }));
  }
  const bytes = await closedDatabaseBytes(file);
  return { file, articlePaths, built, seconds: (performance.now() - started) / 1000, bytes };
}
