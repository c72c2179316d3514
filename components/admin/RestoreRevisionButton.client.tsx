"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/admin/actionResult";
import type { ArticleSaved } from "./articleEditorTypes";
import { useHydrated } from "./useHydrated";

/** "Restore this revision": a new version with that content; on success the editor opens with it. */
export function RestoreRevisionButton({
  articleId,
  revisionId,
  version,
  baseVersion,
  restore,
}: {
  articleId: number;
  revisionId: number;
  version: number;
  baseVersion: number;
  restore: (input: { articleId: number; revisionId: number; baseVersion: number }) => Promise<ActionResult<ArticleSaved>>;
}) {
  const t = useTranslations("admin.editor.revisions");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const hydrated = useHydrated();

  function run() {
    if (!window.confirm(t("restoreConfirm", { version }))) return;
    startTransition(async () => {
      const answer = await restore({ articleId, revisionId, baseVersion });
      if (answer.ok) router.push(`/admin/articles/${articleId}`);
      else setError(answer.error);
    });
  }

  return (
    <span className="restore-revision">
      <button type="button" className="button button-secondary" disabled={!hydrated || pending} onClick={run}>
        {pending ? t("restoring") : t("restore", { version })}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
