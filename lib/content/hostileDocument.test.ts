import { articleDraftInput } from "@/lib/testing/articleDraftInput";
import { describe, expect, it } from "vitest";
import { hostilePayloads } from "@/e2e/hostilePayloads";
import { articleDraftSchema } from "./articleDraft";
import { documentPlainText, parseArticleDocument } from "./document";

const linkTo = (href: string) => ({ version: 1, blocks: [{ type: "paragraph", content: [{ text: "लिंक", href }] }] });

describe("an article document holding hostile text", () => {
  it("keeps every payload as text in every kind of block, and reads it back unchanged", () => {
    for (const { label, text } of hostilePayloads) {
      const doc = parseArticleDocument({
        version: 1,
        blocks: [
          { type: "paragraph", content: [{ text, bold: true }] },
          { type: "subheading", text },
          { type: "quote", text, attribution: text },
          { type: "list", ordered: true, items: [[{ text }]] },
          { type: "image", mediaId: 1, alt: text, caption: text },
        ],
      });
      expect(documentPlainText(doc).split("\n"), label).toEqual([text, text, `${text} — ${text}`, text, text]);
    }
  });

  it("refuses every payload as a link that is not http(s), mailto or a path of this site", () => {
    for (const { label, text } of hostilePayloads) {
      const result = parseArticleDocument.bind(null, linkTo(text));
      if (/^(https?:\/\/|mailto:|\/)/i.test(text)) expect(result, label).not.toThrow();
      else expect(result, label).toThrow();
    }
  });

  it("drops links that only look site-relative, as the editor does, and keeps their words", () => {
    for (const href of ["//evil.example/x", "/\\evil.example/x", "/\t/evil.example/x", "/\\/evil.example"]) {
      const doc = parseArticleDocument(linkTo(href));
      const block = doc.blocks[0];
      expect(block?.type === "paragraph" && block.content[0], href).toEqual({ text: "लिंक" });
    }
    const local = parseArticleDocument(linkTo("/khel/virat-12"));
    expect(local.blocks[0]?.type === "paragraph" && local.blocks[0].content[0]?.href).toBe("/khel/virat-12");
  });

  it("refuses embeds of every payload: only https addresses are embedded", () => {
    for (const { label, text } of hostilePayloads) {
      if (text.startsWith("https://")) continue;
      expect(() => parseArticleDocument({ version: 1, blocks: [{ type: "embed", provider: "youtube", url: text }] }), label).toThrow();
    }
  });

  it("takes every payload as a headline, tag and meta text of a draft without throwing, or names the field too long", () => {
    for (const { label, text } of hostilePayloads) {
      const parsed = articleDraftSchema.safeParse(
        articleDraftInput({
          headline: text,
          standfirst: text,
          body: { version: 1, blocks: [{ type: "paragraph", content: [{ text }] }] },
          tags: [text.slice(0, 60)],
          metaTitle: text.slice(0, 100),
          metaDescription: text.slice(0, 190),
        }),
      );
      if (parsed.success) continue;
      const fields = parsed.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
      expect(fields.every((field) => /:(tooLong|required)$/.test(field)), `${label}: ${fields.join(", ")}`).toBe(true);
    }
  });

  it("refuses every payload as a slug: a slug is lower-case letters, digits and single hyphens", () => {
    const slug = articleDraftSchema.shape.slug;
    for (const { label, text } of hostilePayloads) {
      const parsed = slug.safeParse(text);
      if (parsed.success) expect(parsed.data, label).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      else expect(parsed.error.issues.map((issue) => issue.message), label).toEqual(expect.arrayContaining([expect.stringMatching(/^(slugFormat|tooLong)$/)]));
    }
  });
});
