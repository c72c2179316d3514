import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { reservedSectionSlugs, sectionSlugOrFromName, type TaxonomyProblem } from "./taxonomyFields";

const text = (problem: TaxonomyProblem) => problem;

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof z.ZodError ? error.issues[0]?.message : String(error);
  }
}

describe("a section's slug", () => {
  it("may not be search, because /search is the reader's search page", () => {
    expect(problemOf(() => sectionSlugOrFromName(text, "search", "खोज"))).toBe("slugReserved");
  });

  it("may not become search when it is made from the English name", () => {
    expect(problemOf(() => sectionSlugOrFromName(text, "", "Search"))).toBe("slugReserved");
  });

  it("may not be tag, author or en, whose paths the portal already uses", () => {
    for (const slug of ["tag", "author", "en"]) expect(problemOf(() => sectionSlugOrFromName(text, slug, "खंड"))).toBe("slugReserved");
  });

  it("may be a word that only starts like a reserved one", () => {
    expect(sectionSlugOrFromName(text, "search-engines", "सर्च इंजन")).toBe("search-engines");
    expect(sectionSlugOrFromName(text, "", "Entertainment")).toBe("entertainment");
  });

  it("is none of the reserved ones in the demo newsroom", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../db/demo/manifest.json", import.meta.url), "utf8")) as { sections: { slug: string }[] };
    const slugs = manifest.sections.map((section) => section.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.filter((slug) => reservedSectionSlugs.includes(slug))).toEqual([]);
  });
});
