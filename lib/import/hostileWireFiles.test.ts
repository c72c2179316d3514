import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { hostilePayloads } from "@/e2e/hostilePayloads";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { parseArticleDocument } from "@/lib/content/document";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";

// Audit events read the client's address from the request; an import from the command line has none.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  clientAddress: async () => "203.0.113.7",
}));

const { importWireFiles } = await import("./importWireFiles");
const { searchArticles } = await import("@/lib/search/searchArticles");

setUpTemporaryDatabase();

const now = new Date("2026-11-30T11:00:00+05:30");

/** A wire copy with a payload in its headline, its dateline place, its paragraphs and its byline. */
function hostileCopy(index: number): { name: string; bytes: Uint8Array } {
  const { text } = hostilePayloads[index]!;
  const lines = [`${text} शत्रु समाचार ${index}`, `${text.slice(0, 40)}पुर, 29 नवंबर । ${text} पहला वाक्य।`, `${text}`, `दूसरा अनुच्छेद ${text}`, `${text.slice(0, 60)} की रिपोर्ट`];
  return { name: `${hostilePayloads[index]!.text.slice(0, 30)}-${index}.txt`, bytes: new TextEncoder().encode(lines.join("\n")) };
}

describe("wire copy carrying hostile text", () => {
  it("is imported or refused with a reason for every payload, and what is stored is a valid typed document of plain text", async () => {
    const files = hostilePayloads.map((_, index) => hostileCopy(index));
    const outcomes = await importWireFiles(files, { status: "published", dryRun: false, userId: null, sectionSlug: "desh", now });
    expect(outcomes).toHaveLength(files.length);
    const imported = outcomes.filter((outcome) => outcome.ok);
    // Refusals name a problem a person can read; most copies are stories all the same.
    for (const outcome of outcomes) if (!outcome.ok) expect(outcome.error.length, outcome.file).toBeGreaterThan(0);
    expect(imported.length).toBeGreaterThan(hostilePayloads.length * 0.8);

    for (const outcome of imported) {
      const [row] = await getDb().select().from(articles).where(eq(articles.id, outcome.articleId!));
      expect(row, outcome.file).toBeDefined();
      const document = parseArticleDocument(row!.body);
      for (const block of document.blocks) expect(block.type === "paragraph" && block.content.some((part) => part.href), outcome.file).toBe(false);
      expect(row!.slug, outcome.file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("finds imported copies by their own words, whatever syntax the payload beside them uses", async () => {
    const found = await searchArticles({ query: "शत्रु समाचार", sectionSlug: null, from: null, to: null, page: 1, locale: "hi", pageSize: 100 });
    expect(found.total).toBeGreaterThan(50);
  });
});

describe("search queries made of hostile text", () => {
  it("answer every payload with results or none, never an error, whatever its FTS5 or SQL syntax", async () => {
    for (const { label, text } of hostilePayloads) {
      const found = await searchArticles({ query: text, sectionSlug: null, from: null, to: null, page: 1, locale: "hi", pageSize: 10 });
      expect(found.results.length, label).toBeLessThanOrEqual(10);
      for (const hit of found.results) expect(hit.url, label).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+-\d+$/);
    }
  });

  it("take every payload as a section filter or a page without throwing", async () => {
    for (const { label, text } of hostilePayloads) {
      await expect(searchArticles({ query: "दिल्ली", sectionSlug: text, from: null, to: null, page: 1, locale: "hi" }), label).resolves.toBeDefined();
    }
  });
});
