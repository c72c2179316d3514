import { useTranslations } from "next-intl";
import type { WireImportRow } from "@/app/admin/import/report";
import "./wireImport.css";

/** An empty cell shows a dash in the table; a phone's card leaves the line out. */
function cellClass(value: unknown, className = ""): string | undefined {
  return [className, value === null ? "wire-empty" : ""].filter(Boolean).join(" ") || undefined;
}

/**
 * One line per uploaded file — what became of it, and what the importer read from it — under a one-line count.
 * Imported copies (and copies imported before) link to their editor.
 */
export function WireImportResults({ rows, dryRun }: { rows: WireImportRow[]; dryRun: boolean }) {
  const t = useTranslations("admin.import.results");
  const count = (state: WireImportRow["state"]) => rows.filter((row) => row.state === state).length;
  const counts = { imported: count("imported"), preview: count("preview"), already: count("alreadyImported"), failed: count("failed") };
  return (
    <section className="panel wire-results" aria-labelledby="wire-results-heading">
      <h2 id="wire-results-heading">{dryRun ? t("previewHeading") : t("heading")}</h2>
      <p className="wire-summary">{dryRun ? t("previewSummary", counts) : t("summary", counts)}</p>
      <table className="admin-table desk-cards wire-table">
        <caption className="visually-hidden">{dryRun ? t("previewHeading") : t("heading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.file")}</th>
            <th scope="col">{t("columns.state")}</th>
            <th scope="col">{t("columns.headline")}</th>
            <th scope="col">{t("columns.dateline")}</th>
            <th scope="col">{t("columns.byline")}</th>
            <th scope="col">{t("columns.paragraphs")}</th>
            <th scope="col">{t("columns.article")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${index}-${row.file}`} data-state={row.state}>
              <td data-label={t("columns.file")} className="wire-file">
                {row.file}
              </td>
              <td data-label={t("columns.state")}>
                <span className="status-badge wire-state" data-state={row.state}>
                  {t(`states.${row.state}`)}
                </span>
                {row.reason ? <span className="wire-reason">{row.reason}</span> : null}
              </td>
              <td data-label={t("columns.headline")} lang="hi" className={cellClass(row.headline, "wire-headline")}>
                {row.headline ?? "—"}
              </td>
              <td data-label={t("columns.dateline")} lang="hi" className={cellClass(row.dateline)}>
                {row.dateline ?? "—"}
              </td>
              <td data-label={t("columns.byline")} lang="hi" className={cellClass(row.byline)}>
                {row.byline ?? "—"}
              </td>
              <td data-label={t("columns.paragraphs")} className={cellClass(row.paragraphs, "wire-count")}>
                {row.paragraphs ?? "—"}
              </td>
              <td data-label={t("columns.article")} className={cellClass(row.editPath)}>
                {row.editPath ? <a href={row.editPath}>{t("openEditor")}</a> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
