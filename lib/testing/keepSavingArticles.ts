/**
 * A newsroom under deadline, for the backup test: creates, saves and publishes articles one after another (and now
 * and then uploads a photo and re-saves an older story) through the portal's own db/queries functions, until its
 * standard input closes. After each committed write it prints one JSON line: {"articleId":…,"version":…}.
 * Run with DATABASE_FILE pointing at a prepared database: tsx lib/testing/keepSavingArticles.ts
 */
import sharp from "sharp";
import { closeDb } from "@/db/client";
import { insertMedia } from "@/db/queries/media";
import { createDraftArticle, saveArticleContent } from "@/db/queries/articleEditing";
import { listSections } from "@/db/queries/sections";
import { insertUser } from "@/db/queries/users";
import { applyTransition } from "@/db/queries/workflow";
import { storeImage } from "@/lib/media/storeImage";

let stopped = false;
process.stdin.on("data", () => {});
process.stdin.on("end", () => {
  stopped = true;
});

const report = (articleId: number, version: number) => process.stdout.write(`${JSON.stringify({ articleId, version })}\n`);

async function uploadPhoto(n: number): Promise<number> {
  const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: n % 256, g: (n * 7) % 256, b: (n * 13) % 256 } } })
    .png()
    .toBuffer();
  const stored = await storeImage(png);
  return insertMedia({ ...stored, alt: `चित्र ${n}`, caption: "", credit: "" });
}

async function save(articleId: number, baseVersion: number, userId: number, sectionId: number, n: number, heroMediaId: number | null) {
  const text = `समाचार ${n}: लोड में सहेजा गया पाठ।`;
  const now = new Date();
  const result = await saveArticleContent({
    articleId,
    baseVersion,
    userId,
    kind: "save",
    fields: {
      headline: `लोड परीक्षण ${n}`,
      standfirst: `सार ${n}`,
      body: { version: 1, blocks: [{ type: "paragraph", content: [{ text }] }] },
      bodyText: text,
      sectionId,
      agency: null,
      bylineText: "ब्यूरो रिपोर्ट",
      datelinePlace: "नई दिल्ली",
      datelineDay: 30,
      datelineMonth: 11,
      datelineYear: 2026,
      heroMediaId,
      slug: `load-${articleId}-${n}`,
      locale: "hi",
      metaTitle: null,
      metaDescription: null,
      socialMediaId: null,
      translationOfId: null,
    },
    tags: [{ name: `लोड ${n % 7}`, slug: `load-${n % 7}` }],
    authorIds: [],
    now,
    lapsedBefore: new Date(now.getTime() - 60_000),
  });
  if (result.outcome !== "saved") throw new Error(`save refused: ${result.outcome}`);
  return result.version;
}

async function main() {
  const userId = await insertUser({ email: `load-${process.pid}@example.com`, name: "लोड", passwordHash: "-", role: "editor" });
  const sectionId = (await listSections())[0]!.id;
  const written: { id: number; version: number }[] = [];
  for (let n = 1; !stopped; n++) {
    const heroMediaId = n % 5 === 0 ? await uploadPhoto(n) : null;
    const id = await createDraftArticle({ locale: "hi", sectionId, userId, now: new Date() });
    report(id, 1);
    const saved = await save(id, 1, userId, sectionId, n, heroMediaId);
    report(id, saved);
    const now = new Date();
    const published = await applyTransition({
      articleId: id,
      expectedVersion: saved,
      from: "draft",
      to: "published",
      publishedAt: now,
      scheduledAt: null,
      updatedAt: now,
      userId,
      kind: "publish",
    });
    if (published.conflict) throw new Error("publish refused");
    report(id, published.version);
    written.push({ id, version: published.version });
    if (n % 3 === 0) {
      // An update of a story already out, so that the snapshot also catches articles that change, not only new ones.
      const older = written[Math.floor(written.length / 2)]!;
      older.version = await save(older.id, older.version, userId, sectionId, n, null);
      report(older.id, older.version);
    }
  }
}

try {
  await main();
} finally {
  closeDb();
}
