/**
 * Reader pages are complete HTML without Next's client runtime (no reader page has a React island), so the front
 * serves them without it: the scripts, the inline React payload that only hydration reads, and their preloads go.
 * JSON-LD stays, and so do the page's own small scripts under /reader/ (public/reader/), which need no framework.
 * The markup is Next's and React's own output, whose script and link tags have a fixed shape.
 */
const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const scriptPreload = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;

const isStructuredData = (attributes: string) => /\btype="application\/ld\+json"/i.test(attributes);
const isReaderScript = (attributes: string) => /\bsrc="\/reader\/[^"]*"/i.test(attributes);

export function withoutNextRuntime(html: string): string {
  return html
    .replace(scriptElement, (element, attributes: string) => (isStructuredData(attributes) || isReaderScript(attributes) ? element : ""))
    .replace(scriptPreload, "");
}

const liteDropped = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="(?:image|font)")[^>]*>/gi;
const imageElement = /<img\b[^>]*>/gi;

/** An image's attributes rewritten for lite mode: its small `data-lite-src` copy instead of the responsive set. */
function liteImage(element: string): string {
  const small = /\bdata-lite-src="([^"]*)"/.exec(element);
  if (!small) return element;
  return element
    .replace(/\s(?:srcset|srcSet|sizes)="[^"]*"/g, "")
    .replace(/\ssrc="[^"]*"/, ` src="${small[1]}"`)
    .replace(/\sdata-lite-src="[^"]*"/, "");
}

/**
 * Lite mode (Save-Data, or the reader's switch): the same page with no script at all but its JSON-LD, small
 * images, and no web fonts (the stylesheet falls back to the phone's own Devanagari font under `html[data-lite]`).
 */
export function liteReaderHtml(html: string): string {
  return withoutNextRuntime(html)
    .replace(scriptElement, (element, attributes: string) => (isStructuredData(attributes) ? element : ""))
    .replace(liteDropped, "")
    .replace(imageElement, liteImage)
    .replace(/<html\b/i, "<html data-lite");
}
