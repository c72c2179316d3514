"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod";
import type { SaveConflict } from "@/lib/admin/actionResult";
import { can } from "@/lib/auth/permissions";
import { articleDraftSchema, editorDraftFrom, type EditorDraft } from "@/lib/content/articleDraft";
import { documentToTiptap, type TiptapNode, tiptapToDocument } from "@/lib/content/tiptapDocument";
import { formatDateTime } from "@/lib/hindi/format";
import { lockHeartbeatMs } from "@/lib/newsroom/locks";
import { followsHeadline, isSlugFrozen, proposeSlug } from "@/lib/newsroom/slugs";
import { availableTransitions, type TransitionName } from "@/lib/newsroom/workflow";
import { ArticleEditorFields, type SlugControl } from "./ArticleEditorFields.client";
import { ConflictPanel } from "./ArticleEditorConflict.client";
import { LockBanner, RestoreOffer } from "./ArticleEditorNotices.client";
import { WorkflowPanel } from "./ArticleEditorWorkflow.client";
import { useHydrated } from "./useHydrated";
import type { AutosaveOffer, EditorActions, EditorArticle, EditorLock, EditorOptions, EditorUser } from "./articleEditorTypes";
import type { PickedMedia } from "./MediaPicker.client";
import "./editor.css";
import { ArticleStatusBadge } from "./ArticleStatusBadge";

const autosaveEveryMs = 5_000;

/** Steps that move a story towards readers. */
const forwardSteps: TransitionName[] = ["submit", "publish", "schedule"];

type Notice = { kind: "success" | "error" | "info"; text: string } | null;

/**
 * The article editor: the form, and everything that keeps work from being lost — autosave every few seconds
 * while there are unsaved changes, saves that carry the version they started from, the conflict choice when
 * someone saved in between, the edit lock and its heartbeat, and the offer to restore unsaved work on opening.
 */
export function ArticleEditor({
  article,
  saved,
  autosave,
  lock: initialLock,
  options,
  user,
  actions,
  revisionsCount,
}: {
  article: EditorArticle;
  saved: EditorDraft;
  autosave: AutosaveOffer | null;
  lock: EditorLock;
  options: EditorOptions;
  user: EditorUser;
  actions: EditorActions;
  revisionsCount: number;
}) {
  const t = useTranslations("admin.editor");
  const steps = useTranslations("admin.workflow");
  const statusName = useTranslations("admin.status");
  const locale = useLocale() === "en" ? "en" : "hi";
  const articleId = article.id;
  const router = useRouter();

  const [draft, setDraft] = useState(saved);
  const [formKey, setFormKey] = useState(0);
  const [media, setMedia] = useState(() => new Map(options.media.map((item) => [item.id, item])));
  const mediaSource = useCallback((id: number) => (media.has(id) ? `/media/${media.get(id)!.fileName}` : undefined), [media]);
  const [bodyInitial, setBodyInitial] = useState<TiptapNode>(() => documentToTiptap(saved.body, mediaSource));
  const [version, setVersion] = useState(article.version);
  const [status, setStatus] = useState(article.status);
  const [publishedAt, setPublishedAt] = useState(article.publishedAt);
  const [scheduledAt, setScheduledAt] = useState(article.scheduledAt);
  const [lock, setLock] = useState(initialLock);
  const [offer, setOffer] = useState(autosave);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [autosaveState, setAutosaveState] = useState<{ at: string | null; failed: boolean }>({ at: null, failed: false });
  const [revisions, setRevisions] = useState(revisionsCount);
  const hydrated = useHydrated();
  const slugFrozen = isSlugFrozen({ status, publishedAt: publishedAt ? new Date(publishedAt) : null });
  const [slugFollows, setSlugFollows] = useState(() => !slugFrozen && followsHeadline(saved.slug ?? "", saved.headline ?? "", articleId));

  const ref = { createdByUserId: article.createdByUserId, status };
  const mayEdit = can(user, "article.edit", ref);
  const readOnly = !mayEdit || !lock.heldByMe || offer !== null || conflict !== null;
  const transitions = availableTransitions(user, ref);

  // Counters of edits: made, saved as a version, kept by the last autosave. Refs, because timers read them.
  const edits = useRef({ made: 0, saved: 0, autosaved: 0 });
  const live = useRef({ draft, version, lockHeld: lock.heldByMe });
  useEffect(() => {
    live.current = { draft, version, lockHeld: lock.heldByMe };
  }, [draft, version, lock.heldByMe]);
  const lastContact = useRef(0);
  // One request at a time: a save and an autosave must not overtake each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const exclusive = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  function changed() {
    edits.current.made += 1;
    setDirty(true);
  }

  function update<K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) {
    setDraft((previous) => {
      const next = { ...previous, [key]: value };
      if (key === "headline" && slugFollows) next.slug = String(value).trim() ? proposeSlug(String(value)) : "";
      return next;
    });
    changed();
  }

  function onBodyChange(json: TiptapNode) {
    const body = tiptapToDocument(json);
    // Selections and empty paragraphs change the editor's JSON but not the story.
    if (JSON.stringify(body) === JSON.stringify(live.current.draft.body)) return;
    live.current.draft = { ...live.current.draft, body };
    setDraft((previous) => ({ ...previous, body }));
    changed();
  }

  const slug: SlugControl = {
    follows: slugFollows,
    frozen: slugFrozen,
    edit: (value) => {
      setSlugFollows(false);
      update("slug", value);
    },
    follow: () => {
      setSlugFollows(true);
      update("slug", draft.headline?.trim() ? proposeSlug(draft.headline) : "");
    },
  };

  /** Loads other content into the form (an autosave, the newer version) and remounts the body editor with it. */
  function load(next: EditorDraft) {
    setDraft(next);
    live.current.draft = next;
    setBodyInitial(documentToTiptap(next.body, mediaSource));
    setFormKey((key) => key + 1);
    setSlugFollows(!slugFrozen && followsHeadline(next.slug ?? "", next.headline ?? "", articleId));
  }

  const autosaveNow = useCallback(
    () =>
      exclusive(async () => {
        const made = edits.current.made;
        if (made === edits.current.autosaved) return true;
        const result = await actions.autosave({ articleId, baseVersion: live.current.version, draft: live.current.draft });
        if (!result.ok) {
          setAutosaveState((state) => ({ ...state, failed: true }));
          return false;
        }
        edits.current.autosaved = made;
        lastContact.current = Date.now();
        setAutosaveState({ at: result.data.savedAt, failed: false });
        setLock(result.data.lock);
        return true;
      }),
    [actions, articleId, exclusive],
  );

  async function save(baseVersion?: number): Promise<number | null> {
    setBusy(true);
    setNotice(null);
    const result = await exclusive(async () => {
      const made = edits.current.made;
      const sent = live.current.draft;
      const answer = await actions.save({ articleId, baseVersion: baseVersion ?? live.current.version, draft: sent });
      if (answer.ok) {
        edits.current.saved = made;
        // The server cleared the autosave: what it held is now a version.
        edits.current.autosaved = Math.max(edits.current.autosaved, made);
        lastContact.current = Date.now();
        live.current.version = answer.data.version;
      }
      return { answer, made, sent };
    });
    setBusy(false);
    const { answer, made, sent } = result;
    if (answer.ok) {
      setVersion(answer.data.version);
      setDirty(edits.current.made !== made);
      setConflict(null);
      setFieldErrors({});
      setRevisions((count) => count + 1);
      if (answer.data.slug !== sent.slug) setDraft((previous) => ({ ...previous, slug: answer.data.slug }));
      setNotice({ kind: "success", text: t("save.saved", { version: answer.data.version, when: formatDateTime(new Date(answer.data.updatedAt), locale) }) });
      return answer.data.version;
    }
    setNotice({ kind: "error", text: answer.error });
    if (answer.code === "conflict" && answer.conflict) {
      setConflict(answer.conflict);
      // The editor's text goes to their autosave at once, so whichever way they choose it is on the server.
      await autosaveNow();
    } else {
      setFieldErrors(answer.fieldErrors ?? {});
    }
    return null;
  }

  async function takeOver() {
    setBusy(true);
    const answer = await actions.acquireLock({ articleId, takeOver: true });
    setBusy(false);
    if (!answer.ok) {
      setNotice({ kind: "error", text: answer.error });
      return;
    }
    lastContact.current = Date.now();
    setLock(answer.data);
    // Nothing typed here yet: open the article afresh, as the other editor may have saved since this page loaded.
    if (edits.current.made === edits.current.saved && offer === null) window.location.reload();
  }

  function restoreAutosave() {
    if (!offer) return;
    load(offer.draft);
    // Restored work based on an older version must meet the newer one through the conflict choice, never silently.
    setVersion(Math.min(offer.baseVersion, article.version));
    live.current.version = Math.min(offer.baseVersion, article.version);
    setOffer(null);
    changed();
    setNotice({ kind: "info", text: t("autosave.restored") });
  }

  async function discardOffer() {
    setBusy(true);
    const answer = await actions.discardAutosave({ articleId });
    setBusy(false);
    if (answer.ok) setOffer(null);
    else setNotice({ kind: "error", text: answer.error });
  }

  async function takeNewer() {
    if (!conflict) return;
    setBusy(true);
    const kept = await autosaveNow();
    setBusy(false);
    if (!kept) {
      setNotice({ kind: "error", text: t("conflict.notKept") });
      return;
    }
    load(editorDraftFrom(conflict.snapshot));
    setVersion(conflict.version);
    live.current.version = conflict.version;
    edits.current.saved = edits.current.made;
    edits.current.autosaved = edits.current.made;
    setDirty(false);
    setConflict(null);
    setNotice({ kind: "info", text: t("conflict.loadedNewer") });
    if (conflict.lockedBy) {
      const answer = await actions.acquireLock({ articleId });
      if (answer.ok) setLock(answer.data);
    }
  }

  async function keepMine() {
    if (!conflict) return;
    if (conflict.lockedBy) {
      const answer = await actions.acquireLock({ articleId, takeOver: true });
      if (!answer.ok) {
        setNotice({ kind: "error", text: answer.error });
        return;
      }
      setLock(answer.data);
    }
    await save(conflict.version);
  }

  async function transition(name: TransitionName, when?: string) {
    // A story goes forward only whole: the same rules as a save, checked even when nothing is unsaved.
    if (forwardSteps.includes(name)) {
      const check = articleDraftSchema.safeParse(live.current.draft);
      if (!check.success) {
        setFieldErrors(z.flattenError(check.error).fieldErrors as Record<string, string[]>);
        setNotice({ kind: "error", text: t("incomplete") });
        return;
      }
    }
    let base = live.current.version;
    if (edits.current.made !== edits.current.saved) {
      const savedVersion = await save();
      if (savedVersion === null) return;
      base = savedVersion;
    }
    setBusy(true);
    const answer = await actions.changeStatus({ articleId, version: base, transition: name, ...(when ? { scheduledAt: when } : {}) });
    setBusy(false);
    if (!answer.ok) {
      setNotice({ kind: "error", text: answer.fieldErrors?.scheduledAt?.[0] ?? answer.error });
      return;
    }
    setVersion(answer.data.version);
    live.current.version = answer.data.version;
    setStatus(answer.data.status);
    setPublishedAt(answer.data.publishedAt);
    setScheduledAt(answer.data.scheduledAt);
    setRevisions((count) => count + 1);
    if (answer.data.publishedAt) setSlugFollows(false);
    const scheduledTime = answer.data.scheduledAt ? formatDateTime(new Date(answer.data.scheduledAt), locale) : "";
    setNotice({ kind: "success", text: steps(`done.${name}`, { time: scheduledTime }) });
  }

  async function preview() {
    // Opened now, while the click still counts as the user's: a window opened after an await is often blocked.
    const opened = window.open("", "_blank");
    let path = `/admin/articles/${articleId}/preview`;
    if (edits.current.made !== edits.current.saved) {
      await autosaveNow();
      path += "?source=autosave";
    }
    if (opened) opened.location.replace(path);
    else router.push(path);
  }

  // Autosave while there is unsaved work; it also heartbeats the lock.
  useEffect(() => {
    if (!mayEdit) return;
    const timer = window.setInterval(() => {
      if (edits.current.made !== edits.current.autosaved) void autosaveNow();
    }, autosaveEveryMs);
    return () => window.clearInterval(timer);
  }, [mayEdit, autosaveNow]);

  // Opening the editor takes the lock when it is free or lapsed; otherwise the banner shows who holds it.
  useEffect(() => {
    if (!mayEdit) return;
    let current = true;
    void actions.acquireLock({ articleId }).then((answer) => {
      if (!current || !answer.ok) return;
      lastContact.current = Date.now();
      setLock(answer.data);
    });
    return () => {
      current = false;
    };
  }, [mayEdit, actions, articleId]);

  // With nothing to autosave, the lock still needs its heartbeat.
  useEffect(() => {
    if (!mayEdit || !lock.heldByMe) return;
    const timer = window.setInterval(async () => {
      if (Date.now() - lastContact.current < lockHeartbeatMs) return;
      lastContact.current = Date.now();
      const answer = await actions.acquireLock({ articleId });
      if (answer.ok) setLock(answer.data);
    }, lockHeartbeatMs / 3);
    return () => window.clearInterval(timer);
  }, [mayEdit, lock.heldByMe, actions, articleId]);

  // Leaving: let go of the lock (best effort), and warn while typed work has not reached the server yet.
  useEffect(() => {
    function leave() {
      if (live.current.lockHeld) navigator.sendBeacon(`/admin/articles/${articleId}/lock`);
    }
    function warn(event: BeforeUnloadEvent) {
      if (edits.current.made !== edits.current.autosaved) event.preventDefault();
    }
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", warn);
    };
  }, [articleId]);

  // Ctrl+S is the save button, and does nothing while the button is disabled: saving while the restore offer or
  // the conflict choice is open would store the old text as a new version and clear the unsaved work's autosave.
  const saveShortcut = useRef<() => void>(() => undefined);
  useEffect(() => {
    saveShortcut.current = () => {
      if (mayEdit && !busy && !readOnly) void save();
    };
  });
  useEffect(() => {
    function shortcut(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveShortcut.current();
      }
    }
    window.addEventListener("keydown", shortcut);
    return () => window.removeEventListener("keydown", shortcut);
  }, []);

  const autosaveLabel = autosaveState.failed
    ? t("autosave.failed")
    : autosaveState.at
      ? t("autosave.at", { when: formatDateTime(new Date(autosaveState.at), locale) })
      : null;

  return (
    <div className="article-editor">
      <div className="editor-bar" role="region" aria-label={t("barLabel")}>
        <div className="editor-bar-state">
          <ArticleStatusBadge status={status} label={statusName(status)} />
          <span>{t("version", { version })}</span>
          {article.lastSavedBy && !dirty && version === article.version ? (
            <span className="field-hint">{t("lastSavedBy", { name: article.lastSavedBy, when: formatDateTime(new Date(article.updatedAt), locale) })}</span>
          ) : null}
          <span aria-live="polite">{dirty ? t("unsaved") : t("allSaved")}</span>
          {autosaveLabel ? <span className="field-hint">{autosaveLabel}</span> : null}
        </div>
        <div className="editor-bar-actions">
          {mayEdit ? (
            <button type="button" className="button" disabled={busy || readOnly || !hydrated} onClick={() => void save()} aria-keyshortcuts="Control+S">
              {busy ? t("save.working") : t("save.button")}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => void preview()}>
            {t("preview")}
          </button>
          <a className="button button-secondary" href={`/admin/articles/${articleId}/revisions`}>
            {t("revisionsLink", { count: revisions })}
          </a>
          {article.readerPath && status === "published" ? (
            <a href={article.readerPath} target="_blank" rel="noopener">
              {t("viewOnSite")}
            </a>
          ) : null}
        </div>
      </div>

      {notice ? (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
          {notice.text}
        </p>
      ) : null}
      {!mayEdit ? <p className="notice notice-info">{t("cannotEdit")}</p> : null}
      {mayEdit ? <LockBanner lock={lock} busy={busy} onTakeOver={() => void takeOver()} /> : null}
      {offer ? (
        <RestoreOffer offer={offer} newerSaved={offer.baseVersion < article.version} busy={busy} onRestore={restoreAutosave} onDiscard={() => void discardOffer()} />
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} mine={draft} busy={busy} onUseNewer={() => void takeNewer()} onKeepMine={() => void keepMine()} /> : null}

      <ArticleEditorFields
        key={formKey}
        articleId={articleId}
        draft={draft}
        update={update}
        readOnly={readOnly}
        fieldErrors={fieldErrors}
        options={options}
        media={media}
        onMediaPicked={(item: PickedMedia) => setMedia((known) => new Map(known).set(item.id, item))}
        bodyInitial={bodyInitial}
        onBodyChange={onBodyChange}
        slug={slug}
        suggestTags={actions.suggestTags}
      />

      <WorkflowPanel status={status} publishedAt={publishedAt} scheduledAt={scheduledAt} transitions={transitions} busy={busy || offer !== null || conflict !== null} onTransition={(name, when) => void transition(name, when)} />
    </div>
  );
}
