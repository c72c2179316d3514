import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export async function Pagination({
  locale,
  page,
  pages,
  hrefFor,
}: {
  locale: Locale;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "pagination" });
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? (
        <a rel="prev" href={hrefFor(page - 1)}>
          ← {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("status", { page, pages })}</span>
      {page < pages ? (
        <a rel="next" href={hrefFor(page + 1)}>
          {t("next")} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
