import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { getDb } from "../client";
import { articleTags } from "../schema";
import { insertArticle } from "./articleWrites";
import { listSections } from "./sections";
import { getTagBySlug } from "./taxonomy";
import { createAuthor, createSection, createTag, DuplicateValueError, getTagById, mergeTags, moveSection, updateAuthor, updateSection, updateTag } from "./taxonomyWrites";

setUpTemporaryDatabase();
let sectionId: number;

beforeAll(async () => {
  sectionId = (await listSections())[0]!.id;
});

function story(slug: string, tagList: { slug: string; name: string }[]) {
  const body = { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] };
  return insertArticle({
    locale: "hi",
    sectionId,
    slug,
    headline: slug,
    body,
    bodyText: "पाठ।",
    status: "published",
    publishedAt: new Date(),
    updatedAt: new Date(),
    tags: tagList,
    authorIds: [],
  });
}

async function tagIdsOf(articleId: number): Promise<number[]> {
  const rows = await getDb().select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId));
  return rows.map((row) => row.tagId).sort((a, b) => a - b);
}

describe("merging tags", () => {
  it("moves every story of the merged tag to the other, once, and deletes the merged tag", async () => {
    const chunav = { slug: "chunav-test", name: "चुनाव परीक्षण" };
    const nirvachan = { slug: "nirvachan-test", name: "निर्वाचन परीक्षण" };
    const onlyOld = await story("keval-nirvachan", [nirvachan]);
    const both = await story("donon-tag", [chunav, nirvachan]);
    const onlyNew = await story("keval-chunav", [chunav]);
    const from = (await getTagBySlug("hi", nirvachan.slug))!;
    const into = (await getTagBySlug("hi", chunav.slug))!;

    const result = await mergeTags(from.id, into.id);

    expect(result).toMatchObject({ status: "merged", movedLinks: 1 });
    expect(await getTagById(from.id)).toBeUndefined();
    expect(await tagIdsOf(onlyOld)).toEqual([into.id]);
    expect(await tagIdsOf(both)).toEqual([into.id]);
    expect(await tagIdsOf(onlyNew)).toEqual([into.id]);
  });

  it("refuses to merge a tag into itself or into a tag of the other language", async () => {
    const hindi = await createTag({ locale: "hi", slug: "mausam-test", name: "मौसम परीक्षण" });
    const english = await createTag({ locale: "en", slug: "weather-test", name: "Weather test" });
    expect(await mergeTags(hindi, hindi)).toEqual({ status: "sameTag" });
    expect(await mergeTags(hindi, english)).toEqual({ status: "otherLocale" });
    expect(await mergeTags(hindi, 999_999)).toEqual({ status: "notFound" });
    expect(await getTagById(hindi)).toBeDefined();
  });
});

describe("renaming and creating with unique slugs", () => {
  it("refuses to rename a tag to a slug its language already has, and keeps the old one", async () => {
    const first = await createTag({ locale: "hi", slug: "krishi-test", name: "कृषि परीक्षण" });
    await createTag({ locale: "hi", slug: "kisan-test", name: "किसान परीक्षण" });
    await expect(updateTag(first, { slug: "kisan-test", name: "कृषि नया" })).rejects.toThrow(DuplicateValueError);
    expect(await getTagById(first)).toMatchObject({ slug: "krishi-test", name: "कृषि परीक्षण" });
  });

  it("tells a taken tag name from a taken slug", async () => {
    const error = await createTag({ locale: "hi", slug: "krishi-dusra", name: "कृषि परीक्षण" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DuplicateValueError);
    expect((error as DuplicateValueError).field).toBe("name");
  });

  it("allows the same tag slug in the other language", async () => {
    await expect(createTag({ locale: "en", slug: "krishi-test", name: "Farming test" })).resolves.toBeGreaterThan(0);
  });

  it("refuses a section or author slug that is taken", async () => {
    const [first, second] = await listSections();
    await expect(updateSection(second!.id, { ...second!, slug: first!.slug })).rejects.toThrow(DuplicateValueError);
    const author = await createAuthor({ slug: "nayi-lekhika", name: "नई लेखिका", nameEn: "New Writer", bio: "", bioEn: "", photoMediaId: null });
    await expect(createAuthor({ slug: "nayi-lekhika", name: "दूसरी", nameEn: "Other", bio: "", bioEn: "", photoMediaId: null })).rejects.toThrow(
      DuplicateValueError,
    );
    expect(await updateAuthor(author, { slug: "nayi-lekhika", name: "नई लेखिका", nameEn: "New Writer", bio: "जीवनी", bioEn: "Bio", photoMediaId: null })).toBe(true);
  });
});

describe("ordering sections", () => {
  it("adds a new section at the end and moves it up one place at a time", async () => {
    const id = await createSection({ slug: "vigyan", name: "विज्ञान", nameEn: "Science", description: "", descriptionEn: "" });
    const order = async () => (await listSections()).map((section) => section.id);
    expect((await order()).at(-1)).toBe(id);
    expect(await moveSection(id, "up")).toBe(true);
    expect((await order()).at(-2)).toBe(id);
    expect(await moveSection((await order())[0]!, "up")).toBe(false);
    expect(await moveSection(id, "down")).toBe(true);
    expect((await order()).at(-1)).toBe(id);
    expect(await moveSection(id, "down")).toBe(false);
  });
});
