import { describe, expect, it } from "vitest";
import { firstInvalidUtf8Offset, maxWireFileBytes, readWireFile } from "./readWireFile";
import { describeWireFileProblem } from "./wireFileProblem";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The reason the command line prints for a refused file. */
function refusal(bytes: Uint8Array): string | null {
  const read = readWireFile(bytes);
  return read.ok ? null : describeWireFileProblem(read.problem);
}
const copy = "बाढ़ से कई गाँव प्रभावित\nपटना, 3 अगस्त। नदी का जलस्तर बढ़ा है।\n";

describe("reading a wire-copy file", () => {
  it("gives the text of a UTF-8 file", () => {
    expect(readWireFile(utf8(copy))).toEqual({ ok: true, text: copy });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(readWireFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(copy)]))).toEqual({ ok: true, text: copy });
  });

  it("refuses an empty file", () => {
    expect(refusal(new Uint8Array())).toBe("empty file");
  });

  it("refuses a file of blank lines, spaces and invisible characters", () => {
    expect(refusal(utf8("\uFEFF \r\n\n\t\u200B\n   \n"))).toBe("only blank lines");
  });

  it("refuses a file over 1 MB without decoding it", () => {
    const big = new Uint8Array(maxWireFileBytes + 1).fill(0x41);
    expect(refusal(big)).toBe("larger than 1 MB");
  });

  it("accepts a file of exactly 1 MB", () => {
    const bytes = new Uint8Array(maxWireFileBytes).fill(0x41);
    expect(readWireFile(bytes).ok).toBe(true);
  });

  it("refuses text that is not UTF-8 and says at which byte it breaks", () => {
    // "नमस्ते" in UTF-8 with one Latin-1 "é" (0xE9) after the first 6 bytes.
    const bytes = new Uint8Array([...utf8("नम"), 0xe9, 0x20, ...utf8("स्ते")]);
    expect(refusal(bytes)).toBe("not UTF-8 text (invalid byte at offset 6)");
  });

  it("refuses a binary file with NUL bytes", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(refusal(png)).toBe("binary file (NUL byte at offset 8)");
  });

  it("refuses text with control characters, naming the character and its offset", () => {
    expect(refusal(utf8("शीर्षक\nपाठ\u0007।"))).toBe("binary file (control character U+0007 at offset 28)");
  });

  it("counts a byte-order mark in the offset it reports", () => {
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x1b]))).toBe("binary file (control character U+001B at offset 4)");
  });

  it("refuses UTF-16 text and says to save it as UTF-8", () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x28, 0x09]))).toBe("UTF-16 text; save the copy as UTF-8");
  });
});

describe("the first byte where UTF-8 decoding breaks", () => {
  it.each([
    ["a stray continuation byte", [0x41, 0x80], 1],
    ["a lead byte without its continuation", [0x41, 0xe0, 0xa4, 0x41], 1],
    ["a sequence cut off at the end", [0x41, 0xe0, 0xa4], 1],
    ["an overlong encoding of “/”", [0xc0, 0xaf], 0],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a byte never used in UTF-8", [0x41, 0x42, 0xff], 2],
  ])("is found for %s", (_case, bytes, offset) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });
});
