"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ArticleStatus } from "@/db/schema";
import { formatDateTime } from "@/lib/hindi/format";
import type { TransitionName } from "@/lib/newsroom/workflow";
import { ArticleStatusBadge } from "./ArticleStatusBadge";
import { useHydrated } from "./useHydrated";

/** Steps that take a story off the site or out of the queue ask first. */
const confirmFirst: TransitionName[] = ["unpublish", "unschedule"];

/**
 * The workflow steps this user may take now (lib/newsroom/workflow availableTransitions), as buttons. The editor
 * saves pending edits before each step; the server checks the right again.
 */
export function WorkflowPanel({
  status,
  publishedAt,
  scheduledAt,
  transitions,
  busy,
  onTransition,
}: {
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  transitions: TransitionName[];
  busy: boolean;
  onTransition: (name: TransitionName, scheduledAt?: string) => void;
}) {
  const t = useTranslations("admin.editor.workflow");
  const steps = useTranslations("admin.workflow");
  const statusName = useTranslations("admin.status");
  const locale = useLocale() === "en" ? "en" : "hi";
  const id = useId();
  const [when, setWhen] = useState("");
  const hydrated = useHydrated();

  function take(name: TransitionName) {
    if (confirmFirst.includes(name) && !window.confirm(t(`confirm.${name}`))) return;
    onTransition(name, name === "schedule" ? when : undefined);
  }

  return (
    <section className="panel editor-workflow" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("title")}</h2>
      <p>
        <ArticleStatusBadge status={status} label={statusName(status)} />
        {status === "scheduled" && scheduledAt ? <span> {t("scheduledFor", { when: formatDateTime(new Date(scheduledAt), locale) })}</span> : null}
        {publishedAt && status === "published" ? <span> {t("publishedAt", { when: formatDateTime(new Date(publishedAt), locale) })}</span> : null}
      </p>
      {transitions.length === 0 ? <p className="field-hint">{t("none")}</p> : null}
      <div className="editor-button-row">
        {transitions
          .filter((name) => name !== "schedule")
          .map((name) => (
            <button key={name} type="button" className={name === "publish" ? "button" : "button button-secondary"} disabled={busy || !hydrated} onClick={() => take(name)}>
              {steps(`transition.${name}`)}
            </button>
          ))}
      </div>
      {transitions.includes("schedule") ? (
        <div className="editor-schedule">
          <div className="field">
            <label htmlFor={`${id}-when`}>{steps("scheduledAtLabel")}</label>
            <input id={`${id}-when`} type="datetime-local" value={when} onChange={(event) => setWhen(event.currentTarget.value)} aria-describedby={`${id}-when-hint`} />
            <span className="field-hint" id={`${id}-when-hint`}>
              {t("scheduleHint")}
            </span>
          </div>
          <button type="button" className="button button-secondary" disabled={busy || !hydrated || !when} onClick={() => take("schedule")}>
            {steps("transition.schedule")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
