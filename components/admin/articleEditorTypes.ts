import type { ArticleStatus, Role } from "@/db/schema";
import type { ActionResult } from "@/lib/admin/actionResult";
import type { EditorDraft } from "@/lib/content/articleDraft";
import type { TransitionName } from "@/lib/newsroom/workflow";
import type { PickedMedia } from "./MediaPicker.client";

/** Where the article stands, as the editor page hands it to the browser (dates as ISO strings). */
export type EditorArticle = {
  id: number;
  status: ArticleStatus;
  version: number;
  createdByUserId: number | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
  lastSavedBy: string | null;
  /** The reader URL while the story is published. */
  readerPath: string | null;
};

export type EditorOptions = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  /** Every picture the draft, its autosave or a revision shows, by id. */
  media: PickedMedia[];
};

export type AutosaveOffer = { draft: EditorDraft; savedAt: string; baseVersion: number };

export type EditorUser = { id: number; role: Role; name: string };

/** The lock as the page shows it: this user's, or someone else's since their last heartbeat. */
export type EditorLock = { heldByMe: boolean; holder: { name: string; heartbeatAt: string } | null };

export type DraftRequest = { articleId: number; baseVersion: number; draft: EditorDraft };
export type ArticleSaved = { version: number; updatedAt: string; slug: string };
export type StatusChanged = { version: number; status: ArticleStatus; publishedAt: string | null; scheduledAt: string | null };

/**
 * The server actions the editor calls, handed down by the page (app/admin/articles/[id]/actions.ts and workflow.ts),
 * so that components never import from app/.
 */
export type EditorActions = {
  save: (input: DraftRequest) => Promise<ActionResult<ArticleSaved>>;
  autosave: (input: DraftRequest) => Promise<ActionResult<{ savedAt: string; lock: EditorLock }>>;
  discardAutosave: (input: { articleId: number }) => Promise<ActionResult>;
  acquireLock: (input: { articleId: number; takeOver?: boolean }) => Promise<ActionResult<EditorLock>>;
  suggestTags: (input: { locale: "hi" | "en"; prefix: string }) => Promise<ActionResult<string[]>>;
  changeStatus: (input: { articleId: number; version: number; transition: TransitionName; scheduledAt?: string }) => Promise<ActionResult<StatusChanged>>;
};
