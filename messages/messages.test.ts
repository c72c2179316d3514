import { describe, expect, it } from "vitest";
import en from "./en.json";
import hi from "./hi.json";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("interface strings", () => {
  it("has every Hindi string in English too, and no English string without a Hindi one", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(hi).sort());
  });

  it("leaves no string empty", () => {
    const empty = (messages: object) => keyPaths(messages).filter((path) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) === "");
    expect(empty(hi)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it("writes the Hindi interface in Devanagari, NFC-normalised", () => {
    const text = JSON.stringify(hi);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toMatch(/[\u0900-\u097F]/);
  });
});
