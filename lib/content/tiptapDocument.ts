import { normalizeLine } from "@/lib/hindi/normalize";
import type { ArticleDocument, Block, Inline } from "./document";

/**
 * The editor (TipTap/ProseMirror) and the stored article document speak different shapes. These two functions
 * translate between them, keeping everything the site renders and nothing it cannot: what an editor pastes from
 * a web page (tables, code, foreign images, javascript: links) leaves only its text behind.
 */

export type TiptapMark = { type: string; attrs?: Record<string, unknown> };
export type TiptapNode = { type: string; attrs?: Record<string, unknown>; content?: TiptapNode[]; text?: string; marks?: TiptapMark[] };

const maxHrefLength = 2000;

/** The link as stored, or undefined when it is not one readers may follow: only http(s), mailto and paths on this site. */
export function safeLink(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  const trimmed = href.trim();
  if (trimmed.length === 0 || trimmed.length > maxHrefLength || /[\s\u0000-\u001f]/.test(trimmed)) return undefined;
  // "//host" and "/\host" leave the site although they start with a slash.
  if (trimmed.startsWith("/")) return /^\/[/\\]/.test(trimmed) ? undefined : trimmed;
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const embedHosts: Record<string, "youtube" | "x"> = {
  "youtube.com": "youtube",
  "www.youtube.com": "youtube",
  "m.youtube.com": "youtube",
  "youtu.be": "youtube",
  "x.com": "x",
  "www.x.com": "x",
  "twitter.com": "x",
  "www.twitter.com": "x",
  "mobile.twitter.com": "x",
};

/** A YouTube video or an X post the site may show as a click-to-load link; undefined for anything else. */
export function embedFromUrl(value: unknown): { provider: "youtube" | "x"; url: string } | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value.trim());
    const provider = embedHosts[url.hostname.toLowerCase()];
    if (url.protocol !== "https:" || !provider || url.username || url.password || url.port) return undefined;
    return { provider, url: url.href };
  } catch {
    return undefined;
  }
}

/** NFC and debris removal for one run of a sentence; unlike normalizeLine it keeps a space at either edge, where runs meet. */
function normalizeRun(text: string): string {
  const inner = normalizeLine(text);
  if (!inner) return /\s/.test(text) ? " " : "";
  return `${/^\s/.test(text) ? " " : ""}${inner}${/\s$/.test(text) ? " " : ""}`;
}

function sameMarks(a: Inline, b: Inline): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && a.href === b.href;
}

function inline(text: string, bold: boolean, italic: boolean, href: string | undefined): Inline {
  return { text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) };
}

/** Normalised runs, neighbours with the same marks merged, one space where two met, no space at the ends. */
export function cleanInlines(parts: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    let text = normalizeRun(part.text);
    const previous = merged.at(-1);
    if (previous && /\s$/.test(previous.text)) text = text.replace(/^\s+/, "");
    if (!text) continue;
    const href = safeLink(part.href);
    const next = inline(text, Boolean(part.bold), Boolean(part.italic), href);
    if (previous && sameMarks(previous, next)) previous.text += text;
    else merged.push(next);
  }
  if (merged.length > 0) {
    merged[0]!.text = merged[0]!.text.replace(/^\s+/, "");
    merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.replace(/\s+$/, "");
  }
  return merged.filter((part) => part.text.length > 0);
}

function inlinesOf(nodes: TiptapNode[] = [], inherited: Inline = { text: "" }): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === "text") {
      const marks = node.marks ?? [];
      const link = marks.find((mark) => mark.type === "link");
      return [
        inline(
          node.text ?? "",
          Boolean(inherited.bold) || marks.some((mark) => mark.type === "bold"),
          Boolean(inherited.italic) || marks.some((mark) => mark.type === "italic"),
          link ? safeLink(link.attrs?.href) : inherited.href,
        ),
      ];
    }
    // A line break inside a paragraph reads as a space: the site prints paragraphs, not lines.
    if (node.type === "hardBreak") return [{ text: " " }];
    return inlinesOf(node.content, inherited);
  });
}

function plainText(node: TiptapNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(plainText).join(node.content?.some(isBlockish) ? " " : "");
}

const blockTypes = new Set(["paragraph", "heading", "blockquote", "bulletList", "orderedList", "listItem", "image", "embed", "codeBlock"]);

function isBlockish(node: TiptapNode): boolean {
  return blockTypes.has(node.type) || (node.content ?? []).some(isBlockish);
}

function paragraph(parts: Inline[]): Block[] {
  const content = cleanInlines(parts);
  return content.length > 0 ? [{ type: "paragraph", content }] : [];
}

const attributionDash = /^[—–-]\s*/;

function quoteOf(node: TiptapNode): Block[] {
  const lines = (node.content ?? []).map((child) => normalizeLine(plainText(child))).filter(Boolean);
  const last = lines.at(-1);
  const attribution = lines.length > 1 && last && attributionDash.test(last) ? normalizeLine(last.replace(attributionDash, "")) : "";
  const text = (attribution ? lines.slice(0, -1) : lines).join("\n");
  if (!text) return [];
  return [{ type: "quote", text, ...(attribution ? { attribution } : {}) }];
}

/** List items in order; a nested list's items follow their parent's, since the site prints flat lists. */
function listItemsOf(node: TiptapNode): Inline[][] {
  return (node.content ?? []).flatMap((item) => {
    const own: Inline[] = [];
    const nested: Inline[][] = [];
    for (const child of item.content ?? []) {
      if (child.type === "bulletList" || child.type === "orderedList") nested.push(...listItemsOf(child));
      else own.push(...(own.length > 0 ? [{ text: " " }] : []), ...inlinesOf([child]));
    }
    return [cleanInlines(own), ...nested].filter((parts) => parts.length > 0);
  });
}

function imageOf(node: TiptapNode): Block[] {
  const mediaId = Number(node.attrs?.mediaId);
  const alt = normalizeLine(String(node.attrs?.alt ?? ""));
  const caption = normalizeLine(String(node.attrs?.caption ?? ""));
  // Only pictures from our media library: a pasted image from another site has no mediaId and no rights.
  if (!Number.isSafeInteger(mediaId) || mediaId <= 0 || !alt) return [];
  return [{ type: "image", mediaId, alt, ...(caption ? { caption } : {}) }];
}

function blocksOf(node: TiptapNode): Block[] {
  switch (node.type) {
    case "paragraph":
      return paragraph(inlinesOf(node.content));
    case "heading": {
      const text = normalizeLine(plainText(node));
      return text ? [{ type: "subheading", text }] : [];
    }
    case "blockquote":
      return quoteOf(node);
    case "bulletList":
    case "orderedList": {
      const items = listItemsOf(node);
      return items.length > 0 ? [{ type: "list", ordered: node.type === "orderedList", items }] : [];
    }
    case "image":
      return imageOf(node);
    case "embed": {
      const embed = embedFromUrl(node.attrs?.url);
      if (embed) return [{ type: "embed", ...embed }];
      return paragraph([{ text: String(node.attrs?.url ?? "") }]);
    }
    case "text":
    case "hardBreak":
      return paragraph(inlinesOf([node]));
    default:
      // Unknown containers (tables, code blocks, …): their blocks if they hold any, else their text as a paragraph.
      if ((node.content ?? []).some(isBlockish)) return (node.content ?? []).flatMap(blocksOf);
      return paragraph(inlinesOf(node.content));
  }
}

/** The stored document for what the editor holds. */
export function tiptapToDocument(doc: TiptapNode): ArticleDocument {
  const blocks = doc.type === "doc" ? (doc.content ?? []).flatMap(blocksOf) : blocksOf(doc);
  return { version: 1, blocks };
}

function textNodes(parts: Inline[]): TiptapNode[] {
  return parts.map((part) => {
    const marks: TiptapMark[] = [];
    if (part.bold) marks.push({ type: "bold" });
    if (part.italic) marks.push({ type: "italic" });
    if (part.href) marks.push({ type: "link", attrs: { href: part.href } });
    return { type: "text", text: part.text, ...(marks.length > 0 ? { marks } : {}) };
  });
}

function textParagraph(text: string): TiptapNode {
  return { type: "paragraph", content: [{ type: "text", text }] };
}

/** Where the editor finds an image's file; the stored document names only the media id. */
export type MediaSource = (mediaId: number) => string | undefined;

function nodeOf(block: Block, mediaSource: MediaSource): TiptapNode {
  switch (block.type) {
    case "paragraph":
      return { type: "paragraph", content: textNodes(block.content) };
    case "subheading":
      return { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: block.text }] };
    case "quote":
      return {
        type: "blockquote",
        content: [...block.text.split("\n").map(textParagraph), ...(block.attribution ? [textParagraph(`— ${block.attribution}`)] : [])],
      };
    case "list":
      return {
        type: block.ordered ? "orderedList" : "bulletList",
        content: block.items.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: textNodes(item) }] })),
      };
    case "image":
      return { type: "image", attrs: { mediaId: block.mediaId, alt: block.alt, caption: block.caption ?? "", src: mediaSource(block.mediaId) ?? "" } };
    case "embed":
      return { type: "embed", attrs: { provider: block.provider, url: block.url } };
  }
}

/** What the editor opens for a stored document. */
export function documentToTiptap(doc: ArticleDocument, mediaSource: MediaSource = () => undefined): TiptapNode {
  const content = doc.blocks.map((block) => nodeOf(block, mediaSource));
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

/** The same document with every text NFC-normalised and every link checked, as if it had passed through the editor. */
export function normalizeDocument(doc: ArticleDocument): ArticleDocument {
  return tiptapToDocument(documentToTiptap(doc));
}
