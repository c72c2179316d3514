import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woffToSfnt";

const woffFile = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff");

describe("unpacking a WOFF font", () => {
  it("gives a TrueType file whose tables have the lengths the WOFF promised", () => {
    const woff = fs.readFileSync(woffFile);
    const font = woffToSfnt(woff);
    const tableCount = woff.readUInt16BE(12);
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(font.readUInt16BE(4)).toBe(tableCount);
    for (let index = 0; index < tableCount; index++) {
      const record = 12 + index * 16;
      expect(font.readUInt32BE(record)).toBe(woff.readUInt32BE(44 + index * 20));
      expect(font.readUInt32BE(record + 12)).toBe(woff.readUInt32BE(44 + index * 20 + 12));
      expect(font.readUInt32BE(record + 8) % 4).toBe(0);
    }
    // WOFF's header records the size of the font it wraps.
    expect(font.length).toBe(woff.readUInt32BE(16));
  });

  it("refuses a file that is not WOFF 1.0, such as WOFF2", () => {
    expect(() => woffToSfnt(fs.readFileSync(woffFile.replace(/\.woff$/, ".woff2")))).toThrow("not a WOFF 1.0 font");
  });
});
