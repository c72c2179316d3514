import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWireCopies } from "./writeWireCopies";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "wire-generator-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const filesOf = (dir: string) => fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name))] as const);

describe("writeWireCopies", () => {
  it("writes byte-identical files when run twice with the same seed and count", () => {
    const first = path.join(root, "first");
    const second = path.join(root, "second");
    const names = writeWireCopies({ count: 25, seed: "twice", dir: first });
    writeWireCopies({ count: 25, seed: "twice", dir: second });
    expect(names).toHaveLength(25);
    expect(filesOf(first).map(([name]) => name)).toEqual([...names].sort());
    expect(filesOf(second)).toEqual(filesOf(first));
  });

  it("refuses a folder that already holds generated copies rather than mixing two batches", () => {
    const dir = path.join(root, "busy");
    writeWireCopies({ count: 3, seed: "busy", dir });
    expect(() => writeWireCopies({ count: 2, seed: "busy", dir })).toThrow(/already holds 3 generated copies/);
  });

  it("refuses a count that is not a positive whole number", () => {
    expect(() => writeWireCopies({ count: 0, seed: "none", dir: path.join(root, "none") })).toThrow(/positive whole number/);
  });
});
