import fs from "node:fs";
import path from "node:path";

/** One UI string of messages/<locale>.json: its last key and its text. */
type MessageEntry = { key: string; text: string };

function flatten(messages: unknown, into: MessageEntry[] = []): MessageEntry[] {
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    if (typeof value === "string") into.push({ key, text: value });
    else if (value && typeof value === "object") flatten(value, into);
  }
  return into;
}

/** Every UI string of the given message files; only texts long enough not to match by chance are kept. */
export function readMessageEntries(files = ["messages/hi.json", "messages/en.json"]): MessageEntry[] {
  return files
    .flatMap((file) => flatten(JSON.parse(fs.readFileSync(path.resolve(file), "utf8"))))
    .filter((entry) => entry.text.length >= 6);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const asciiEscaped = (text: string) => text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The forms a string takes in shipped JavaScript: as written, JSON-escaped, \u-escaped, and inside a JSON string again (the RSC payload). */
function spellings(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  return [...new Set([text, json, asciiEscaped(json), JSON.stringify(json).slice(1, -1)])];
}

/**
 * Which UI strings a script carries as `key: "text"` pairs — the shape of a message catalogue, whether bundled as an
 * object literal, as JSON, or serialised into the RSC payload for a NextIntlClientProvider. Rendered text alone does
 * not count: a server-rendered page's payload repeats its visible strings, but not under their message keys.
 */
export function messagesIn(script: string, entries: MessageEntry[]): MessageEntry[] {
  const found = new Map<string, MessageEntry>();
  for (const entry of entries) {
    const id = `${entry.key}\u0000${entry.text}`;
    if (found.has(id)) continue;
    for (const spelling of spellings(entry.text)) {
      let at = script.indexOf(spelling);
      while (at !== -1 && !found.has(id)) {
        const before = script.slice(Math.max(0, at - entry.key.length - 12), at);
        const pair = new RegExp(`(?:^|[^\\w$])${escapeRegExp(entry.key)}(?:\\\\*["'])?\\s*:\\s*(?:\\\\*["'\`])$`);
        if (pair.test(before)) found.set(id, entry);
        at = script.indexOf(spelling, at + 1);
      }
      if (found.has(id)) break;
    }
  }
  return [...found.values()];
}

/** A script holds a message bundle when several catalogue entries sit in it under their keys. */
export const bundleThreshold = 3;
