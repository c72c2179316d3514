/**
 * JSON for an inline <script>: no character of any string can end the script element (`</script>`), open an HTML
 * comment (`<!--`) or, in older JavaScript engines, end a line inside a string literal (U+2028, U+2029).
 * Every escape is still valid JSON, so JSON.parse gives back exactly the original strings.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
