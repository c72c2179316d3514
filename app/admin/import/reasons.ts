import type { WireFileProblem } from "@/lib/import/wireFileProblem";

/**
 * The importer names why it refused a file with a code and its numbers; the newsroom says it in the editor's
 * language. A database refusal is not explained in its own technical words: the copy can simply be sent again.
 */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export function failureReason(problem: WireFileProblem, t: Translate): string {
  switch (problem.code) {
    case "binary":
    case "notUtf8":
      return t(problem.code, { offset: problem.offset });
    case "headlineTooLong":
      return t(problem.code, { length: problem.length, max: problem.max });
    case "tooLarge":
      return t(problem.code, { megabytes: problem.maxBytes / (1024 * 1024) });
    case "unreadable":
      return t("other", { reason: problem.detail });
    default:
      return t(problem.code);
  }
}
