import { createHash } from "node:crypto";
import { draftLimits } from "@/lib/content/articleDraft";
import { type ParsedWireCopy, parseWireCopy, WireParseError } from "@/lib/wire/parseWireCopy";
import { type ImportedArticleJson, importedArticleJson } from "./importedArticleJson";
import { readWireFile } from "./readWireFile";
import { describeWireFileProblem, type WireFileProblem } from "./wireFileProblem";

export type WireFile = { name: string; bytes: Uint8Array };

/** A file read and parsed, before anything touches the database; `contentHash` is the SHA-256 of its bytes. */
export type PreparedWireFile =
  | { file: string; ok: true; contentHash: string; copy: ParsedWireCopy; article: ImportedArticleJson }
  | WireFileRefusal;

/** `error` is the problem in the command line's English; `problem` is for translating it. */
export type WireFileRefusal = { file: string; ok: false; error: string; problem: WireFileProblem };

function parse(text: string): { copy: ParsedWireCopy } | { problem: WireFileProblem } {
  try {
    return { copy: parseWireCopy(text) };
  } catch (error) {
    if (error instanceof WireParseError) return { problem: { code: "blank" } };
    throw error;
  }
}

export function refusal(file: string, problem: WireFileProblem): WireFileRefusal {
  return { file, ok: false, error: describeWireFileProblem(problem), problem };
}

/** Reads one file as a wire copy; a file that cannot be an article says why instead. */
export function prepareWireFile({ name, bytes }: WireFile, importDate: Date): PreparedWireFile {
  const read = readWireFile(bytes);
  if (!read.ok) return refusal(name, read.problem);
  const parsed = parse(read.text);
  if ("problem" in parsed) return refusal(name, parsed.problem);
  const { copy } = parsed;
  if (copy.headline.length > draftLimits.headline) {
    return refusal(name, { code: "headlineTooLong", length: copy.headline.length, max: draftLimits.headline });
  }
  if (copy.blocks.length === 0) return refusal(name, { code: "noBody" });
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  return { file: name, ok: true, contentHash, copy, article: importedArticleJson(copy, importDate) };
}
