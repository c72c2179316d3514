import { readFile, mkdir } from "node:fs/promises";
import sharp from "sharp";

/*
 * Renders the PNG icons from app/icon.svg; run it after changing the SVG and commit the results.
 * Phones crop home-screen icons to their own shape, so these fill the whole square: the SVG's rounded corners
 * would show as coloured slivers. The glyph already sits inside the central 80 % a maskable icon may be cut to.
 */

const brandColour = "#8a1c1c";
const svg = await readFile("app/icon.svg");

async function render(size: number, file: string): Promise<void> {
  const glyph = await sharp(svg, { density: (72 * size) / 64 }).resize(size, size).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: brandColour } })
    .composite([{ input: glyph }])
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(`${file} (${size}×${size})`);
}

await mkdir("public/icons", { recursive: true });
await render(180, "app/apple-icon.png");
await render(192, "public/icons/icon-192.png");
await render(512, "public/icons/icon-512.png");
