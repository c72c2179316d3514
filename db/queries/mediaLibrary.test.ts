import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { insertArticle, insertSection } from "./articleWrites";
import { insertMedia } from "./media";
import { deleteUnusedMedia, findMediaUsage, getMediaItem, searchMediaItems } from "./mediaLibrary";
import { createAuthor } from "./taxonomyWrites";

setUpTemporaryDatabase({ demoContent: false });
let sectionId: number;

beforeAll(async () => {
  sectionId = await insertSection({ slug: "desh", name: "देश", nameEn: "India" });
});

function image(alt: string, fileName = `${"a".repeat(64)}.jpg`) {
  return insertMedia({ fileHash: fileName.slice(0, 64), fileName, mimeType: "image/jpeg", width: 10, height: 10, bytes: 100, alt, caption: "" });
}

async function storyShowing(mediaId: number, as: "hero" | "body") {
  const blocks = [{ type: "paragraph", content: [{ text: "पाठ।" }] }, ...(as === "body" ? [{ type: "image", mediaId, alt: "चित्र" }] : [])];
  return insertArticle({
    locale: "hi",
    sectionId,
    slug: `kahani-${mediaId}-${as}`,
    headline: `कहानी ${mediaId}`,
    body: { version: 1, blocks },
    bodyText: "पाठ।",
    heroMediaId: as === "hero" ? mediaId : null,
    status: "draft",
    updatedAt: new Date(),
    tags: [],
    authorIds: [],
  });
}

describe("the media library", () => {
  it("finds images by words of their alt text or caption", async () => {
    await image("संसद भवन के बाहर धरना");
    const { items, total } = await searchMediaItems({ query: "धरना", limit: 10, offset: 0 });
    expect(total).toBe(1);
    expect(items[0]!.alt).toContain("धरना");
    expect((await searchMediaItems({ query: "100%", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("says where an image is shown: hero, body image block, author photo", async () => {
    const id = await image("बाढ़ का दृश्य");
    await storyShowing(id, "hero");
    await storyShowing(id, "body");
    await createAuthor({ slug: `photo-${id}`, name: "फ़ोटो वाला", nameEn: "Photo", bio: "", bioEn: "", photoMediaId: id });
    const usage = await findMediaUsage(id);
    expect(usage.articles.map((a) => [a.hero, a.body]).sort()).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(usage.authors.map((a) => a.name)).toEqual(["फ़ोटो वाला"]);
  });

  it("refuses to delete an image in use, and deletes it once unused, keeping a file another row still names", async () => {
    const shared = `${"b".repeat(64)}.jpg`;
    const used = await image("इस्तेमाल में", shared);
    const twin = await image("वही फ़ाइल", shared);
    await storyShowing(used, "body");
    expect((await deleteUnusedMedia(used)).status).toBe("inUse");
    expect(await deleteUnusedMedia(twin)).toEqual({ status: "deleted", fileName: shared, fileStillNamed: true });
    expect(await getMediaItem(twin)).toBeUndefined();
    expect(await deleteUnusedMedia(twin)).toEqual({ status: "notFound" });
  });
});
