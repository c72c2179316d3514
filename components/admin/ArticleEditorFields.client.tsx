"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useId, useState } from "react";
import { draftLimits, type EditorDraft } from "@/lib/content/articleDraft";
import type { TiptapNode } from "@/lib/content/tiptapDocument";
import { formatDatelineDate } from "@/lib/hindi/format";
import { BodyEditor } from "./BodyEditor.client";
import type { EditorActions, EditorOptions } from "./articleEditorTypes";
import { MediaPicker, type PickedMedia } from "./MediaPicker.client";

type Update = <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => void;

export type SlugControl = { follows: boolean; frozen: boolean; edit: (value: string) => void; follow: () => void };

function numberOrNull(value: string): number | null {
  const number = Number(value);
  return value.trim() === "" || !Number.isInteger(number) ? null : number;
}

function splitTags(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Label, control, hint, length counter and error of one field, wired together for screen readers. */
function Field({
  id,
  label,
  hint,
  count,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  count?: { value: string; max: number };
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const t = useTranslations("admin.editor");
  const described = [hint ? `${id}-hint` : null, count ? `${id}-count` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  const over = count ? count.value.length > count.max : false;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(described || undefined, Boolean(errors?.length))}
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {count ? (
        <span className={`field-hint field-count${over ? " field-count-over" : ""}`} id={`${id}-count`}>
          {t("count", { length: count.value.length, max: count.max })}
        </span>
      ) : null}
      {errors?.length ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {errors.map((key) => (t.has(`fieldError.${key}`) ? t(`fieldError.${key}`) : t("fieldError.invalid"))).join(" ")}
        </span>
      ) : null}
    </div>
  );
}

/** Comma-separated tags, with the locale's existing tags suggested for the one being typed. */
function TagsField({ draft, update, readOnly, errors, suggestTags }: { draft: EditorDraft; update: Update; readOnly: boolean; errors?: string[]; suggestTags: EditorActions["suggestTags"] }) {
  const t = useTranslations("admin.editor.fields");
  const id = useId();
  const [text, setText] = useState(draft.tags.join(", "));
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const typing = text.split(/[,،]/).at(-1)?.trim() ?? "";

  useEffect(() => {
    if (readOnly || typing.length === 0) return;
    const timer = window.setTimeout(async () => {
      const answer = await suggestTags({ locale: draft.locale, prefix: typing });
      if (answer.ok) setSuggestions(answer.data);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [typing, draft.locale, readOnly, suggestTags]);

  const before = text.slice(0, text.length - (text.split(/[,،]/).at(-1)?.length ?? 0));
  return (
    <Field id={`${id}-tags`} label={t("tags")} hint={t("tagsHint")} errors={errors}>
      {(describedBy, invalid) => (
        <>
          <input
            id={`${id}-tags`}
            list={`${id}-tag-list`}
            value={text}
            readOnly={readOnly}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="off"
            onChange={(event) => {
              setText(event.currentTarget.value);
              update("tags", splitTags(event.currentTarget.value));
            }}
          />
          <datalist id={`${id}-tag-list`}>
            {typing.length > 0
              ? suggestions.map((name) => <option key={name} value={`${before}${before && !before.endsWith(" ") ? " " : ""}${name}`} />)
              : null}
          </datalist>
        </>
      )}
    </Field>
  );
}

/** The byline: staff authors ticked in the order they should appear. */
function AuthorsField({ draft, update, readOnly, options, errors }: { draft: EditorDraft; update: Update; readOnly: boolean; options: EditorOptions; errors?: string[] }) {
  const t = useTranslations("admin.editor.fields");
  const names = new Map(options.authors.map((author) => [author.id, author.name]));
  return (
    <fieldset className="field editor-authors" aria-describedby={errors?.length ? "authors-error" : undefined}>
      <legend>{t("authors")}</legend>
      <div className="editor-author-list">
        {options.authors.map((author) => {
          const checked = draft.authorIds.includes(author.id);
          return (
            <label key={author.id} className="editor-check">
              <input
                type="checkbox"
                checked={checked}
                disabled={readOnly}
                onChange={() => update("authorIds", checked ? draft.authorIds.filter((id) => id !== author.id) : [...draft.authorIds, author.id])}
              />
              {author.name}
            </label>
          );
        })}
      </div>
      {draft.authorIds.length > 1 ? (
        <span className="field-hint">{t("authorsOrder", { names: draft.authorIds.map((id) => names.get(id) ?? `#${id}`).join(", ") })}</span>
      ) : null}
      {errors?.length ? (
        <span className="field-error" id="authors-error" role="alert">
          {t("authorsMissing")}
        </span>
      ) : null}
    </fieldset>
  );
}

export function ArticleEditorFields({
  articleId,
  draft,
  update,
  readOnly,
  fieldErrors,
  options,
  media,
  onMediaPicked,
  bodyInitial,
  onBodyChange,
  slug,
  suggestTags,
}: {
  articleId: number;
  draft: EditorDraft;
  update: Update;
  readOnly: boolean;
  fieldErrors: Record<string, string[]>;
  options: EditorOptions;
  media: Map<number, PickedMedia>;
  onMediaPicked: (media: PickedMedia) => void;
  bodyInitial: TiptapNode;
  onBodyChange: (doc: TiptapNode) => void;
  slug: SlugControl;
  suggestTags: EditorActions["suggestTags"];
}) {
  const t = useTranslations("admin.editor.fields");
  const id = `article-${articleId}`;
  const picked = (mediaId: number | null) => (mediaId === null ? null : (media.get(mediaId) ?? null));
  const pick = (key: "heroMediaId" | "socialMediaId") => (choice: PickedMedia | null) => {
    if (choice) onMediaPicked(choice);
    update(key, choice?.id ?? null);
  };
  const text = (key: "headline" | "standfirst" | "agency" | "bylineText" | "datelinePlace" | "metaTitle" | "metaDescription") => ({
    value: draft[key] ?? "",
    readOnly,
    onChange: (event: { currentTarget: { value: string } }) => update(key, event.currentTarget.value),
  });
  const datelinePreview =
    draft.datelinePlace && draft.datelineDay && draft.datelineMonth && draft.datelineMonth >= 1 && draft.datelineMonth <= 12
      ? `${draft.datelinePlace}, ${formatDatelineDate(draft.datelineDay, draft.datelineMonth, draft.datelineYear ?? null, draft.locale)}`
      : draft.datelinePlace;

  return (
    <div className="editor-layout">
      <div className="editor-main">
        <Field id={`${id}-headline`} label={t("headline")} count={{ value: draft.headline, max: draftLimits.headline }} errors={fieldErrors.headline}>
          {(describedBy, invalid) => (
            <textarea id={`${id}-headline`} className="editor-headline" rows={2} required aria-describedby={describedBy} aria-invalid={invalid} lang={draft.locale} {...text("headline")} />
          )}
        </Field>
        <Field id={`${id}-standfirst`} label={t("standfirst")} count={{ value: draft.standfirst ?? "", max: draftLimits.standfirst }} errors={fieldErrors.standfirst}>
          {(describedBy, invalid) => (
            <textarea id={`${id}-standfirst`} className="editor-standfirst" rows={3} aria-describedby={describedBy} aria-invalid={invalid} lang={draft.locale} {...text("standfirst")} />
          )}
        </Field>
        <div className="field" lang={draft.locale}>
          <span className="editor-body-label" id={`${id}-body-label`}>
            {t("body")}
          </span>
          <BodyEditor labelId={`${id}-body-label`} initial={bodyInitial} editable={!readOnly} onChange={onBodyChange} onMediaPicked={onMediaPicked} />
          {fieldErrors.body?.length ? (
            <span className="field-error" role="alert">
              {fieldErrors.body.includes("imageMissing") ? t("bodyImageMissing") : t("bodyInvalid")}
            </span>
          ) : null}
        </div>
      </div>

      <div className="editor-side">
        <section className="panel" aria-labelledby={`${id}-placement`}>
          <h2 id={`${id}-placement`}>{t("placement")}</h2>
          <Field id={`${id}-section`} label={t("section")} errors={fieldErrors.sectionId}>
            {(describedBy) => (
              <select id={`${id}-section`} value={draft.sectionId ?? ""} disabled={readOnly} aria-describedby={describedBy} onChange={(event) => update("sectionId", numberOrNull(event.currentTarget.value))}>
                {options.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${id}-locale`} label={t("locale")}>
            {() => (
              <select id={`${id}-locale`} value={draft.locale} disabled={readOnly} onChange={(event) => update("locale", event.currentTarget.value === "en" ? "en" : "hi")}>
                <option value="hi">{t("localeHi")}</option>
                <option value="en">{t("localeEn")}</option>
              </select>
            )}
          </Field>
          <TagsField draft={draft} update={update} readOnly={readOnly} errors={fieldErrors.tags} suggestTags={suggestTags} />
        </section>

        <section className="panel" aria-labelledby={`${id}-credit`}>
          <h2 id={`${id}-credit`}>{t("credit")}</h2>
          <AuthorsField draft={draft} update={update} readOnly={readOnly} options={options} errors={fieldErrors.authorIds} />
          <Field id={`${id}-byline`} label={t("bylineText")} hint={t("bylineTextHint")} errors={fieldErrors.bylineText}>
            {(describedBy, invalid) => <input id={`${id}-byline`} aria-describedby={describedBy} aria-invalid={invalid} {...text("bylineText")} />}
          </Field>
          <Field id={`${id}-agency`} label={t("agency")} hint={t("agencyHint")} errors={fieldErrors.agency}>
            {(describedBy, invalid) => <input id={`${id}-agency`} aria-describedby={describedBy} aria-invalid={invalid} {...text("agency")} />}
          </Field>
        </section>

        <section className="panel" aria-labelledby={`${id}-dateline`}>
          <h2 id={`${id}-dateline`}>{t("dateline")}</h2>
          <Field id={`${id}-place`} label={t("datelinePlace")} errors={fieldErrors.datelinePlace}>
            {(describedBy, invalid) => <input id={`${id}-place`} aria-describedby={describedBy} aria-invalid={invalid} {...text("datelinePlace")} />}
          </Field>
          <div className="editor-dateline-date">
            <Field id={`${id}-day`} label={t("datelineDay")} errors={fieldErrors.datelineDay}>
              {(describedBy, invalid) => (
                <input
                  id={`${id}-day`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={31}
                  value={draft.datelineDay ?? ""}
                  readOnly={readOnly}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update("datelineDay", numberOrNull(event.currentTarget.value))}
                />
              )}
            </Field>
            <Field id={`${id}-month`} label={t("datelineMonth")} errors={fieldErrors.datelineMonth}>
              {(describedBy, invalid) => (
                <select
                  id={`${id}-month`}
                  value={draft.datelineMonth ?? ""}
                  disabled={readOnly}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update("datelineMonth", numberOrNull(event.currentTarget.value))}
                >
                  <option value="">—</option>
                  {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
                    <option key={month} value={month}>
                      {formatDatelineDate(1, month, null, draft.locale).replace(/^1 /, "")}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${id}-year`} label={t("datelineYear")} errors={fieldErrors.datelineYear}>
              {(describedBy, invalid) => (
                <input
                  id={`${id}-year`}
                  type="number"
                  inputMode="numeric"
                  min={1900}
                  max={2100}
                  value={draft.datelineYear ?? ""}
                  readOnly={readOnly}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update("datelineYear", numberOrNull(event.currentTarget.value))}
                />
              )}
            </Field>
          </div>
          {datelinePreview ? <p className="field-hint">{t("datelinePreview", { dateline: datelinePreview })}</p> : null}
        </section>

        <section className="panel" aria-labelledby={`${id}-pictures`}>
          <h2 id={`${id}-pictures`}>{t("pictures")}</h2>
          {readOnly ? (
            <p className="field-hint">{picked(draft.heroMediaId ?? null)?.alt ?? t("noHero")}</p>
          ) : (
            <MediaPicker value={picked(draft.heroMediaId ?? null)} onChange={pick("heroMediaId")} label={t("hero")} />
          )}
          {fieldErrors.heroMediaId?.length ? <span className="field-error">{t("mediaMissing")}</span> : null}
        </section>

        <section className="panel" aria-labelledby={`${id}-address`}>
          <h2 id={`${id}-address`}>{t("address")}</h2>
          <Field
            id={`${id}-slug`}
            label={t("slug")}
            hint={slug.frozen ? t("slugFrozen") : slug.follows ? t("slugFollows") : t("slugOwn")}
            count={{ value: draft.slug ?? "", max: draftLimits.slug }}
            errors={fieldErrors.slug}
          >
            {(describedBy, invalid) => (
              <input
                id={`${id}-slug`}
                lang="en"
                dir="ltr"
                spellCheck={false}
                value={draft.slug ?? ""}
                readOnly={readOnly}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => slug.edit(event.currentTarget.value)}
              />
            )}
          </Field>
          {!readOnly && !slug.frozen && !slug.follows ? (
            <button type="button" className="link-button" onClick={slug.follow}>
              {t("slugFromHeadline")}
            </button>
          ) : null}
          <Field id={`${id}-translation`} label={t("translationOf")} hint={t("translationOfHint")} errors={fieldErrors.translationOfId}>
            {(describedBy, invalid) => (
              <input
                id={`${id}-translation`}
                type="number"
                inputMode="numeric"
                min={1}
                value={draft.translationOfId ?? ""}
                readOnly={readOnly}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update("translationOfId", numberOrNull(event.currentTarget.value))}
              />
            )}
          </Field>
        </section>

        <section className="panel" aria-labelledby={`${id}-seo`}>
          <h2 id={`${id}-seo`}>{t("seo")}</h2>
          <Field id={`${id}-meta-title`} label={t("metaTitle")} hint={t("metaTitleHint")} count={{ value: draft.metaTitle ?? "", max: draftLimits.metaTitle }} errors={fieldErrors.metaTitle}>
            {(describedBy, invalid) => <input id={`${id}-meta-title`} aria-describedby={describedBy} aria-invalid={invalid} {...text("metaTitle")} />}
          </Field>
          <Field
            id={`${id}-meta-description`}
            label={t("metaDescription")}
            hint={t("metaDescriptionHint")}
            count={{ value: draft.metaDescription ?? "", max: draftLimits.metaDescription }}
            errors={fieldErrors.metaDescription}
          >
            {(describedBy, invalid) => <textarea id={`${id}-meta-description`} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...text("metaDescription")} />}
          </Field>
          {readOnly ? (
            <p className="field-hint">{picked(draft.socialMediaId ?? null)?.alt ?? t("noSocial")}</p>
          ) : (
            <MediaPicker value={picked(draft.socialMediaId ?? null)} onChange={pick("socialMediaId")} label={t("socialImage")} />
          )}
          {fieldErrors.socialMediaId?.length ? <span className="field-error">{t("mediaMissing")}</span> : null}
        </section>
      </div>
    </div>
  );
}
