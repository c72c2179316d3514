import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { snippetHtml } from "@/lib/search/snippet";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { insertArticle } from "@/db/queries/articleWrites";
import { rankSearchMatches } from "@/db/queries/search";
import { rankedMatches, searchArticles } from "./searchArticles";
import { getSectionBySlug } from "@/db/queries/sections";

setUpTemporaryDatabase();

const ZWJ = "\u200D";
let khelId: number;
let desiId: number;

function search(query: string, options: Partial<Parameters<typeof searchArticles>[0]> = {}) {
  return searchArticles({ query, sectionSlug: null, from: null, to: null, page: 1, locale: "hi", pageSize: 50, ...options });
}

async function ids(query: string, options: Partial<Parameters<typeof searchArticles>[0]> = {}): Promise<number[]> {
  return (await search(query, options)).results.map((hit) => hit.id);
}

function story(headline: string, bodyText: string, overrides: Partial<Parameters<typeof insertArticle>[0]> = {}) {
  return insertArticle({
    locale: "hi",
    sectionId: khelId,
    slug: `search-test-${Math.random().toString(36).slice(2)}`,
    headline,
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: bodyText }] }] },
    bodyText,
    status: "published",
    publishedAt: new Date(Date.now() - 60_000),
    updatedAt: new Date(),
    tags: [],
    authorIds: [],
    ...overrides,
  });
}

beforeAll(async () => {
  khelId = (await getSectionBySlug("khel"))!.id;
  // Spellings the demo stories do not use, written the other way round from the queries below.
  desiId = await story(
    "कबड्डी लीग में हरियाणा का दबदबा",
    `रोहतक गया दल २०२४ की कबड्डी लीग जीत गया। दर्शकों की हँसी और तालियों के बीच हिन्दी कमेंट्री हुई। क्${ZWJ}षेत्रीय टीमों ने भी भाग लिया।`,
  );
});

describe("Devanagari spellings that readers mix up find the same stories", () => {
  it.each([
    ["ज़िला with a precomposed nukta", "\u095Bिला", "जिला"],
    ["ज़िला with a separate nukta", "\u091C\u093Cिला", "जिला"],
    ["गाँव with chandrabindu", "गाँव", "गांव"],
    ["निमंत्रण with a trailing danda", "निमंत्रण।", "निमंत्रण"],
    ["पुतिन in quotes with a comma", "“पुतिन”,", "पुतिन"],
  ])("%s", async (_, one, other) => {
    const found = await ids(one);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await ids(other));
  });

  it.each([
    ["हंसी finds हँसी", "हंसी"],
    ["हिंदी finds हिन्दी", "हिंदी"],
    ["2024 finds २०२४", "2024"],
    ["२०२४ finds २०२४", "२०२४"],
    ["क्षेत्रीय finds it written with a zero-width joiner", "क्षेत्रीय"],
    ["a joiner in the query changes nothing", `क्${ZWJ}षेत्रीय`],
  ])("%s", async (_, query) => {
    expect(await ids(query)).toContain(desiId);
  });
});

describe("romanised queries find Hindi stories", () => {
  it.each([
    ["putin kim", "पुतिन किम"],
    ["nimantran", "निमंत्रण"],
    ["nimantrn", "निमंत्रण"],
    ["kabaddi gaya", "कबड्डी गया"],
    ["kabadi", "कबड्डी"],
    ["kushti", "कुश्ती"],
    ["baarish", "बारिश"],
    ["zila", "ज़िला"],
    ["jila", "ज़िला"],
  ])("%s gives the same first result as %s", async (latin, devanagari) => {
    const [top] = await ids(devanagari);
    expect(top).toBeDefined();
    expect((await ids(latin))[0]).toBe(top);
  });

  it("corrects a misspelling by the nearest word the index knows", async () => {
    expect((await ids("nimantram"))[0]).toBe((await ids("निमंत्रण"))[0]);
  });

  it("looks for an unknown Devanagari spelling by its sound: पुटिन finds पुतिन", async () => {
    expect((await ids("पुटिन"))[0]).toBe((await ids("पुतिन"))[0]);
  });
});

describe("ranking", () => {
  it("puts a story with the word in its headline above stories with it only in the body", async () => {
    const body = await story("राज्य स्तरीय प्रतियोगिता", "इस बार खो-खो प्रतियोगिता में ज़बरदस्त मुक़ाबला रहा।");
    const headline = await story("खो-खो में नया रिकॉर्ड", "राज्य स्तर की प्रतियोगिता संपन्न हुई।", { publishedAt: new Date(Date.now() - 86_400_000) });
    const found = await ids("खो-खो");
    expect(found.indexOf(headline)).toBeLessThan(found.indexOf(body));
  });

  it("puts a whole-word match above a story where the word only begins a longer one", async () => {
    const prefix = await story("पहलवानी अकादमी खुली", "पहलवानी सीखने वालों के लिए नई सुविधा।");
    const whole = await story("पहलवान सम्मानित", "पहलवान को सम्मान मिला।", { publishedAt: new Date(Date.now() - 86_400_000) });
    const found = await ids("पहलवान");
    expect(found).toContain(prefix);
    expect(found.indexOf(whole)).toBeLessThan(found.indexOf(prefix));
  });

  it("puts the newer of two equally good stories first", async () => {
    const older = await story("तैराकी प्रतियोगिता", "तैराकी का पाठ।", { publishedAt: new Date(Date.now() - 2 * 86_400_000) });
    const newer = await story("तैराकी प्रतियोगिता", "तैराकी का पाठ।", { publishedAt: new Date(Date.now() - 86_400_000) });
    expect(await ids("तैराकी")).toEqual([newer, older]);
  });
});

describe("queries that are empty, long or look like search syntax", () => {
  it.each(['"', "*", "NEAR(", "AND OR", '"पुतिन" OR *', "पुतिन NOT किम", "{headline}: पुतिन", "^पुतिन", "(((", "-", "…।॥"])(
    "%s gives an answer, not an error",
    async (query) => {
      await expect(search(query)).resolves.toMatchObject({ query });
    },
  );

  it("treats operators as ordinary words: पुतिन AND किम needs the word and", async () => {
    expect(await ids("पुतिन AND किम")).toEqual([]);
  });

  it("finds nothing for an empty query", async () => {
    expect(await search("")).toMatchObject({ total: 0, results: [] });
    expect(await search("   ")).toMatchObject({ total: 0, results: [] });
  });

  it("answers a 300-character query", async () => {
    await expect(search(`पुतिन ${"क".repeat(300)}`)).resolves.toMatchObject({ total: 0 });
    await expect(search("पुतिन किम ".repeat(30))).resolves.toBeDefined();
  });
});

describe("what can be found", () => {
  it("is only published stories whose time has come, in the reader's language", async () => {
    const draft = await story("गुप्त मसौदा शतरंज", "शतरंज का मसौदा।", { status: "draft" });
    const unpublished = await story("वापस ली गई शतरंज", "शतरंज की ख़बर।", { status: "unpublished" });
    const scheduled = await story("भविष्य की शतरंज", "शतरंज की ख़बर।", { status: "scheduled", scheduledAt: new Date(Date.now() + 3_600_000) });
    const future = await story("आगे की शतरंज", "शतरंज की ख़बर।", { publishedAt: new Date(Date.now() + 3_600_000) });
    const english = await story("Chess news शतरंज", "शतरंज", { locale: "en" });
    const found = await ids("शतरंज");
    expect(found.length).toBeGreaterThan(0);
    for (const hidden of [draft, unpublished, scheduled, future, english]) expect(found).not.toContain(hidden);
    expect(await ids("शतरंज", { locale: "en" })).toEqual([english]);
  });

  it("follows an edit of the headline and body, whoever writes it", async () => {
    const id = await story("पुराना शीर्षक तीरंदाज़ी", "पुराना पाठ।");
    expect(await ids("तीरंदाज़ी")).toContain(id);
    await getDb().update(articles).set({ headline: "नया शीर्षक घुड़सवारी", bodyText: "नया पाठ भाला।" }).where(eq(articles.id, id));
    expect(await ids("तीरंदाज़ी")).not.toContain(id);
    expect(await ids("घुड़सवारी")).toContain(id);
    expect(await ids("bhala")).toContain(id);
    await getDb().run(sql`UPDATE articles SET standfirst = 'सार में जूडो' WHERE id = ${id}`);
    expect(await ids("जूडो")).toContain(id);
  });

  it("follows publishing and unpublishing without reindexing", async () => {
    const id = await story("बैडमिंटन ख़बर", "बैडमिंटन पाठ।", { status: "draft" });
    expect(await ids("बैडमिंटन")).not.toContain(id);
    await getDb().update(articles).set({ status: "published" }).where(eq(articles.id, id));
    expect(await ids("बैडमिंटन")).toContain(id);
    await getDb().update(articles).set({ status: "unpublished" }).where(eq(articles.id, id));
    expect(await ids("बैडमिंटन")).not.toContain(id);
  });

  it("forgets a deleted story", async () => {
    const id = await story("हॉकी ख़बर", "हॉकी पाठ।");
    expect(await ids("हॉकी")).toContain(id);
    await getDb().delete(articles).where(eq(articles.id, id));
    expect(await ids("हॉकी")).not.toContain(id);
  });
});

describe("filters and pages", () => {
  it("keeps to one section", async () => {
    const everywhere = await search("बारिश");
    const inKhel = await search("बारिश", { sectionSlug: "khel" });
    expect(inKhel.results.length).toBeGreaterThan(0);
    expect(inKhel.results.length).toBeLessThan(everywhere.results.length);
    expect(inKhel.results.every((hit) => hit.section.slug === "khel")).toBe(true);
    expect(await search("बारिश", { sectionSlug: "no-such-section" })).toMatchObject({ total: 0, results: [] });
  });

  it("keeps to a range of days in India, both ends included", async () => {
    // 23:30 IST on 14 September 2024 is still 14 September in India, though already 18:00 UTC.
    const late = await story("पोलो ख़बर", "पोलो।", { publishedAt: new Date("2024-09-14T18:00:00Z") });
    const nextDay = await story("पोलो ख़बर", "पोलो।", { publishedAt: new Date("2024-09-14T18:30:00Z") });
    expect(await ids("पोलो", { from: "2024-09-14", to: "2024-09-14" })).toEqual([late]);
    expect(await ids("पोलो", { from: "2024-09-15" })).toContain(nextDay);
    expect(await ids("पोलो", { to: "2024-09-13" })).toEqual([]);
  });

  it("pages through the results and counts them all", async () => {
    const all = await search("के", { pageSize: 100 });
    const first = await search("के", { pageSize: 3 });
    const second = await search("के", { pageSize: 3, page: 2 });
    expect(first.total).toBe(all.total);
    expect(first.results.map((hit) => hit.id)).toEqual(all.results.slice(0, 3).map((hit) => hit.id));
    expect(second.results.map((hit) => hit.id)).toEqual(all.results.slice(3, 6).map((hit) => hit.id));
    expect(await search("के", { page: 1000 })).toMatchObject({ total: all.total, results: [] });
    // The demo newsroom is far below the ranking cap, so every match is counted and on the one big page.
    expect(all.total).toBeLessThan(rankedMatches);
    expect(all.totalIsLowerBound).toBe(false);
    expect(all.results).toHaveLength(all.total);
  });

  it("stops counting at the ranking cap, taking the newest matches", async () => {
    const filters = { locale: "hi" as const, sectionSlug: null, fromMs: null, untilMs: null };
    const everything = await rankSearchMatches('"के"', filters, { rankLimit: 1000, limit: 1000, offset: 0 });
    const capped = await rankSearchMatches('"के"', filters, { rankLimit: 3, limit: 10, offset: 0 });
    expect(capped.total).toBe(3);
    expect([...capped.ids].sort((a, b) => b - a)).toEqual([...everything.ids].sort((a, b) => b - a).slice(0, 3));
  });
});

describe("a search hit", () => {
  it("links to the story's canonical address in the reader's language, with its section", async () => {
    const [hit] = (await search("पुतिन किम")).results;
    expect(hit).toMatchObject({ id: 1, url: expect.stringMatching(/^\/videsh\/putin-.*-1$/), section: { slug: "videsh", name: "विदेश" } });
    expect(hit!.publishedAt).toBeInstanceOf(Date);
    const [english] = (await search("putin kim", { locale: "en" })).results;
    expect(english).toMatchObject({ url: expect.stringMatching(/^\/en\/videsh\//), section: { name: "World" } });
  });

  it("has a snippet from the body around the matched words, which are marked", async () => {
    const [hit] = (await search("nimantran")).results;
    expect(hit!.snippet.filter((part) => part.match).map((part) => part.text)).toContain("निमंत्रण");
    expect(hit!.snippet.map((part) => part.text).join("")).toContain("निमंत्रण");
  });

  it("keeps HTML in a story as text", async () => {
    await story("<script>alert(1)</script> वॉलीबॉल", "वॉलीबॉल <script>alert(2)</script> & <b>मैच</b>");
    const [hit] = (await search("वॉलीबॉल")).results;
    expect(hit!.headline).toBe("<script>alert(1)</script> वॉलीबॉल");
    expect(snippetHtml(hit!.snippet)).toBe("<mark>वॉलीबॉल</mark> &lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;मैच&lt;/b&gt;");
  });
});
