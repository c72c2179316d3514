import type { WireFileProblem } from "./wireFileProblem";

/** The largest wire copy taken in; a real copy is a few kilobytes, anything near this is not a news story. */
export const maxWireFileBytes = 1024 * 1024;

export type WireFileText = { ok: true; text: string } | { ok: false; problem: WireFileProblem };

const utf8 = new TextDecoder("utf-8", { fatal: true });

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u;

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The text of an uploaded or listed copy, or why it cannot be one: empty, too large, binary, UTF-16 or otherwise not
 * UTF-8. A UTF-8 BOM is dropped. Offsets in messages count bytes from 0, as a hex viewer shows them.
 */
export function readWireFile(bytes: Uint8Array): WireFileText {
  if (bytes.length === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.length > maxWireFileBytes) return { ok: false, problem: { code: "tooLarge", maxBytes: maxWireFileBytes } };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: { code: "utf16" } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: { code: "binary", offset: nul, found: "NUL byte" } };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: { code: "notUtf8", offset: firstInvalidUtf8Offset(bytes) } };
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control !== null) {
    const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const offset = bomLength + new TextEncoder().encode(text.slice(0, control.index)).length;
    return { ok: false, problem: { code: "binary", offset, found: `control character ${hex(control[0].codePointAt(0)!)}` } };
  }
  if (text.replace(/[\s\u200B-\u200D\uFEFF]/g, "") === "") return { ok: false, problem: { code: "blank" } };
  return { ok: true, text };
}

/**
 * Where UTF-8 decoding breaks: the start of the first sequence that is not UTF-8 (a byte that cannot begin one, a
 * sequence cut short, an overlong or surrogate form). A Latin-1 "é" is reported at its own offset.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const [length, min, max] =
      lead < 0x80 ? [1, 0, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0x7ff] : lead >= 0xe0 && lead <= 0xef ? [3, 0x800, 0xffff] : lead >= 0xf0 && lead <= 0xf4 ? [4, 0x10000, 0x10ffff] : [0, 0, 0];
    if (length === 0) return i;
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (length > 1 && (codePoint < min || codePoint > max || (codePoint >= 0xd800 && codePoint <= 0xdfff))) return i;
    i += length;
  }
  return bytes.length;
}
