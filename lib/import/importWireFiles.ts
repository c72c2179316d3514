import type { NewArticle } from "@/db/queries/articleWrites";
import { listSections, type Section } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import { findWireImports, insertWireCopies, type SlugChooser, type WireCopyWrite, type WireCopyWriteResult } from "@/db/queries/wireImports";
import { recordAudit } from "@/lib/audit/record";
import { revalidateArticle } from "@/lib/cache/revalidateArticle";
import { draftLimits } from "@/lib/content/articleDraft";
import { normalizeLine } from "@/lib/hindi/normalize";
import { slugify } from "@/lib/hindi/transliterate";
import { firstFreeSlug, variantsPrefix } from "@/lib/newsroom/slugs";
import { articlePath } from "@/lib/routes";
import { creditedName } from "@/lib/wire/creditedName";
import { newArticleFromWireCopy } from "@/lib/wire/wireCopyArticle";
import type { ImportedArticleJson } from "./importedArticleJson";
import { type PreparedWireFile, prepareWireFile, refusal, type WireFile, type WireFileRefusal } from "./prepareWireFile";

export type { ImportedArticleJson } from "./importedArticleJson";
export type { WireFile, WireFileRefusal } from "./prepareWireFile";
export type { WireFileProblem } from "./wireFileProblem";

export type ImportOptions = {
  /** Default: the first section by position. */
  sectionSlug?: string;
  status: "draft" | "in_review" | "published";
  dryRun: boolean;
  /** The newsroom account importing (uploads in /admin); null from the command line. */
  userId: number | null;
  /** Tags every imported article gets besides its dateline place. */
  tags?: string[];
  /** The import date; tests pin it. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

export type ImportOutcome =
  | {
      file: string;
      ok: true;
      article: ImportedArticleJson;
      outcome: "imported" | "already-imported" | "would-import";
      articleId?: number;
      /** The reader URL path, for a story imported as published. */
      url?: string;
      /** The story in the newsroom editor. */
      editPath?: string;
    }
  | WireFileRefusal;

/** Refuses the whole run before anything is written: an unknown section, an unusable tag. */
export class ImportSetupError extends Error {
  override name = "ImportSetupError";
}

/** Copies written per transaction: each still stands alone in its own savepoint (docs/decisions/0006-wire-importer.md). */
const copiesPerTransaction = 100;

const chooseSlug: SlugChooser = (wanted, slugsStartingWith) => firstFreeSlug(wanted, slugsStartingWith(variantsPrefix(wanted)));

function editPath(articleId: number): string {
  return `/admin/articles/${articleId}`;
}

type ReadyWireFile = Extract<PreparedWireFile, { ok: true }>;

type BatchContext = { section: Section; authorIdsByName: Map<string, number>; extraTags: { name: string; slug: string }[] };

function tagFor(name: string): { name: string; slug: string } | null {
  const normalized = normalizeLine(name);
  const slug = slugify(normalized);
  return normalized && slug ? { name: normalized, slug } : null;
}

function readExtraTags(names: string[]): { name: string; slug: string }[] {
  return names.map((name) => {
    const tag = tagFor(name);
    if (tag === null) throw new ImportSetupError(`tag "${name}" is empty or has no letters for a URL`);
    if (tag.name.length > draftLimits.tag) throw new ImportSetupError(`tag "${tag.name}" is longer than ${draftLimits.tag} characters`);
    return tag;
  });
}

/** Sections and authors are read once per batch, not once per file. */
async function loadBatchContext(options: ImportOptions): Promise<BatchContext> {
  const extraTags = readExtraTags(options.tags ?? []);
  const sections = await listSections();
  const section = options.sectionSlug === undefined ? sections[0] : sections.find((s) => s.slug === options.sectionSlug);
  if (section === undefined) {
    const known = sections.map((s) => s.slug).join(", ");
    throw new ImportSetupError(
      options.sectionSlug === undefined ? "the newsroom has no sections yet" : `unknown section "${options.sectionSlug}" (known: ${known || "none"})`,
    );
  }
  const authorIdsByName = new Map((await listAuthors()).map((author) => [author.name.normalize("NFC"), author.id]));
  return { section, authorIdsByName, extraTags };
}

function articleTags(prepared: ReadyWireFile, extraTags: BatchContext["extraTags"]) {
  const place = prepared.copy.dateline?.place;
  const all = [place === undefined ? null : tagFor(place), ...extraTags].filter((tag) => tag !== null);
  return [...new Map(all.map((tag) => [tag.name, tag])).values()];
}

function newArticle(prepared: ReadyWireFile, context: BatchContext, options: ImportOptions, now: Date): NewArticle {
  const name = prepared.copy.byline === null ? null : creditedName(prepared.copy.byline);
  const authorId = name === null ? undefined : context.authorIdsByName.get(name);
  return newArticleFromWireCopy(prepared.copy, {
    locale: "hi",
    sectionId: context.section.id,
    status: options.status,
    publishedAt: options.status === "published" ? now : null,
    updatedAt: now,
    receivedAt: now,
    tags: articleTags(prepared, context.extraTags),
    authorIds: authorId === undefined ? [] : [authorId],
    createdByUserId: options.userId,
  });
}

async function writeChunk(writes: WireCopyWrite[]): Promise<WireCopyWriteResult[]> {
  if (writes.length === 0) return [];
  try {
    return await insertWireCopies(writes, chooseSlug);
  } catch (error) {
    // The transaction as a whole did not commit (disk full, database locked too long): none of these went in.
    const message = error instanceof Error ? error.message : String(error);
    return writes.map(() => ({ outcome: "failed", error: message }));
  }
}

function writtenOutcome(prepared: ReadyWireFile, result: WireCopyWriteResult, context: BatchContext, status: ImportOptions["status"]): ImportOutcome {
  const { file, article } = prepared;
  if (result.outcome === "failed") return refusal(file, { code: "notSaved", detail: result.error });
  const { articleId } = result;
  if (result.outcome === "already-imported") return { file, ok: true, article, outcome: "already-imported", articleId, editPath: editPath(articleId) };
  const url = status === "published" ? articlePath("hi", { id: articleId, slug: result.slug, sectionSlug: context.section.slug }) : undefined;
  return { file, ok: true, article, outcome: "imported", articleId, ...(url === undefined ? {} : { url }), editPath: editPath(articleId) };
}

/** What a dry run reports; the second of two identical files is "already-imported" (by the first). */
function preview(prepared: PreparedWireFile[], earlierImports: Map<string, number>): ImportOutcome[] {
  const seen = new Set<string>();
  return prepared.map((p): ImportOutcome => {
    if (!p.ok) return p;
    const articleId = earlierImports.get(p.contentHash);
    const outcome = articleId !== undefined || seen.has(p.contentHash) ? "already-imported" : "would-import";
    seen.add(p.contentHash);
    return { file: p.file, ok: true, article: p.article, outcome, ...(articleId === undefined ? {} : { articleId, editPath: editPath(articleId) }) };
  });
}

/** Reads the files as wire copies without touching the database: a dry run where there is no database yet. */
export function previewWireFiles(files: WireFile[], now: Date = new Date()): ImportOutcome[] {
  return preview(files.map((file) => prepareWireFile(file, now)), new Map());
}

/**
 * Imports wire-copy files as articles of one section and status, in the order given, one outcome per file. A file
 * that cannot be read or saved fails alone; a copy imported before (same bytes) is reported with its article. A dry
 * run reads the database (section, earlier imports) but writes nothing. Throws ImportSetupError, before writing
 * anything, when the section or a tag cannot be used.
 */
export async function importWireFiles(files: WireFile[], options: ImportOptions): Promise<ImportOutcome[]> {
  const now = options.now ?? new Date();
  const context = await loadBatchContext(options);
  if (options.dryRun) {
    const prepared = files.map((file, index) => {
      if (index > 0 && index % copiesPerTransaction === 0) options.onProgress?.(index, files.length);
      return prepareWireFile(file, now);
    });
    const outcomes = preview(prepared, await findWireImports(prepared.flatMap((p) => (p.ok ? [p.contentHash] : []))));
    options.onProgress?.(files.length, files.length);
    return outcomes;
  }

  const outcomes: ImportOutcome[] = [];
  for (let start = 0; start < files.length; start += copiesPerTransaction) {
    const prepared = files.slice(start, start + copiesPerTransaction).map((file) => prepareWireFile(file, now));
    const ready = prepared.filter((p) => p.ok);
    const results = await writeChunk(ready.map((p) => ({ contentHash: p.contentHash, fileName: p.file, article: newArticle(p, context, options, now), userId: options.userId, importedAt: now })));
    let written = 0;
    outcomes.push(...prepared.map((p) => (p.ok ? writtenOutcome(p, results[written++]!, context, options.status) : p)));
    options.onProgress?.(outcomes.length, files.length);
  }
  await afterImport(outcomes, options);
  return outcomes;
}

/** Readers see published imports at once; the audit log names who imported what from the newsroom. */
async function afterImport(outcomes: ImportOutcome[], options: ImportOptions): Promise<void> {
  const imported = outcomes.filter((o) => o.ok && o.outcome === "imported");
  for (const outcome of imported) {
    if (!outcome.ok || outcome.articleId === undefined) continue;
    if (options.status === "published") await revalidateArticle(outcome.articleId);
    if (options.userId !== null) {
      await recordAudit({ action: "article.import", userId: options.userId, targetType: "article", targetId: outcome.articleId, details: { file: outcome.file, status: options.status } });
    }
  }
}
