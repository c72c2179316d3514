import { and, eq, gte, inArray, lt } from "drizzle-orm";
import { getDb } from "../client";
import { articleRevisions, articles, wireImports } from "../schema";
import { type PortalTransaction, readArticleSnapshot } from "./articleSnapshot";
import { type NewArticle, writeArticleRows } from "./articleWrites";

/** One wire copy ready to become an article; `article.slug` is the slug wanted, made unique on writing. */
export type WireCopyWrite = {
  contentHash: string;
  fileName: string;
  article: NewArticle;
  userId: number | null;
  importedAt: Date;
};

/**
 * Picks a free slug for `wanted` from the locale's slugs that begin with a prefix the chooser names; called inside
 * the write, so two imports cannot both take the same slug (lib/newsroom/slugs.ts holds the rule).
 */
export type SlugChooser = (wanted: string, slugsStartingWith: (prefix: string) => string[]) => string;

export type WireCopyWriteResult =
  | { outcome: "imported"; articleId: number; slug: string }
  | { outcome: "already-imported"; articleId: number }
  | { outcome: "failed"; error: string };

/** Which of these copies became articles before: content hash → article id. */
export async function findWireImports(contentHashes: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const unique = [...new Set(contentHashes)];
  // Well under SQLite's limit on bound parameters, whatever the batch.
  for (let start = 0; start < unique.length; start += 500) {
    const rows = await getDb()
      .select({ contentHash: wireImports.contentHash, articleId: wireImports.articleId })
      .from(wireImports)
      .where(inArray(wireImports.contentHash, unique.slice(start, start + 500)));
    for (const row of rows) found.set(row.contentHash, row.articleId);
  }
  return found;
}

function slugsWithPrefix(tx: PortalTransaction, locale: NewArticle["locale"], prefix: string): string[] {
  // A range rather than LIKE, so that the (locale, slug) index answers it.
  return tx
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.locale, locale), gte(articles.slug, prefix), lt(articles.slug, `${prefix}\u{10FFFF}`)))
    .all()
    .map((row) => row.slug);
}

function writeCopy(tx: PortalTransaction, copy: WireCopyWrite, chooseSlug: SlugChooser): WireCopyWriteResult {
  const earlier = tx.select({ articleId: wireImports.articleId }).from(wireImports).where(eq(wireImports.contentHash, copy.contentHash)).get();
  if (earlier) return { outcome: "already-imported", articleId: earlier.articleId };
  const { locale } = copy.article;
  const slug = chooseSlug(copy.article.slug, (prefix) => slugsWithPrefix(tx, locale, prefix));
  const articleId = writeArticleRows(tx, { ...copy.article, slug });
  const snapshot = readArticleSnapshot(tx, articleId)!;
  tx.insert(articleRevisions).values({ articleId, userId: copy.userId, version: 1, kind: "import", snapshot, createdAt: copy.importedAt }).run();
  tx.insert(wireImports)
    .values({ contentHash: copy.contentHash, fileName: copy.fileName, articleId, importedByUserId: copy.userId, importedAt: copy.importedAt })
    .run();
  return { outcome: "imported", articleId, slug };
}

/** SQLite's own words ("UNIQUE constraint failed: …"), not Drizzle's wrapper quoting the whole statement. */
function sqliteMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Writes several copies in one immediate transaction, each in a savepoint of its own: a copy that fails leaves
 * nothing behind and the others still go in. Every imported copy gets its article, tags, authors, an "import"
 * revision and its wire_imports row; a copy whose hash is already there is reported with its article instead.
 */
export async function insertWireCopies(copies: WireCopyWrite[], chooseSlug: SlugChooser): Promise<WireCopyWriteResult[]> {
  return getDb().transaction(
    (tx) =>
      copies.map((copy): WireCopyWriteResult => {
        try {
          return tx.transaction((savepoint) => writeCopy(savepoint, copy, chooseSlug));
        } catch (error) {
          return { outcome: "failed", error: sqliteMessage(error) };
        }
      }),
    { behavior: "immediate" },
  );
}
