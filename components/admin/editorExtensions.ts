import { Node, mergeAttributes } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";
import { safeLink } from "@/lib/content/tiptapDocument";

/**
 * The body editor's schema: only what the site can print (lib/content/document.ts). Strike, underline, code and
 * rules are left out, so a paste from a web page or a word processor keeps its words and loses what readers would
 * never see.
 */

/** A picture from the media library: the document keeps its media id, alt text and caption; `src` is for display. */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: { default: "", parseHTML: (element) => element.querySelector("img")?.getAttribute("src") ?? "", renderHTML: () => ({}) },
      mediaId: { default: null, parseHTML: (element) => Number(element.getAttribute("data-media-id")) || null, renderHTML: () => ({}) },
      alt: { default: "", parseHTML: (element) => element.querySelector("img")?.getAttribute("alt") ?? "", renderHTML: () => ({}) },
      caption: { default: "", parseHTML: (element) => element.getAttribute("data-caption") ?? "", renderHTML: () => ({}) },
    };
  },
  // Pasted <img> from elsewhere is not ours to publish; only our own figures come back in.
  parseHTML() {
    return [{ tag: "figure[data-media-id]" }];
  },
  renderHTML({ node }) {
    const { src, mediaId, alt, caption } = node.attrs as { src: string; mediaId: number | null; alt: string; caption: string };
    return [
      "figure",
      { class: "editor-figure", "data-media-id": String(mediaId ?? ""), "data-caption": caption },
      ["img", { src, alt }],
      ["figcaption", {}, caption || alt],
    ];
  },
});

/** A YouTube video or X post, shown on the site as a light link; here as a labelled box. */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: "youtube", parseHTML: (element) => element.getAttribute("data-embed-provider"), renderHTML: () => ({}) },
      url: { default: "", parseHTML: (element) => element.getAttribute("data-embed-url"), renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-embed-url]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { provider, url } = node.attrs as { provider: string; url: string };
    return [
      "div",
      mergeAttributes(HTMLAttributes, { class: "editor-embed", "data-embed-provider": provider, "data-embed-url": url }),
      ["span", { class: "editor-embed-provider" }, provider === "x" ? "X" : "YouTube"],
      ["span", { class: "editor-embed-url" }, url],
    ];
  },
});

export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: true,
      isAllowedUri: (url) => safeLink(url) !== undefined,
      HTMLAttributes: { rel: "noopener nofollow", target: null },
    },
  }),
  ArticleImage,
  Embed,
];
