import { getTranslations } from "next-intl/server";
import { normalizeLine } from "@/lib/hindi/normalize";

/** Previous / next links of a newsroom list; `hrefFor` keeps the list's other query parameters. */
export async function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("admin.taxonomy.pager");
  return (
    <nav className="desk-pager" aria-label={t("label")}>
      {page > 1 ? <a href={hrefFor(page - 1)}>{t("previous")}</a> : <span />}
      <span>{t("position", { page, pages })}</span>
      {page < pages ? <a href={hrefFor(page + 1)}>{t("next")}</a> : <span />}
    </nav>
  );
}

/** `?page=N` for newsroom lists: anything that is not a page number is the first page. */
export function deskPage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export function deskQuery(value: string | string[] | undefined): string {
  return normalizeLine(Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).slice(0, 200);
}
