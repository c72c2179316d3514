"use server";

import { z } from "zod";
import type { ArticleSaved, EditorLock } from "@/components/admin/articleEditorTypes";
import { claimLock, deleteAutosave, type LockState, releaseLock, storeAutosave } from "@/db/queries/articleEditing";
import { searchTags } from "@/db/queries/taxonomy";
import { type ActionResult, runAction } from "@/lib/admin/actionResult";
import { requirePermission } from "@/lib/auth/session";
import { articleDraftSchema, autosaveDraftSchema, type EditorDraft } from "@/lib/content/articleDraft";
import { normalizeLine } from "@/lib/hindi/normalize";
import { lockLapsedBefore } from "@/lib/newsroom/locks";
import { editorOf } from "./editorOf";
import { persistDraft, persistedResult } from "./persistDraft";

const articleId = z.number().int().positive();
const version = z.number().int().positive();
const draftInput = z.object({ articleId, baseVersion: version, draft: z.unknown() });

function lockView(state: LockState): EditorLock {
  return { heldByMe: state.heldByMe, holder: state.holder ? { name: state.holder.name, heartbeatAt: state.holder.heartbeatAt.toISOString() } : null };
}

/**
 * Saves the editor's draft as the article's next version. `baseVersion` is the version the editor started from:
 * if someone saved since (or has taken the article over), nothing is written and the answer is a conflict carrying
 * the version that stands, for the editor to compare and choose.
 */
export async function saveArticle(input: { articleId: number; baseVersion: number; draft: EditorDraft }): Promise<ActionResult<ArticleSaved>> {
  return persistedResult(
    await runAction(async () => {
      await requirePermission("article.edit");
      const parsed = draftInput.parse(input);
      const draft = articleDraftSchema.parse(parsed.draft);
      const user = await editorOf(parsed.articleId);
      return persistDraft({ user, articleId: parsed.articleId, baseVersion: parsed.baseVersion, draft, kind: "save" });
    }),
  );
}

/**
 * Keeps the user's unsaved work in their autosave row (no revision, no new version) and heartbeats their lock.
 * Half-written work is accepted as it is, only normalised: full validation waits for the save.
 */
export async function autosaveArticle(input: { articleId: number; baseVersion: number; draft: EditorDraft }): Promise<ActionResult<{ savedAt: string; lock: EditorLock }>> {
  return runAction(async () => {
    await requirePermission("article.edit");
    const parsed = draftInput.parse(input);
    const snapshot = autosaveDraftSchema.parse(parsed.draft);
    const user = await editorOf(parsed.articleId);
    const now = new Date();
    const lock = await storeAutosave({ articleId: parsed.articleId, userId: user.id, baseVersion: parsed.baseVersion, snapshot, now, lapsedBefore: lockLapsedBefore(now) });
    return { savedAt: now.toISOString(), lock: lockView(lock) };
  });
}

/** Drops the user's autosave when they choose the saved version over it. */
export async function discardAutosave(input: { articleId: number }): Promise<ActionResult> {
  return runAction(async () => {
    await requirePermission("article.edit");
    const id = articleId.parse(input.articleId);
    const user = await editorOf(id);
    await deleteAutosave(id, user.id);
    return undefined;
  });
}

/**
 * Takes the article's lock if it is free, lapsed or already this user's (which is also the heartbeat); with
 * `takeOver`, takes it from whoever holds it. The other editor's autosave stays theirs.
 */
export async function acquireLock(input: { articleId: number; takeOver?: boolean }): Promise<ActionResult<EditorLock>> {
  return runAction(async () => {
    await requirePermission("article.edit");
    const { articleId: id, takeOver } = z.object({ articleId, takeOver: z.boolean().optional() }).parse(input);
    const user = await editorOf(id);
    const now = new Date();
    return lockView(await claimLock({ articleId: id, userId: user.id, now, lapsedBefore: lockLapsedBefore(now), takeOver }));
  });
}

export async function releaseArticleLock(input: { articleId: number }): Promise<ActionResult> {
  return runAction(async () => {
    // Anyone signed in may let go of their own lock, and nobody of another's.
    const user = await requirePermission("article.create");
    await releaseLock(articleId.parse(input.articleId), user.id);
    return undefined;
  });
}

/** Existing tags of the locale that start with what the editor is typing. */
export async function suggestTags(input: { locale: "hi" | "en"; prefix: string }): Promise<ActionResult<string[]>> {
  return runAction(async () => {
    await requirePermission("article.edit");
    const { locale, prefix } = z.object({ locale: z.enum(["hi", "en"]), prefix: z.string().max(60).transform(normalizeLine) }).parse(input);
    if (!prefix) return [];
    return (await searchTags(locale, prefix, 8)).map((tag) => tag.name);
  });
}
