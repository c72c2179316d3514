import { describe, expect, it } from "vitest";
import { firstFreeSlug, followsHeadline, isSlugFrozen, maxSlugLength, proposeSlug, type SlugLookup, slugForSave } from "./slugs";

/** A locale's slugs as the database would hold them, for lookups without one. */
function existing(...slugs: string[]): SlugLookup {
  return async (_locale, prefix) => slugs.filter((slug) => slug.startsWith(prefix));
}

const draftArticle = { id: 9, slug: "draft-9", locale: "hi" as const, status: "draft" as const, publishedAt: null };
const publishedArticle = { id: 9, slug: "putin-ne-kim-ko-nimantran-diya", locale: "hi" as const, status: "published" as const, publishedAt: new Date("2023-09-14T05:00:00Z") };

describe("the slug proposed from a headline", () => {
  it("transliterates the Hindi headline, schwa and all", () => {
    expect(proposeSlug("पुतिन ने किम को निमंत्रण दिया")).toBe("putin-ne-kim-ko-nimantran-diya");
  });

  it("falls back to a word when the headline has nothing to transliterate", () => {
    expect(proposeSlug("!!! — ???")).toBe("lekh");
  });

  it("never exceeds the slug length, cutting at a whole word", () => {
    const slug = proposeSlug("राष्ट्रपति ".repeat(20));
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("the slug field following the headline", () => {
  it("follows while the slug is the placeholder, empty, or the headline's proposal (numbered or not)", () => {
    expect(followsHeadline("draft-9", "", 9)).toBe(true);
    expect(followsHeadline("", "कुछ भी", 9)).toBe(true);
    expect(followsHeadline("bharat-jita", "भारत जीता", 9)).toBe(true);
    expect(followsHeadline("bharat-jita-3", "भारत जीता", 9)).toBe(true);
  });

  it("stops following once the editor typed a slug of their own", () => {
    expect(followsHeadline("world-cup-final", "भारत जीता", 9)).toBe(false);
    expect(followsHeadline("draft-8", "", 9)).toBe(false);
  });
});

describe("unique slugs", () => {
  it("keeps a free slug and numbers a taken one from 2", () => {
    expect(firstFreeSlug("chunav", [])).toBe("chunav");
    expect(firstFreeSlug("chunav", ["chunav"])).toBe("chunav-2");
    expect(firstFreeSlug("chunav", ["chunav", "chunav-2", "chunav-3"])).toBe("chunav-4");
  });

  it("cuts a long slug to make room for its number", () => {
    const long = "a".repeat(maxSlugLength);
    const numbered = firstFreeSlug(long, [long]);
    expect(numbered).toBe(`${"a".repeat(maxSlugLength - 2)}-2`);
  });
});

describe("the slug a save stores", () => {
  it("proposes one from the headline for a draft whose field is empty, avoiding slugs in use", async () => {
    const decision = await slugForSave(draftArticle, { slug: "", headline: "भारत जीता", locale: "hi" }, existing("bharat-jita"));
    expect(decision).toEqual({ slug: "bharat-jita-2", changed: true });
  });

  it("keeps a hand-typed slug, made unique", async () => {
    expect(await slugForSave(draftArticle, { slug: "final", headline: "भारत जीता", locale: "hi" }, existing())).toEqual({ slug: "final", changed: true });
    expect(await slugForSave(draftArticle, { slug: "final", headline: "x", locale: "hi" }, existing("final"))).toEqual({ slug: "final-2", changed: true });
  });

  it("leaves a published story's slug alone when the headline changes and the field is empty or unchanged", async () => {
    const lookup = existing();
    const emptyField = await slugForSave(publishedArticle, { slug: "", headline: "नया शीर्षक", locale: "hi" }, lookup);
    const sameField = await slugForSave(publishedArticle, { slug: publishedArticle.slug, headline: "नया शीर्षक", locale: "hi" }, lookup);
    expect(emptyField).toEqual({ slug: publishedArticle.slug, changed: false });
    expect(sameField).toEqual({ slug: publishedArticle.slug, changed: false });
  });

  it("changes a published story's slug only when the editor typed a new one", async () => {
    expect(await slugForSave(publishedArticle, { slug: "putin-kim-nimantran", headline: "x", locale: "hi" }, existing())).toEqual({
      slug: "putin-kim-nimantran",
      changed: true,
    });
  });

  it("counts a story as out once it has been published, even if unpublished since", () => {
    expect(isSlugFrozen(draftArticle)).toBe(false);
    expect(isSlugFrozen({ status: "scheduled", publishedAt: null })).toBe(false);
    expect(isSlugFrozen({ status: "unpublished", publishedAt: null })).toBe(true);
    expect(isSlugFrozen({ status: "draft", publishedAt: new Date() })).toBe(true);
  });
});
