import { describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { getArticleFreshness } from "./articleFreshness";

setUpTemporaryDatabase();

describe("an article's freshness", () => {
  it("names the seed story's place, status, times and version", async () => {
    const freshness = await getArticleFreshness(1);
    expect(freshness).toMatchObject({ id: 1, locale: "hi", sectionSlug: "videsh", slug: "putin-ne-kim-jong-un-ka-nimantran-ka-svikara", status: "published", version: expect.any(Number) });
    expect(freshness!.updatedAt).toBeInstanceOf(Date);
    expect(freshness!.publishedAt).toBeInstanceOf(Date);
  });

  it("is undefined for an id no article has", async () => {
    expect(await getArticleFreshness(999_999)).toBeUndefined();
  });
});
