import { describe, expect, it } from "vitest";
import { closestWords, editDistance, trigrams } from "./closestWords";

describe("misspelt Latin words", () => {
  it("count one edit for a missing, extra, changed or swapped letter", () => {
    expect(editDistance("nimntrn", "nimntrm")).toBe(1);
    expect(editDistance("nimntrn", "nimntr")).toBe(1);
    expect(editDistance("nimntrn", "nimnttrn")).toBe(1);
    expect(editDistance("nimntrn", "nimtnrn")).toBe(1);
    expect(editDistance("putin", "modi")).toBe(4);
  });

  it("find the nearest vocabulary words that begin with the same letter", () => {
    expect(closestWords("nimntrm", ["nimntrn", "mimntrm", "nimn", "niyntrn"])).toEqual(["nimntrn"]);
  });

  it("are not corrected when short, where one letter makes another word", () => {
    expect(closestWords("kbdi", ["kbdi", "kdi", "kbd"])).toEqual([]);
  });

  it("may have two edits in a long word", () => {
    expect(closestWords("vladivostok", ["vldivstk", "vladivstok"])).toEqual(["vladivstok"]);
  });

  it("are looked up by their three-letter pieces", () => {
    expect(trigrams("putin")).toEqual(["put", "uti", "tin"]);
    expect(trigrams("ab")).toEqual([]);
  });
});
