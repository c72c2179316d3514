import { beforeAll, describe, expect, it } from "vitest";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { GET } from "./route";

setUpTemporaryDatabase();

function get(query: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/search?${query}`));
}

beforeAll(async () => {
  const body = "बास्केटबॉल <script>alert(2)</script> मैच।";
  await insertArticle({
    locale: "hi",
    sectionId: (await getSectionBySlug("khel"))!.id,
    slug: "basketball-script",
    headline: "<script>alert(1)</script> बास्केटबॉल",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: body }] }] },
    bodyText: body,
    status: "published",
    publishedAt: new Date("2024-09-14T05:00:00Z"),
    updatedAt: new Date("2024-09-14T05:00:00Z"),
    tags: [],
    authorIds: [],
  });
});

describe("GET /api/search", () => {
  it("answers with the query, the total and the results as JSON", async () => {
    const response = await get("q=putin+kim");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    const body = await response.json();
    expect(body).toMatchObject({ query: "putin kim", total: 1, page: 1 });
    expect(body.results[0]).toEqual({
      id: 1,
      url: expect.stringMatching(/^\/videsh\/.*-1$/),
      headline: expect.stringContaining("पुतिन"),
      snippet: expect.stringContaining("<mark>पुतिन</mark>"),
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      section: { slug: "videsh", name: "विदेश" },
    });
  });

  it("gives the same results in English at locale=en", async () => {
    const body = await (await get("q=putin&locale=en")).json();
    expect(body.results[0].url).toMatch(/^\/en\/videsh\//);
    expect(body.results[0].section.name).toBe("World");
  });

  it("escapes HTML: the headline is text, the snippet is escaped HTML, and no raw tag is in the response", async () => {
    const response = await get("q=बास्केटबॉल");
    const raw = await response.text();
    expect(raw).not.toContain("<script>");
    const [hit] = JSON.parse(raw).results;
    expect(hit.headline).toBe("<script>alert(1)</script> बास्केटबॉल");
    expect(hit.snippet).toBe("<mark>बास्केटबॉल</mark> &lt;script&gt;alert(2)&lt;/script&gt; मैच।");
  });

  it("answers an empty or odd query with no results rather than an error", async () => {
    for (const query of ["", "q=", 'q="', "q=*", "q=NEAR(", "q=AND+OR", `q=${"क".repeat(300)}`]) {
      const response = await get(query);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ total: 0, results: [] });
    }
  });

  it("filters by section and dates", async () => {
    const inRange = await (await get("q=बास्केटबॉल&section=khel&from=2024-09-14&to=2024-09-14")).json();
    expect(inRange.total).toBe(1);
    const outOfRange = await (await get("q=बास्केटबॉल&from=2024-09-15")).json();
    expect(outOfRange.total).toBe(0);
  });

  it.each([
    ["page=0", /^page /],
    ["page=two", /^page /],
    ["from=14-09-2024", /^from /],
    ["from=2024-09-30&to=2024-09-01", /^to /],
    ["section=Not A Slug!", /^section /],
    ["locale=fr", /^locale /],
  ])("refuses %s with 400 and a clear message", async (query, message) => {
    const response = await get(`q=putin&${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toMatch(message);
  });
});
