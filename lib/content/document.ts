import { z } from "zod";

/**
 * The article body: typed blocks, never HTML. Readers' pages render it with components/article/ArticleBody,
 * feeds and search read its plain text.
 */
// "//host" and "/\host" look site-relative, but browsers follow them to another host: like the editor's safeLink
// (lib/content/tiptapDocument.ts), the link is dropped and its words stay, so a stored body never stops parsing.
const safeHref = z
  .string()
  .max(2000)
  .refine((href) => /^(https?:\/\/|mailto:|\/)/i.test(href), "links must be http(s), mailto or site-relative")
  // Browsers drop tabs and line breaks inside a URL before reading it, so "/\t/host" is "//host" too.
  .transform((href) => {
    const followed = href.replace(/[\t\n\r]/g, "");
    return /^\/[/\\]/.test(followed) ? undefined : followed;
  });

export const inlineSchema = z.object({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHref.optional(),
});

const richText = z.array(inlineSchema).min(1);

export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), content: richText }),
  z.object({ type: z.literal("subheading"), text: z.string().min(1) }),
  z.object({ type: z.literal("quote"), text: z.string().min(1), attribution: z.string().optional() }),
  z.object({ type: z.literal("list"), ordered: z.boolean(), items: z.array(richText).min(1) }),
  z.object({
    type: z.literal("image"),
    mediaId: z.number().int().positive(),
    alt: z.string().min(1),
    caption: z.string().optional(),
  }),
  z.object({
    type: z.literal("embed"),
    provider: z.enum(["youtube", "x"]),
    url: z.url({ protocol: /^https$/ }),
  }),
]);

export const articleDocumentSchema = z.object({
  version: z.literal(1),
  blocks: z.array(blockSchema),
});

export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;

export function parseArticleDocument(value: unknown): ArticleDocument {
  return articleDocumentSchema.parse(value);
}

function inlineText(content: Inline[]): string {
  return content.map((part) => part.text).join("");
}

/** The text a reader would read aloud, one block per line: for search, feeds and descriptions. */
export function documentPlainText(doc: ArticleDocument): string {
  return doc.blocks
    .flatMap((block): string[] => {
      switch (block.type) {
        case "paragraph":
          return [inlineText(block.content)];
        case "subheading":
          return [block.text];
        case "quote":
          return [block.attribution ? `${block.text} — ${block.attribution}` : block.text];
        case "list":
          return block.items.map(inlineText);
        case "image":
          return block.caption ? [block.caption] : [];
        case "embed":
          return [];
      }
    })
    .join("\n");
}
