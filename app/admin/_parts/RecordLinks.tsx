/** The last cell of a section, tag or author list: edit the record here, or see its page on the site in a new tab. */
export function RecordLinks({ editHref, editLabel, siteHref, siteLabel }: { editHref: string; editLabel: string; siteHref: string; siteLabel: string }) {
  return (
    <>
      <a href={editHref}>{editLabel}</a> ·{" "}
      <a href={siteHref} target="_blank" rel="noopener">
        {siteLabel}
      </a>
    </>
  );
}
