"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { moveSectionAction } from "./actions";

/** Up and down for one row of the section list; the page refreshes itself through the action's revalidation. */
export function SectionMoveButtons({ id, name, first, last }: { id: number; name: string; first: boolean; last: boolean }) {
  const t = useTranslations("admin.sections");
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function move(direction: "up" | "down") {
    startTransition(async () => {
      const answer = await moveSectionAction(id, direction);
      setFailure(answer.ok ? null : answer.error);
    });
  }

  return (
    <span className="desk-move">
      <button type="button" className="button button-secondary" disabled={pending || first} onClick={() => move("up")} aria-label={t("moveUp", { name })}>
        ↑
      </button>
      <button type="button" className="button button-secondary" disabled={pending || last} onClick={() => move("down")} aria-label={t("moveDown", { name })}>
        ↓
      </button>
      {failure ? (
        <span className="desk-inline-error" role="alert">
          {failure}
        </span>
      ) : null}
    </span>
  );
}
