/**
 * Gzip bytes of the JavaScript and CSS that a first visit to each reader page type loads.
 * Usage: npx next build && npx tsx scripts/bench/asset-weight.ts
 */
import { gzipSync } from "node:zlib";
import { seedArticlePath, startPortal } from "./portalServer";

async function gzipBytes(url: string): Promise<{ raw: number; gzip: number }> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

function assetUrls(html: string, origin: string) {
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!, origin).href);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map(
    (m) => new URL((m[1] ?? m[2])!, origin).href,
  );
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

async function total(urls: string[]) {
  const sizes = await Promise.all(urls.map(gzipBytes));
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const portal = await startPortal();
try {
  const pages = { home: "/", section: "/videsh", article: await seedArticlePath(portal.origin) };
  console.log("page      HTML gz     JS gz (raw)            CSS gz (raw)         files");
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await fetch(portal.origin + path)).text();
    const { scripts, styles } = assetUrls(html, portal.origin);
    const [js, css] = await Promise.all([total(scripts), total(styles)]);
    const htmlGz = gzipSync(Buffer.from(html), { level: 9 }).length;
    console.log(
      `${name.padEnd(9)} ${kb(htmlGz).padStart(8)}   ${kb(js.gzip).padStart(8)} (${kb(js.raw)})`.padEnd(44) +
        `${kb(css.gzip).padStart(8)} (${kb(css.raw)})`.padEnd(22) +
        `${scripts.length} js, ${styles.length} css`,
    );
  }
} finally {
  await portal.stop();
}
