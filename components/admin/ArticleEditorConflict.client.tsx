"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SaveConflict } from "@/lib/admin/actionResult";
import { editorDraftFrom, type EditorDraft } from "@/lib/content/articleDraft";
import { documentPlainText } from "@/lib/content/document";
import { formatDateTime } from "@/lib/hindi/format";

function Version({ title, draft, lang }: { title: string; draft: EditorDraft; lang: string }) {
  const t = useTranslations("admin.editor.conflict");
  return (
    <section className="conflict-version" aria-label={title} lang={lang}>
      <h3>{title}</h3>
      <p className="conflict-headline">{draft.headline || t("empty")}</p>
      {draft.standfirst ? <p className="conflict-standfirst">{draft.standfirst}</p> : null}
      <div className="conflict-body">
        {documentPlainText(draft.body)
          .split("\n")
          .map((line, index) => (
            <p key={index}>{line}</p>
          ))}
      </div>
    </section>
  );
}

/**
 * A refused save: the editor's own text and the version that stands, side by side and read-only, and the two ways
 * on. Neither loses anything: the editor's text is already in their autosave, and overwriting is an explicit choice.
 */
export function ConflictPanel({
  conflict,
  mine,
  busy,
  onUseNewer,
  onKeepMine,
}: {
  conflict: SaveConflict;
  mine: EditorDraft;
  busy: boolean;
  onUseNewer: () => void;
  onKeepMine: () => void;
}) {
  const t = useTranslations("admin.editor.conflict");
  const locale = useLocale() === "en" ? "en" : "hi";
  const newer = editorDraftFrom(conflict.snapshot);
  const when = formatDateTime(new Date(conflict.savedAt), locale);
  return (
    <section className="panel conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("title")}</h2>
      <p>{t("explain")}</p>
      <div className="conflict-columns">
        <Version title={t("mine")} draft={mine} lang={mine.locale} />
        <Version title={t("newer", { name: conflict.savedBy ?? t("someone"), when, version: conflict.version })} draft={newer} lang={newer.locale} />
      </div>
      <div className="editor-button-row">
        <button type="button" className="button button-secondary" disabled={busy} onClick={onUseNewer}>
          {t("useNewer")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onKeepMine}>
          {conflict.lockedBy ? t("takeOverAndSave", { name: conflict.lockedBy }) : t("keepMine")}
        </button>
      </div>
      <p className="field-hint">{t("safe")}</p>
    </section>
  );
}
