/**
 * The importer explains a refused file in English for the command line ("binary file (NUL byte at offset 4)"); the
 * newsroom says the same in the editor's language. Each known explanation has a message with its numbers carried
 * over; anything unforeseen is shown as it came, so a reason is never lost. reasons.test.ts feeds the importer real
 * bad files, so a change in its wording shows up there rather than as English on the page.
 */
type Translate = (key: string, values?: Record<string, string | number>) => string;

const known: { pattern: RegExp; key: string; values?: (match: RegExpExecArray) => Record<string, string | number> }[] = [
  { pattern: /^empty file$/, key: "empty" },
  { pattern: /^only blank lines$/, key: "blank" },
  { pattern: /^UTF-16 text/, key: "utf16" },
  { pattern: /^binary file \(.*offset (\d+)\)$/, key: "binary", values: (match) => ({ offset: match[1]! }) },
  { pattern: /^not UTF-8 text \(.*offset (\d+)\)$/, key: "notUtf8", values: (match) => ({ offset: match[1]! }) },
  {
    pattern: /^first line too long for a headline \((\d+) characters, at most (\d+)\)$/,
    key: "headlineTooLong",
    values: (match) => ({ length: match[1]!, max: match[2]! }),
  },
  { pattern: /^no body text after the headline$/, key: "noBody" },
  // The database refused the write; its own words mean nothing to an editor, and the copy can simply be sent again.
  { pattern: /^not saved: /, key: "notSaved" },
];

export function failureReason(error: string, t: Translate): string {
  for (const { pattern, key, values } of known) {
    const match = pattern.exec(error);
    if (match) return t(key, values?.(match));
  }
  return t("other", { reason: error });
}
