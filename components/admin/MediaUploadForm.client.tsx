"use client";

import Image from "next/image";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { uploadMedia } from "@/app/admin/media/actions";
import { acceptedImageMimeTypes, maxAltLength, maxCaptionLength, maxCreditLength, maxImageBytes } from "@/lib/media/limits";
import type { PickedMedia } from "./MediaPicker.client";
import { useHydrated } from "./useHydrated";

type Entry = {
  key: number;
  file: File;
  preview: string;
  alt: string;
  caption: string;
  credit: string;
  state: "ready" | "done" | "rejected";
  message: string;
};

type TextField = "alt" | "caption" | "credit";
const limits: Record<TextField, number> = { alt: maxAltLength, caption: maxCaptionLength, credit: maxCreditLength };

/**
 * Chooses one or several images, asks for each one's alt text (required), caption and credit, and uploads them one
 * request per file, so that each is accepted or refused on its own and no request carries more than one file.
 * Without `onUploaded` it refreshes the page afterwards (the library grid); with it, it hands each new item over.
 */
export function MediaUploadForm({ onUploaded, multiple = true }: { onUploaded?: (media: PickedMedia) => void; multiple?: boolean }) {
  const t = useTranslations("admin.media.upload");
  const router = useRouter();
  const id = useId();
  const nextKey = useRef(0);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  function choose(files: FileList | null) {
    const chosen = Array.from(files ?? []).map(
      (file): Entry => ({
        key: nextKey.current++,
        file,
        preview: URL.createObjectURL(file),
        alt: "",
        caption: "",
        credit: "",
        // The server decides; this only spares a long upload that is bound to fail.
        state: file.size > maxImageBytes ? "rejected" : "ready",
        message: file.size > maxImageBytes ? t("tooLargeHere", { megabytes: maxImageBytes / 1024 / 1024 }) : "",
      }),
    );
    setEntries((current) => (multiple ? [...current.filter((entry) => entry.state !== "done"), ...chosen] : chosen.slice(0, 1)));
    setFailure(null);
  }

  function edit(key: number, field: TextField, value: string) {
    setEntries((current) =>
      current.map((entry) => (entry.key === key && entry.state !== "done" ? { ...entry, [field]: value, state: "ready", message: "" } : entry)),
    );
  }

  function remove(key: number) {
    setEntries((current) => {
      const gone = current.find((entry) => entry.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return current.filter((entry) => entry.key !== key);
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Inside the picker this form is portalled out of the article form, but React bubbles submit through the tree.
    event.stopPropagation();
    const waiting = entries.filter((entry) => entry.state === "ready");
    if (waiting.length === 0) return;
    startTransition(async () => {
      for (const entry of waiting) {
        const data = new FormData();
        data.append("file", entry.file);
        data.append("alt", entry.alt);
        data.append("caption", entry.caption);
        data.append("credit", entry.credit);
        const answer = await uploadMedia(data).catch(() => null);
        if (!answer) {
          // The request itself failed (connection lost, or a body the server would not take): say so on this file.
          setEntries((current) => current.map((item) => (item.key === entry.key ? { ...item, state: "rejected", message: t("failed") } : item)));
          continue;
        }
        if (!answer.ok) {
          setFailure(answer.error);
          return;
        }
        const result = answer.data.results[0]!;
        setEntries((current) =>
          current.map((item) =>
            item.key === entry.key
              ? { ...item, state: result.ok ? "done" : "rejected", message: result.ok ? t("done") : result.message }
              : item,
          ),
        );
        if (result.ok) onUploaded?.(result.item);
      }
      if (!onUploaded) router.refresh();
    });
  }

  const ready = entries.filter((entry) => entry.state === "ready").length;
  return (
    <form onSubmit={submit} className="media-upload" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-files`}>{multiple ? t("chooseFiles") : t("chooseFile")}</label>
        <input
          id={`${id}-files`}
          type="file"
          accept={acceptedImageMimeTypes.join(",")}
          multiple={multiple}
          disabled={!hydrated}
          onChange={(event) => {
            choose(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
        <span className="field-hint">{t("hint", { megabytes: maxImageBytes / 1024 / 1024 })}</span>
      </div>
      {entries.length > 0 ? (
        <ul className="media-upload-list">
          {entries.map((entry) => (
            <li key={entry.key} className="media-upload-item">
              <Image
                src={entry.preview}
                alt=""
                width={96}
                height={96}
                unoptimized
                // A file that is not an image has no preview; an empty box says so better than a broken icon.
                onError={(event) => {
                  event.currentTarget.style.visibility = "hidden";
                }}
              />
              <div className="media-upload-fields">
                <p className="media-meta">
                  {entry.file.name} · {t("size", { kilobytes: Math.ceil(entry.file.size / 1024) })}
                </p>
                {entry.message ? (
                  <p className={`notice ${entry.state === "done" ? "notice-success" : "notice-error"}`} role={entry.state === "done" ? "status" : "alert"}>
                    {entry.message}
                  </p>
                ) : null}
                {entry.state === "done" || entry.file.size > maxImageBytes ? null : (
                  <>
                    {(["alt", "caption", "credit"] as const).map((field) => (
                      <div className="field" key={field}>
                        <label htmlFor={`${id}-${entry.key}-${field}`}>{t(field)}</label>
                        <input
                          id={`${id}-${entry.key}-${field}`}
                          value={entry[field]}
                          maxLength={limits[field]}
                          aria-required={field === "alt"}
                          aria-describedby={field === "alt" ? `${id}-${entry.key}-alt-hint` : undefined}
                          onChange={(event) => edit(entry.key, field, event.currentTarget.value)}
                        />
                        {field === "alt" ? (
                          <span className="field-hint" id={`${id}-${entry.key}-alt-hint`}>
                            {t("altHint")}
                          </span>
                        ) : null}
                      </div>
                    ))}
                  </>
                )}
                <button type="button" className="link-button" onClick={() => remove(entry.key)}>
                  {entry.state === "done" ? t("dismiss") : t("remove")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="submit" className="button" disabled={pending || ready === 0}>
        {pending ? t("uploading") : t("submit", { count: ready })}
      </button>
    </form>
  );
}
