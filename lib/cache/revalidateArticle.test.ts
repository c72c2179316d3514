import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleCacheTarget } from "@/db/queries/articleCacheTarget";

const story: ArticleCacheTarget = { id: 42, locale: "hi", slug: "mumbai-barish", sectionSlug: "desh", tagIds: [3, 9], authorIds: [5] };

vi.mock("@/db/queries/articleCacheTarget", () => ({ getArticleCacheTarget: async (id: number) => (id === story.id ? story : undefined) }));

afterEach(() => {
  vi.doUnmock("next/cache");
  vi.resetModules();
});

describe("the reader pages an article appears on", () => {
  it("are its own page, its language's home, section and feed, each of its tags and authors, the sitemap and search results", async () => {
    const { articleCacheTags } = await import("./revalidateArticle");
    expect(articleCacheTags(story)).toEqual(["article:42", "home:hi", "section:hi:desh", "tag:3", "tag:9", "author:5", "feed:hi", "sitemap", "search"]);
  });

  it("are on the English side for an English story", async () => {
    const { articleCacheTags } = await import("./revalidateArticle");
    expect(articleCacheTags({ ...story, locale: "en", tagIds: [], authorIds: [] })).toEqual(["article:42", "home:en", "section:en:desh", "feed:en", "sitemap", "search"]);
  });
});

describe("revalidating an article", () => {
  it("expires every tag at once, and those of the pages it left when it moved", async () => {
    const revalidateTag = vi.fn();
    vi.doMock("next/cache", () => ({ revalidateTag }));
    const { revalidateArticle } = await import("./revalidateArticle");

    await revalidateArticle(42, { before: { ...story, sectionSlug: "videsh", slug: "purana-slug", tagIds: [3] } });
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(["article:42", "home:hi", "section:hi:videsh", "tag:3", "author:5", "feed:hi", "sitemap", "search", "section:hi:desh", "tag:9"]);
    expect(revalidateTag.mock.calls.every(([, profile]) => profile.expire === 0)).toBe(true);
  });

  it("does nothing for an article that no longer exists", async () => {
    const revalidateTag = vi.fn();
    vi.doMock("next/cache", () => ({ revalidateTag }));
    const { revalidateArticle } = await import("./revalidateArticle");
    await revalidateArticle(7);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("is quietly skipped outside a request, as when the scheduler's timer publishes (real Next, no request here)", async () => {
    const { revalidateArticle } = await import("./revalidateArticle");
    await expect(revalidateArticle(42)).resolves.toBeUndefined();
  });

  it("lets any other failure through", async () => {
    vi.doMock("next/cache", () => ({
      revalidateTag: () => {
        throw new Error("cache handler unreachable");
      },
    }));
    const { revalidateArticle } = await import("./revalidateArticle");
    await expect(revalidateArticle(42)).rejects.toThrow("cache handler unreachable");
  });
});
