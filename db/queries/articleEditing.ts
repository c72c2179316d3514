import { and, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "../client";
import { tagIdFor } from "./articleWrites";
import {
  type ArticleStatus,
  articleAuthors,
  articleAutosaves,
  articleLocks,
  articleRevisions,
  articles,
  articleTags,
  authors,
  media,
  sections,
  tags,
  users,
} from "../schema";
import { type ArticleSnapshot, type PortalTransaction, readArticleSnapshot } from "./articleSnapshot";

type ContentLocale = ArticleSnapshot["locale"];

/** The article as the editor opens it: its editable fields plus where it stands. */
export type ArticleForEditing = ArticleSnapshot & {
  id: number;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
  createdByUserId: number | null;
  sectionSlug: string;
  /** Who made the current version (the newest revision's user), when known. */
  lastSavedBy: string | null;
};

function lastSaver(tx: PortalTransaction, articleId: number): string | null {
  const row = tx
    .select({ name: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.userId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id))
    .limit(1)
    .get();
  return row?.name ?? null;
}

function editingState(tx: PortalTransaction, articleId: number) {
  return tx
    .select({
      id: articles.id,
      status: articles.status,
      version: articles.version,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      updatedAt: articles.updatedAt,
      createdByUserId: articles.createdByUserId,
      sectionSlug: sections.slug,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId))
    .get();
}

/** Read in one transaction, so the fields, tags and version belong together. */
export async function getArticleForEditing(articleId: number): Promise<ArticleForEditing | undefined> {
  return getDb().transaction((tx) => {
    const state = editingState(tx, articleId);
    if (!state) return undefined;
    return { ...readArticleSnapshot(tx, articleId)!, ...state, lastSavedBy: lastSaver(tx, articleId) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Locks: who has the article open. A lock whose heartbeat is older than `lapsedBefore` belongs to nobody.

export type LockHolder = { userId: number; name: string; heartbeatAt: Date };
/** `holder` is the other person who holds the article, when it is not this user. */
export type LockState = { heldByMe: boolean; holder: LockHolder | null };

function currentLock(tx: PortalTransaction, articleId: number, lapsedBefore: Date): LockHolder | undefined {
  return tx
    .select({ userId: articleLocks.userId, name: users.name, heartbeatAt: articleLocks.heartbeatAt })
    .from(articleLocks)
    .innerJoin(users, eq(users.id, articleLocks.userId))
    .where(and(eq(articleLocks.articleId, articleId), gt(articleLocks.heartbeatAt, lapsedBefore)))
    .get();
}

function holdLock(tx: PortalTransaction, articleId: number, userId: number, now: Date): void {
  tx.insert(articleLocks)
    .values({ articleId, userId, heartbeatAt: now })
    .onConflictDoUpdate({ target: articleLocks.articleId, set: { userId, heartbeatAt: now } })
    .run();
}

/** Takes the lock when it is free, lapsed or already this user's (a heartbeat); with `takeOver`, takes it from anyone. */
function claim(tx: PortalTransaction, input: LockClaim): LockState {
  const holder = currentLock(tx, input.articleId, input.lapsedBefore);
  if (holder && holder.userId !== input.userId && !input.takeOver) return { heldByMe: false, holder };
  holdLock(tx, input.articleId, input.userId, input.now);
  return { heldByMe: true, holder: null };
}

export type LockClaim = { articleId: number; userId: number; now: Date; lapsedBefore: Date; takeOver?: boolean };

export async function claimLock(input: LockClaim): Promise<LockState> {
  return getDb().transaction((tx) => claim(tx, input), { behavior: "immediate" });
}

/** Who holds the article now (a live lock), without taking it: the editor page shows this before it claims the lock. */
export async function peekLock(articleId: number, lapsedBefore: Date): Promise<LockHolder | undefined> {
  const [row] = await getDb()
    .select({ userId: articleLocks.userId, name: users.name, heartbeatAt: articleLocks.heartbeatAt })
    .from(articleLocks)
    .innerJoin(users, eq(users.id, articleLocks.userId))
    .where(and(eq(articleLocks.articleId, articleId), gt(articleLocks.heartbeatAt, lapsedBefore)))
    .limit(1);
  return row;
}

/** Lets go of the article if this user holds it; someone else's lock is left alone. */
export async function releaseLock(articleId: number, userId: number): Promise<void> {
  await getDb()
    .delete(articleLocks)
    .where(and(eq(articleLocks.articleId, articleId), eq(articleLocks.userId, userId)));
}

// ---------------------------------------------------------------------------------------------------------------
// Autosaves: one row per article and user, overwritten every few seconds while the form has unsaved changes.

export type Autosave = { baseVersion: number; snapshot: unknown; savedAt: Date };

export type AutosaveWrite = { articleId: number; userId: number; baseVersion: number; snapshot: unknown; now: Date; lapsedBefore: Date };

/** Keeps the user's unsaved work and, in the same breath, heartbeats their lock (taking it again if it lapsed and is free). */
export async function storeAutosave({ articleId, userId, baseVersion, snapshot, now, lapsedBefore }: AutosaveWrite): Promise<LockState> {
  return getDb().transaction(
    (tx) => {
      tx.insert(articleAutosaves)
        .values({ articleId, userId, baseVersion, snapshot, savedAt: now })
        .onConflictDoUpdate({ target: [articleAutosaves.articleId, articleAutosaves.userId], set: { baseVersion, snapshot, savedAt: now } })
        .run();
      return claim(tx, { articleId, userId, now, lapsedBefore });
    },
    { behavior: "immediate" },
  );
}

export async function getAutosave(articleId: number, userId: number): Promise<Autosave | undefined> {
  const [row] = await getDb()
    .select({ baseVersion: articleAutosaves.baseVersion, snapshot: articleAutosaves.snapshot, savedAt: articleAutosaves.savedAt })
    .from(articleAutosaves)
    .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)))
    .limit(1);
  return row;
}

export async function deleteAutosave(articleId: number, userId: number): Promise<void> {
  await getDb()
    .delete(articleAutosaves)
    .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)));
}

// ---------------------------------------------------------------------------------------------------------------
// Saving: the article moves on by one version only if nobody else moved it since the editor opened it.

/** The article's own columns as a save writes them; tags and byline authors travel separately. */
export type ContentFields = Omit<ArticleSnapshot, "tags" | "authorIds"> & { bodyText: string };

export type ContentWrite = {
  articleId: number;
  /** The version the editor started from. */
  baseVersion: number;
  userId: number;
  kind: "save" | "restore";
  fields: ContentFields;
  /** In order; `slug` is used only when the tag is new to the locale. */
  tags: { name: string; slug: string }[];
  authorIds: number[];
  now: Date;
  lapsedBefore: Date;
};

export type ConflictingVersion = { version: number; savedBy: string | null; savedAt: Date; snapshot: ArticleSnapshot };

export type ContentWriteResult =
  | {
      outcome: "saved";
      version: number;
      updatedAt: Date;
      revisionId: number;
      /** The article as it stood before the save: what the caller needs to tell a slug change or a live story. */
      before: { slug: string; locale: ContentLocale; status: ArticleStatus; publishedAt: Date | null };
    }
  | { outcome: "conflict"; current: ConflictingVersion }
  /** Someone else has taken the article over; `current` is the version as it stands. */
  | { outcome: "locked"; holder: LockHolder; current: ConflictingVersion }
  | { outcome: "missing" };

/**
 * One save, all or nothing: refused while another user holds a live lock or when the article moved past
 * `baseVersion` (the version as it stands is returned instead, nothing is written); otherwise the article gets the new
 * fields, tags and authors and version + 1, the new state is recorded as a revision, and the user's autosave,
 * now saved, is cleared.
 */
export async function saveArticleContent(write: ContentWrite): Promise<ContentWriteResult> {
  const { articleId, baseVersion, userId, kind, fields, now } = write;
  return getDb().transaction(
    (tx): ContentWriteResult => {
      const before = tx
        .select({ slug: articles.slug, locale: articles.locale, status: articles.status, publishedAt: articles.publishedAt })
        .from(articles)
        .where(eq(articles.id, articleId))
        .get();
      if (!before) return { outcome: "missing" };

      const conflicting = (): ConflictingVersion => {
        const current = tx.select({ version: articles.version, updatedAt: articles.updatedAt }).from(articles).where(eq(articles.id, articleId)).get()!;
        return { version: current.version, savedAt: current.updatedAt, savedBy: lastSaver(tx, articleId), snapshot: readArticleSnapshot(tx, articleId)! };
      };
      const holder = currentLock(tx, articleId, write.lapsedBefore);
      if (holder && holder.userId !== userId) return { outcome: "locked", holder, current: conflicting() };

      const updated = tx
        .update(articles)
        .set({ ...fields, updatedAt: now, version: sql`${articles.version} + 1` })
        .where(and(eq(articles.id, articleId), eq(articles.version, baseVersion)))
        .returning({ version: articles.version, updatedAt: articles.updatedAt })
        .get();
      if (!updated) return { outcome: "conflict", current: conflicting() };

      tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
      write.tags.forEach((tag, position) => {
        tx.insert(articleTags).values({ articleId, tagId: tagIdFor(tx, fields.locale, tag), position }).onConflictDoNothing().run();
      });
      tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
      write.authorIds.forEach((authorId, position) => {
        tx.insert(articleAuthors).values({ articleId, authorId, position }).run();
      });

      const snapshot = readArticleSnapshot(tx, articleId)!;
      const revision = tx
        .insert(articleRevisions)
        .values({ articleId, userId, version: updated.version, kind, snapshot, createdAt: now })
        .returning({ id: articleRevisions.id })
        .get();
      tx.delete(articleAutosaves)
        .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)))
        .run();
      holdLock(tx, articleId, userId, now);
      return { outcome: "saved", version: updated.version, updatedAt: updated.updatedAt, revisionId: revision.id, before };
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// New articles, slugs and the references a draft names.

/** An empty draft with a placeholder slug (`draft-<id>`) until its headline gives it a real one. */
export async function createDraftArticle({ locale, sectionId, userId, now }: { locale: ContentLocale; sectionId: number; userId: number; now: Date }): Promise<number> {
  return getDb().transaction(
    (tx) => {
      const placeholder = `draft-new-${now.getTime()}-${userId}`;
      const { id } = tx
        .insert(articles)
        .values({ locale, sectionId, slug: placeholder, headline: "", body: { version: 1, blocks: [] }, bodyText: "", status: "draft", updatedAt: now, createdByUserId: userId })
        .returning({ id: articles.id })
        .get();
      tx.update(articles).set({ slug: `draft-${id}` }).where(eq(articles.id, id)).run();
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Slugs of other articles of the locale that begin with `prefix`: what a new slug and its numbered variants must avoid. */
export async function slugsStartingWith(locale: ContentLocale, prefix: string, exceptArticleId: number): Promise<string[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb()
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.locale, locale), ne(articles.id, exceptArticleId), sql`${articles.slug} like ${pattern} escape '\\'`));
  return rows.map((row) => row.slug);
}

export type ExistingReferences = { sectionIds: number[]; authorIds: number[]; mediaIds: number[]; articles: { id: number; locale: ContentLocale }[] };

/** Which of the records a draft points at exist, so a save can name the missing one instead of failing on a foreign key. */
export async function findExistingReferences(refs: { sectionIds: number[]; authorIds: number[]; mediaIds: number[]; articleIds: number[] }): Promise<ExistingReferences> {
  const db = getDb();
  const ids = async <T>(list: number[], query: (list: number[]) => Promise<T[]>) => (list.length === 0 ? [] : query(list));
  const [sectionRows, authorRows, mediaRows, articleRows] = await Promise.all([
    ids(refs.sectionIds, (list) => db.select({ id: sections.id }).from(sections).where(inArray(sections.id, list))),
    ids(refs.authorIds, (list) => db.select({ id: authors.id }).from(authors).where(inArray(authors.id, list))),
    ids(refs.mediaIds, (list) => db.select({ id: media.id }).from(media).where(inArray(media.id, list))),
    ids(refs.articleIds, (list) => db.select({ id: articles.id, locale: articles.locale }).from(articles).where(inArray(articles.id, list))),
  ]);
  return {
    sectionIds: sectionRows.map((row) => row.id),
    authorIds: authorRows.map((row) => row.id),
    mediaIds: mediaRows.map((row) => row.id),
    articles: articleRows,
  };
}

export type EditorMedia = { id: number; fileName: string; width: number; height: number; alt: string; caption: string; credit: string };

/** The pictures a draft shows (hero, social, body), described the way the media picker describes a choice. */
export async function listEditorMedia(ids: number[]): Promise<EditorMedia[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: media.id, fileName: media.fileName, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(inArray(media.id, [...new Set(ids)]));
}

// ---------------------------------------------------------------------------------------------------------------
// Revisions: every save and publish, kept for good.

export type RevisionSummary = { id: number; version: number; kind: (typeof articleRevisions.$inferSelect)["kind"]; createdAt: Date; userName: string | null };
export type Revision = RevisionSummary & { snapshot: unknown };

const revisionColumns = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  kind: articleRevisions.kind,
  createdAt: articleRevisions.createdAt,
  userName: users.name,
};

export async function listRevisions(articleId: number): Promise<RevisionSummary[]> {
  return getDb()
    .select(revisionColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.userId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id));
}

export async function countRevisions(articleId: number): Promise<number> {
  return getDb().$count(articleRevisions, eq(articleRevisions.articleId, articleId));
}

export async function getRevision(articleId: number, revisionId: number): Promise<Revision | undefined> {
  const [row] = await getDb()
    .select({ ...revisionColumns, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.userId))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)))
    .limit(1);
  return row;
}

/** The tags of these names that exist in the locale, with their slugs: a preview links tags as the site will. */
export async function findTagsByName(locale: ContentLocale, names: string[]): Promise<{ name: string; slug: string }[]> {
  if (names.length === 0) return [];
  return getDb()
    .select({ name: tags.name, slug: tags.slug })
    .from(tags)
    .where(and(eq(tags.locale, locale), inArray(tags.name, names)));
}
