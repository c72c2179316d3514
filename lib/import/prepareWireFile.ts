import { createHash } from "node:crypto";
import { draftLimits } from "@/lib/content/articleDraft";
import { type ParsedWireCopy, parseWireCopy, WireParseError } from "@/lib/wire/parseWireCopy";
import { type ImportedArticleJson, importedArticleJson } from "./importedArticleJson";
import { readWireFile } from "./readWireFile";

export type WireFile = { name: string; bytes: Uint8Array };

/** A file read and parsed, before anything touches the database; `contentHash` is the SHA-256 of its bytes. */
export type PreparedWireFile =
  | { file: string; ok: true; contentHash: string; copy: ParsedWireCopy; article: ImportedArticleJson }
  | { file: string; ok: false; error: string };

function parse(text: string): { copy: ParsedWireCopy } | { error: string } {
  try {
    return { copy: parseWireCopy(text) };
  } catch (error) {
    if (error instanceof WireParseError) return { error: "only blank lines" };
    throw error;
  }
}

/** Reads one file as a wire copy; a file that cannot be an article says why instead. */
export function prepareWireFile({ name, bytes }: WireFile, importDate: Date): PreparedWireFile {
  const refuse = (error: string): PreparedWireFile => ({ file: name, ok: false, error });
  const read = readWireFile(bytes);
  if (!read.ok) return refuse(read.error);
  const parsed = parse(read.text);
  if ("error" in parsed) return refuse(parsed.error);
  const { copy } = parsed;
  if (copy.headline.length > draftLimits.headline) {
    return refuse(`first line too long for a headline (${copy.headline.length} characters, at most ${draftLimits.headline})`);
  }
  if (copy.blocks.length === 0) return refuse("no body text after the headline");
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  return { file: name, ok: true, contentHash, copy, article: importedArticleJson(copy, importDate) };
}
