/**
 * Why a file could not become an article. The command line prints `describeWireFileProblem` in English; the newsroom
 * translates the code with its numbers (app/admin/import/reasons.ts), so no wording is matched by pattern.
 */
export type WireFileProblem =
  | { code: "empty" }
  | { code: "blank" }
  | { code: "tooLarge"; maxBytes: number }
  | { code: "utf16" }
  | { code: "binary"; offset: number; found: string }
  | { code: "notUtf8"; offset: number }
  | { code: "headlineTooLong"; length: number; max: number }
  | { code: "noBody" }
  | { code: "notSaved"; detail: string }
  | { code: "unreadable"; detail: string };

export function describeWireFileProblem(problem: WireFileProblem): string {
  switch (problem.code) {
    case "empty":
      return "empty file";
    case "blank":
      return "only blank lines";
    case "tooLarge":
      return `larger than ${problem.maxBytes / (1024 * 1024)} MB`;
    case "utf16":
      return "UTF-16 text; save the copy as UTF-8";
    case "binary":
      return `binary file (${problem.found} at offset ${problem.offset})`;
    case "notUtf8":
      return `not UTF-8 text (invalid byte at offset ${problem.offset})`;
    case "headlineTooLong":
      return `first line too long for a headline (${problem.length} characters, at most ${problem.max})`;
    case "noBody":
      return "no body text after the headline";
    case "notSaved":
      return `not saved: ${problem.detail}`;
    case "unreadable":
      return `cannot read: ${problem.detail}`;
  }
}
