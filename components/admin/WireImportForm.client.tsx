"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { importWireCopies } from "@/app/admin/import/actions";
import { maxWireFileBytes, maxWireFilesPerUpload, wireFilesPerRequest, type WireImportStatus } from "@/app/admin/import/limits";
import { failedRow, type WireImportRow } from "@/app/admin/import/report";
import { useHydrated } from "./useHydrated";
import { WireImportResults } from "./WireImportResults";
import "./wireImport.css";

type SectionChoice = { slug: string; name: string };
type Run = { dryRun: boolean; rows: WireImportRow[] };
type Failure = { error: string; details: string[] };

/**
 * Chooses wire copies and imports them (or previews the import) in batches of `wireFilesPerRequest` files, so that
 * no request comes near the server's body limit and the editor sees how far it has got. A refused or lost request
 * stops the run with its reason and keeps the chosen files and options; running again is safe, because a copy
 * imported once is only reported as already imported.
 */
export function WireImportForm({ sections, canPublish }: { sections: SectionChoice[]; canPublish: boolean }) {
  const t = useTranslations("admin.import.form");
  const hydrated = useHydrated();
  const [files, setFiles] = useState<File[]>([]);
  const [section, setSection] = useState(sections[0]?.slug ?? "");
  const [status, setStatus] = useState<WireImportStatus>("draft");
  const [previewFirst, setPreviewFirst] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const tooMany = files.length > maxWireFilesPerUpload;
  const megabytes = maxWireFileBytes / 1024 / 1024;

  function start(dryRun: boolean) {
    if (files.length === 0 || tooMany) return;
    // The server refuses these too; skipping them here spares the upload and lets the rest of the batch go in.
    const oversized = files.filter((file) => file.size > maxWireFileBytes);
    const sendable = files.filter((file) => file.size <= maxWireFileBytes);
    const total = files.length;
    setFailure(null);
    setRun({ dryRun, rows: oversized.map((file) => failedRow(file.name, t("tooLargeHere", { megabytes }))) });
    setProgress({ done: oversized.length, total });
    startTransition(async () => {
      for (let from = 0; from < sendable.length; from += wireFilesPerRequest) {
        const batch = sendable.slice(from, from + wireFilesPerRequest);
        const data = new FormData();
        for (const file of batch) data.append("files", file);
        data.append("section", section);
        data.append("status", status);
        if (dryRun) data.append("dryRun", "1");
        const answer = await importWireCopies(data).catch(() => null);
        if (!answer) {
          setFailure({ error: t("connectionFailed"), details: [] });
          return;
        }
        if (!answer.ok) {
          setFailure({ error: answer.error, details: Object.values(answer.fieldErrors ?? {}).flat() });
          return;
        }
        setRun((current) => ({ dryRun, rows: [...(current?.rows ?? []), ...answer.data.rows] }));
        setProgress({ done: oversized.length + from + batch.length, total });
      }
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start(previewFirst);
  }

  const size = files.reduce((sum, file) => sum + file.size, 0);
  const canRunForReal = run?.dryRun === true && !pending && !failure && run.rows.some((row) => row.state === "preview");
  return (
    <>
      <form className="panel wire-form" onSubmit={submit} aria-labelledby="wire-form-heading">
        <h2 id="wire-form-heading">{t("heading")}</h2>
        <p className="field-hint">{t("intro")}</p>
        {failure ? (
          <div className="notice notice-error" role="alert">
            <p>{failure.error}</p>
            {failure.details.length > 0 ? (
              <ul>
                {failure.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
            <p>{t("safeToRetry")}</p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="wire-files">{t("files")}</label>
          <input
            id="wire-files"
            type="file"
            multiple
            accept=".txt,text/plain"
            disabled={!hydrated || pending}
            aria-describedby="wire-files-hint"
            onChange={(event) => setFiles(Array.from(event.currentTarget.files ?? []))}
          />
          <span className="field-hint" id="wire-files-hint">
            {t("filesHint", { megabytes, max: maxWireFilesPerUpload })}
          </span>
          {files.length > 0 ? (
            <span className={tooMany ? "wire-chosen wire-chosen-error" : "wire-chosen"} role={tooMany ? "alert" : undefined}>
              {tooMany ? t("tooMany", { count: files.length, max: maxWireFilesPerUpload }) : t("chosen", { count: files.length, kilobytes: Math.ceil(size / 1024) })}
            </span>
          ) : null}
        </div>
        <div className="wire-options">
          <div className="field">
            <label htmlFor="wire-section">{t("section")}</label>
            <select id="wire-section" value={section} onChange={(event) => setSection(event.currentTarget.value)} disabled={!hydrated || pending}>
              {sections.map((choice) => (
                <option key={choice.slug} value={choice.slug}>
                  {choice.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="wire-status">{t("status")}</label>
            <select
              id="wire-status"
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as WireImportStatus)}
              disabled={!hydrated || pending}
              aria-describedby={canPublish ? undefined : "wire-status-hint"}
            >
              <option value="draft">{t("statuses.draft")}</option>
              <option value="in_review">{t("statuses.in_review")}</option>
              {canPublish ? <option value="published">{t("statuses.published")}</option> : null}
            </select>
            {canPublish ? null : (
              <span className="field-hint" id="wire-status-hint">
                {t("noPublish")}
              </span>
            )}
          </div>
        </div>
        <label className="wire-check">
          <input type="checkbox" checked={previewFirst} onChange={(event) => setPreviewFirst(event.currentTarget.checked)} disabled={!hydrated || pending} />
          {t("previewFirst")}
        </label>
        <div className="wire-actions">
          <button type="submit" className="button" disabled={!hydrated || pending || files.length === 0 || tooMany}>
            {pending ? t("working") : previewFirst ? t("preview") : t("submit")}
          </button>
          {progress ? (
            <span className="wire-progress" role="status">
              <progress value={progress.done} max={progress.total} aria-hidden="true" />
              {t("progress", { done: progress.done, total: progress.total })}
            </span>
          ) : null}
        </div>
      </form>
      {run && run.rows.length > 0 ? <WireImportResults rows={run.rows} dryRun={run.dryRun} /> : null}
      {canRunForReal ? (
        <div className="panel wire-confirm">
          <p>{t("confirmIntro", { status: t(`statuses.${status}`) })}</p>
          <button type="button" className="button" disabled={!hydrated} onClick={() => start(false)}>
            {t("importNow")}
          </button>
        </div>
      ) : null}
    </>
  );
}
