"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, formatRelativeOrDateTime } from "@/lib/hindi/format";
import type { AutosaveOffer, EditorLock } from "./articleEditorTypes";

function adminLocale(locale: string): "hi" | "en" {
  return locale === "en" ? "en" : "hi";
}

/** "<name> इसे अभी संपादित कर रहे हैं": the article is read-only here until this user takes it over. */
export function LockBanner({ lock, busy, onTakeOver }: { lock: EditorLock; busy: boolean; onTakeOver: () => void }) {
  const t = useTranslations("admin.editor.lock");
  const locale = adminLocale(useLocale());
  if (lock.heldByMe || !lock.holder) return null;
  const when = formatRelativeOrDateTime(new Date(lock.holder.heartbeatAt), new Date(), locale);
  return (
    <div className="notice notice-info editor-lock" role="status">
      <p>
        <strong>{t("heldBy", { name: lock.holder.name, when })}</strong>
      </p>
      <p>{t("readOnly")}</p>
      <button type="button" className="button" disabled={busy} onClick={onTakeOver}>
        {t("takeOver")}
      </button>
    </div>
  );
}

/** Work the user typed but never saved, found on opening: put it back, or let it go. */
export function RestoreOffer({ offer, newerSaved, busy, onRestore, onDiscard }: { offer: AutosaveOffer; newerSaved: boolean; busy: boolean; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("admin.editor.autosave");
  const locale = adminLocale(useLocale());
  return (
    <div className="notice notice-info editor-restore" role="alert">
      <p>
        <strong>{t("offer", { when: formatDateTime(new Date(offer.savedAt), locale) })}</strong>
      </p>
      <p>{newerSaved ? t("offerOlderBase") : t("offerHint")}</p>
      <div className="editor-button-row">
        <button type="button" className="button" disabled={busy} onClick={onRestore}>
          {t("restore")}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
    </div>
  );
}
