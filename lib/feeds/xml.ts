/**
 * A tiny XML writer for feeds and sitemaps: elements, attributes, text and CDATA, escaped on the way out, so no
 * caller ever concatenates markup by hand.
 */
export type XmlNode = XmlElement | XmlCdata | string;
export type XmlElement = { kind: "element"; name: string; attributes: Record<string, string>; children: XmlNode[] };
type XmlCdata = { kind: "cdata"; text: string };

/** Children may be left out with null, undefined or false, so optional elements read inline. */
type Child = XmlNode | null | undefined | false;

export function element(name: string, attributes: Record<string, string | undefined> = {}, ...children: (Child | Child[])[]): XmlElement {
  const present = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    kind: "element",
    name,
    attributes: Object.fromEntries(present),
    children: children.flat().filter((child): child is XmlNode => child !== null && child !== undefined && child !== false),
  };
}

export function cdata(text: string): XmlCdata {
  return { kind: "cdata", text };
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped; copy pasted from elsewhere can carry them.
const notAllowedInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text.replace(notAllowedInXml, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/** A CDATA section cannot contain "]]>", so that sequence is split across two sections. */
function renderCdata(text: string): string {
  return `<![CDATA[${text.replace(notAllowedInXml, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

function renderNode(node: XmlNode, indent: string): string {
  if (typeof node === "string") return escapeText(node);
  if (node.kind === "cdata") return renderCdata(node.text);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const open = `${indent}<${node.name}${attributes}>`;
  const close = `</${node.name}>`;
  // Elements holding text stay on one line, so no whitespace is added to any value.
  if (node.children.every((child) => typeof child === "string" || child.kind === "cdata")) {
    return `${open}${node.children.map((child) => renderNode(child, "")).join("")}${close}`;
  }
  const inner = node.children.map((child) => renderNode(child, `${indent}  `)).join("\n");
  return `${open}\n${inner}\n${indent}${close}`;
}

export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderNode(root, "")}\n`;
}

/** W3C datetime to the second, in UTC: what sitemaps and news sitemaps expect. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** RFC 822 date as RSS 2.0 asks for, e.g. "Tue, 03 Nov 2026 10:00:00 GMT". */
export function rfc822Date(date: Date): string {
  return date.toUTCString();
}
