"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type SyntheticEvent, useId, useRef, useState, useTransition } from "react";
import { createPortal } from "react-dom";
import { searchMediaLibrary } from "@/app/admin/media/actions";
import { MediaThumb } from "./MediaThumb";
import { MediaUploadForm } from "./MediaUploadForm.client";
import "./media.css";

export type PickedMedia = { id: number; fileName: string; width: number; height: number; alt: string; caption: string; credit: string };

type Results = { items: PickedMedia[]; page: number; pages: number; total: number; canUpload: boolean };

/** Events inside the dialog stay inside it: the article form around the picker must not see its search or upload. */
function contain(event: SyntheticEvent) {
  event.stopPropagation();
}

/**
 * Chooses an image from the media library: shows the current choice, and opens a dialog that searches the library
 * (and, for those allowed, uploads a new image). With `onChange` the parent holds the value; without it the picker
 * keeps its own, starting from `value`. With `name` it also puts the chosen id in a hidden input for plain forms.
 */
export function MediaPicker({
  name,
  value,
  onChange,
  label,
}: {
  name?: string;
  value: PickedMedia | null;
  onChange?: (media: PickedMedia | null) => void;
  label: string;
}) {
  const t = useTranslations("admin.media.picker");
  const id = useId();
  const [own, setOwn] = useState(value);
  const current = onChange ? value : own;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Results | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const dialog = useRef<HTMLDialogElement | null>(null);

  function choose(media: PickedMedia | null) {
    if (onChange) onChange(media);
    else setOwn(media);
    dialog.current?.close();
  }

  function search(page: number) {
    startTransition(async () => {
      const answer = await searchMediaLibrary({ query, page });
      if (answer.ok) {
        setResults(answer.data);
        setFailure(null);
      } else setFailure(answer.error);
    });
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    search(1);
  }

  function openDialog() {
    setOpen(true);
    search(1);
  }

  return (
    <div className="media-picker" role="group" aria-labelledby={`${id}-label`}>
      <span className="media-picker-label" id={`${id}-label`}>
        {label}
      </span>
      {current ? (
        <span className="media-picker-current">
          <MediaThumb media={current} size={72} decorative />
          <span>{current.alt}</span>
        </span>
      ) : (
        <span className="field-hint">{t("none")}</span>
      )}
      <button type="button" className="button button-secondary" onClick={openDialog}>
        {current ? t("change") : t("choose")}
      </button>
      {current ? (
        <button type="button" className="link-button" onClick={() => choose(null)}>
          {t("clear")}
        </button>
      ) : null}
      {name ? <input type="hidden" name={name} value={current?.id ?? ""} /> : null}
      {open
        ? createPortal(
            <dialog
              ref={(node) => {
                dialog.current = node;
                if (node && !node.open) node.showModal();
              }}
              className="media-picker-dialog"
              aria-labelledby={`${id}-title`}
              onClose={() => setOpen(false)}
              onSubmit={contain}
              onChange={contain}
              onInput={contain}
              onKeyDown={contain}
            >
              <div className="media-picker-head">
                <h2 id={`${id}-title`}>{t("title", { label })}</h2>
                <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
                  {t("close")}
                </button>
              </div>
              <form role="search" className="media-search" onSubmit={submitSearch}>
                <div className="field">
                  <label htmlFor={`${id}-query`}>{t("search")}</label>
                  <input id={`${id}-query`} type="search" value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
                </div>
                <button type="submit" className="button" disabled={pending}>
                  {t("searchButton")}
                </button>
              </form>
              {failure ? (
                <p className="notice notice-error" role="alert">
                  {failure}
                </p>
              ) : null}
              <p className="field-hint" aria-live="polite">
                {pending ? t("searching") : results ? t("found", { total: results.total }) : ""}
              </p>
              {results && results.items.length > 0 ? (
                <ul className="media-picker-results">
                  {results.items.map((media) => (
                    <li key={media.id}>
                      <button type="button" aria-pressed={current?.id === media.id} onClick={() => choose(media)}>
                        <MediaThumb media={media} decorative />
                        <span>{media.alt}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
              {results && results.pages > 1 ? (
                <div className="media-pager">
                  <button type="button" className="link-button" disabled={pending || results.page <= 1} onClick={() => search(results.page - 1)}>
                    {t("previous")}
                  </button>
                  <span>{t("position", { page: results.page, pages: results.pages })}</span>
                  <button
                    type="button"
                    className="link-button"
                    disabled={pending || results.page >= results.pages}
                    onClick={() => search(results.page + 1)}
                  >
                    {t("next")}
                  </button>
                </div>
              ) : null}
              {results?.canUpload ? (
                <details>
                  <summary>{t("uploadNew")}</summary>
                  <MediaUploadForm multiple={false} onUploaded={choose} />
                </details>
              ) : null}
            </dialog>,
            document.body,
          )
        : null}
    </div>
  );
}
