import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { countArticles, insertArticle, insertAuthor, insertSection } from "@/db/queries/articleWrites";
import { insertMedia } from "@/db/queries/media";
import { wallClock } from "@/lib/hindi/format";
import { normalizeLine } from "@/lib/hindi/normalize";
import { slugify } from "@/lib/hindi/transliterate";
import { storeImage } from "@/lib/media/storeImage";
import { parseWireCopy, type ParsedWireCopy } from "@/lib/wire/parseWireCopy";
import { newArticleFromWireCopy } from "@/lib/wire/wireCopyArticle";
import { type DemoArticle, type DemoManifest, demoDir, readDemoManifest } from "./manifest";

const hour = 60 * 60 * 1000;

/** English demo copies are headline, paragraphs and a closing credit line; their dateline is in the manifest. */
function parseEnglishCopy(text: string, entry: DemoArticle): ParsedWireCopy {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const [headline = "", ...rest] = lines;
  const last = rest.at(-1) ?? "";
  const hasByline = /^(Reported by|Bureau report|Agencies)\b/i.test(last);
  const paragraphs = hasByline ? rest.slice(0, -1) : rest;
  return {
    headline,
    dateline: entry.dateline ? { ...entry.dateline, year: null, agency: entry.dateline.agency ?? null } : null,
    blocks: paragraphs.map((line) => ({ type: "paragraph", text: line })),
    byline: hasByline ? last : null,
    boilerplate: null,
  };
}

/** Demo stories are dated relative to the day of install, so their datelines follow their publication day. */
function readCopy(entry: DemoArticle, publishedAt: Date): ParsedWireCopy {
  const text = fs.readFileSync(path.join(demoDir, "articles", entry.file), "utf8");
  const copy = entry.locale === "hi" ? parseWireCopy(text) : parseEnglishCopy(text, entry);
  if (entry.hoursAgo === undefined || !copy.dateline?.day) return copy;
  const { day, month } = wallClock(publishedAt);
  return { ...copy, dateline: { ...copy.dateline, day, month, year: null } };
}

function times(entry: DemoArticle, now: number): { publishedAt: Date; updatedAt: Date } {
  if (entry.publishedAt) {
    const publishedAt = new Date(entry.publishedAt);
    return { publishedAt, updatedAt: entry.updatedAt ? new Date(entry.updatedAt) : publishedAt };
  }
  const publishedAt = new Date(now - entry.hoursAgo! * hour);
  const updatedAt = entry.updatedHoursAgo === undefined ? publishedAt : new Date(now - entry.updatedHoursAgo * hour);
  return { publishedAt, updatedAt };
}

async function seedImages(manifest: DemoManifest) {
  const ids = new Map<string, number>();
  for (const image of manifest.images) {
    const svg = fs.readFileSync(path.join(demoDir, "images", image.file));
    const stored = await storeImage(await sharp(svg).resize(1600, 900).jpeg({ quality: 82, mozjpeg: true }).toBuffer());
    ids.set(`hi:${image.file}`, await insertMedia({ ...stored, alt: image.alt, caption: image.caption, credit: image.credit }));
    ids.set(`en:${image.file}`, await insertMedia({ ...stored, alt: image.altEn, caption: image.captionEn, credit: image.creditEn }));
  }
  return ids;
}

/**
 * Fills an empty database with the portal's own demo newsroom: sections, authors, illustrations and stories.
 * Originals are inserted before translations so that each translation can point at its original.
 */
export async function seedDemoContent(now = Date.now()): Promise<number> {
  if ((await countArticles()) > 0) return 0;
  const manifest = readDemoManifest();

  const sectionIds = new Map<string, number>();
  for (const [position, section] of manifest.sections.entries()) {
    sectionIds.set(section.slug, await insertSection({ ...section, position }));
  }
  const authorIds = new Map<string, number>();
  for (const author of manifest.authors) authorIds.set(author.slug, await insertAuthor(author));
  const mediaIds = await seedImages(manifest);

  const articleIds = new Map<string, number>();
  const originalsFirst = [...manifest.articles].sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)));
  for (const entry of originalsFirst) {
    const published = times(entry, now);
    const copy = readCopy(entry, published.publishedAt);
    const id = await insertArticle(
      newArticleFromWireCopy(copy, {
        locale: entry.locale,
        sectionId: sectionIds.get(entry.section)!,
        status: "published",
        ...published,
        receivedAt: published.publishedAt,
        tags: entry.tags.map((name) => ({ name: normalizeLine(name), slug: slugify(name) })),
        authorIds: entry.authors.map((slug) => authorIds.get(slug)!),
        standfirst: entry.standfirst ? normalizeLine(entry.standfirst) : "",
        heroMediaId: entry.hero ? mediaIds.get(`${entry.locale}:${entry.hero}`) : null,
        translationOfId: entry.translationOf ? articleIds.get(entry.translationOf) : null,
      }),
    );
    articleIds.set(entry.file, id);
  }
  return articleIds.size;
}
