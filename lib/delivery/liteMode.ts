import type { IncomingHttpHeaders } from "node:http";

export type Variant = "full" | "lite";

export const liteCookie = "kd_lite";

/**
 * Lite mode: the reader's own choice in the footer (cookie 1 = lite, 0 = full) comes first; without one, the
 * browser's data saver (`Save-Data: on`) asks for it.
 */
const liteChoice = new RegExp(`(?:^|;\\s*)${liteCookie}=([01])(?:;|$)`);

export function pageVariant(headers: IncomingHttpHeaders): Variant {
  const choice = liteChoice.exec(headers.cookie ?? "")?.[1];
  if (choice) return choice === "1" ? "lite" : "full";
  return String(headers["save-data"] ?? "").toLowerCase() === "on" ? "lite" : "full";
}
