import { describe, expect, it } from "vitest";
import { latinSkeleton, latinSkeletonWords } from "./latinSkeleton";

describe("a Latin spelling skeleton is the same for the ways readers type one Hindi word", () => {
  it.each([
    ["nimantran", "nimantrn"],
    ["nimantran", "nimantaran"],
    ["kabaddi", "kabadi"],
    ["rajniti", "rajaniti"],
    ["rajniti", "raajneeti"],
    ["shiksha", "siksha"],
    ["vikas", "wikas"],
    ["pooja", "puja"],
    ["deepak", "dipak"],
    ["zila", "jila"],
    ["lakshmi", "laxmi"],
    ["bachchon", "bachon"],
    ["sambandh", "sanbandh"],
    ["mausam", "mosam"],
    ["gaye", "gae"],
    ["phal", "fal"],
    ["cricket", "kriket"],
    ["cinema", "sinema"],
    ["party", "parti"],
    ["city", "siti"],
  ])("%s and %s", (one, other) => {
    expect(latinSkeleton(one)).toBe(latinSkeleton(other));
  });

  it.each([
    ["kim", "kam"],
    ["bhi", "bhai"],
    ["hai", "hi"],
    ["raja", "raj"],
    ["putin", "patan"],
    ["nai", "ne"],
  ])("but keeps %s and %s apart", (one, other) => {
    expect(latinSkeleton(one)).not.toBe(latinSkeleton(other));
  });

  it("leaves numbers whole, doubled digits included", () => {
    expect(latinSkeleton("2000")).toBe("2000");
  });
});

describe("the Latin words of an article", () => {
  it("are its transliteration, as in the slugs, reduced to skeletons", () => {
    expect(latinSkeletonWords("पुतिन ने किम जोंग उन का निमंत्रण स्वीकारा")).toEqual(
      ["putin", "ne", "kim", "jong", "un", "ka", "nimntrn", "svikra"],
    );
  });

  it("meet the skeletons of what readers type for the Devanagari words", () => {
    expect(latinSkeletonWords("कबड्डी गया")).toEqual([latinSkeleton("kabaddi"), latinSkeleton("gaya")]);
  });

  it("hold ड़ and ढ़ both as the slugs write them (r) and as readers type them (d)", () => {
    expect(latinSkeletonWords("लड़की पढ़ाई")).toEqual(expect.arrayContaining([latinSkeleton("larki"), latinSkeleton("ladki"), latinSkeleton("padhai")]));
  });

  it("take Latin text in a Hindi story as it is", () => {
    expect(latinSkeletonWords("नया iPhone")).toEqual([latinSkeleton("naya"), latinSkeleton("iphone")]);
  });
});
