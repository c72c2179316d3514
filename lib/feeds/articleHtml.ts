import type { ArticleDocument, Block, Inline } from "@/lib/content/document";
import { escapeAttribute, escapeText } from "./xml";

export type FeedImage = { fileName: string; width: number; height: number };

type Context = { media: Map<number, FeedImage>; absolute: (path: string) => string; embedLabel: (provider: "youtube" | "x") => string };

function inlineHtml(parts: Inline[], { absolute }: Context): string {
  return parts
    .map((part) => {
      let html = escapeText(part.text);
      if (part.italic) html = `<em>${html}</em>`;
      if (part.bold) html = `<strong>${html}</strong>`;
      if (part.href) html = `<a href="${escapeAttribute(part.href.startsWith("/") ? absolute(part.href) : part.href)}">${html}</a>`;
      return html;
    })
    .join("");
}

function blockHtml(block: Block, context: Context): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content, context)}</p>`;
    case "subheading":
      return `<h2>${escapeText(block.text)}</h2>`;
    case "quote": {
      const attribution = block.attribution ? `<footer>— ${escapeText(block.attribution)}</footer>` : "";
      return `<blockquote><p>${escapeText(block.text)}</p>${attribution}</blockquote>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item, context)}</li>`).join("")}</${tag}>`;
    }
    case "image": {
      const image = context.media.get(block.mediaId);
      if (!image) return "";
      const src = escapeAttribute(context.absolute(`/media/${image.fileName}`));
      const caption = block.caption ? `<figcaption>${escapeText(block.caption)}</figcaption>` : "";
      return `<figure><img src="${src}" alt="${escapeAttribute(block.alt)}" width="${image.width}" height="${image.height}"/>${caption}</figure>`;
    }
    case "embed":
      return `<p><a href="${escapeAttribute(block.url)}">${escapeText(context.embedLabel(block.provider))}</a></p>`;
  }
}

/**
 * The story as simple HTML for feed readers (content:encoded), built from the typed blocks: only p, h2, blockquote,
 * lists, figures and links, every text escaped, every site address made absolute. No script or style can get in,
 * because nothing in the document is ever HTML.
 */
export function articleHtml(document: ArticleDocument, context: Context): string {
  return document.blocks.map((block) => blockHtml(block, context)).join("\n");
}
