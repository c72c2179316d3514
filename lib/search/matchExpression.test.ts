import { describe, expect, it } from "vitest";
import { matchExpression } from "./matchExpression";
import { queryWords } from "./queryWords";

describe("the FTS5 expression of a query", () => {
  it("ANDs the words, each in quotes, folded words against the folded columns and skeletons against the Latin ones", () => {
    expect(
      matchExpression([
        { folded: ["पुतिन"], foldedPrefix: "पुतिन", latin: [], latinPrefix: null },
        { folded: ["kim"], foldedPrefix: null, latin: ["kim"], latinPrefix: null },
      ]),
    ).toBe('({headline body} : ("पुतिन" OR "पुतिन" *)) AND ({headline body} : ("kim") OR {headline_latin body_latin} : ("kim"))');
  });

  it("is nothing for an empty query", () => {
    expect(matchExpression([])).toBeNull();
  });
});

describe("the words of a query", () => {
  it("are folded like the index, with a Latin skeleton for words in Latin letters", () => {
    expect(queryWords("ज़िला nimantran २०२४")).toEqual([
      { folded: "जिला", skeleton: "jila", devanagari: true },
      { folded: "nimantran", skeleton: "nimntrn", devanagari: false },
      { folded: "2024", skeleton: null, devanagari: false },
    ]);
  });

  it("keep nothing of FTS5 syntax", () => {
    for (const query of ['"', "*", "NEAR(", "AND OR", "-", "^", "{headline}:", "()", '"पुतिन" OR *']) {
      for (const word of queryWords(query)) expect(word.folded).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
    }
  });

  it("are at most eight, each once", () => {
    expect(queryWords("क ख ग घ च छ ज झ ट ठ क").map((word) => word.folded)).toHaveLength(8);
    expect(queryWords("पुतिन पुतिन")).toHaveLength(1);
  });
});
