"use client";

import { useTranslations } from "next-intl";

/** Shown instead of a stack trace when a reader page fails; the reader can try again. */
export default function ReaderError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="main" className="container not-found">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <button type="button" className="button-link" onClick={reset}>
          {t("retry")}
        </button>
      </p>
    </main>
  );
}
