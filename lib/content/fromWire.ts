import type { ArticleDocument, Block } from "./document";

type WireBlock = { type: "paragraph" | "subheading"; text: string };

// A paragraph that is wholly a quotation (“…”) reads as a quote block, as print editions set it.
const wholeQuotation = /^“[^“”]+”$/;

export function documentFromWire(blocks: WireBlock[]): ArticleDocument {
  return {
    version: 1,
    blocks: blocks.map((block): Block => {
      if (block.type === "subheading") return { type: "subheading", text: block.text };
      if (wholeQuotation.test(block.text)) return { type: "quote", text: block.text };
      return { type: "paragraph", content: [{ text: block.text }] };
    }),
  };
}
