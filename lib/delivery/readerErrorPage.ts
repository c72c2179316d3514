import type { Locale } from "@/i18n/routing";
import { homePath } from "@/lib/routes";
import { site } from "@/lib/site";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

const messages = { hi, en } satisfies Record<Locale, unknown>;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The page's only style, inline so it needs nothing else; the front's policy allows exactly this text by its hash. */
export const readerErrorStyle = [
  'body{margin:0;color:#1a1a1a;font-family:"Noto Sans Devanagari","Nirmala UI","Kohinoor Devanagari",Mangal,system-ui,sans-serif}',
  "header{background:#8a1c1c;padding:1rem}header a{color:#fff;font-size:1.375rem;font-weight:700;text-decoration:none}",
  "main{max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.7}.home{display:inline-block;background:#8a1c1c;color:#fff;padding:.5rem 1rem;border-radius:4px;text-decoration:none}",
].join("");

/**
 * What a reader gets when Next fails on a page (5xx) or cannot be reached: Next's own error page is drawn by its
 * runtime, which reader pages do not load, so the front sends this one. It is made here, from the messages alone —
 * no database, no Next — because whatever broke may be either.
 */
export function readerErrorHtml(locale: Locale): string {
  const text = { ...messages[locale].error, goHome: messages[locale].notFound.goHome };
  const name = site.name[locale];
  const home = homePath(locale);
  return [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${escapeHtml(`${text.title} — ${name}`)}</title>`,
    `<style>${readerErrorStyle}</style>`,
    `</head><body><header><a href="${home}">${escapeHtml(name)}</a></header><main><h1>${escapeHtml(text.title)}</h1>`,
    `<p>${escapeHtml(text.body)}</p><p><a class="home" href="${home}">${escapeHtml(text.goHome)}</a></p></main></body></html>`,
  ].join("");
}
