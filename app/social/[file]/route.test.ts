import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { listLatest } from "@/db/queries/articles";
import { insertArticle } from "@/db/queries/articleWrites";
import { insertMedia } from "@/db/queries/media";
import { getSocialCardArticle } from "@/db/queries/socialImages";
import { storeImage } from "@/lib/media/storeImage";
import { socialCacheDir } from "@/lib/media/socialCache";
import { heroCropRatios, heroCropUrl, siteSocialImage, socialImageFor } from "@/lib/seo/socialImages";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { GET } from "./route";

setUpTemporaryDatabase();

function get(url: string, headers: HeadersInit = {}): Promise<Response> {
  const file = url.replace(/^\/social\//, "");
  return GET(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ file }) });
}

async function imageOf(response: Response) {
  return sharp(Buffer.from(await response.arrayBuffer())).metadata();
}

let putinCard: string;
let heroArticle: { id: number; heroId: number; version: number };
let draftWithPhoto: { id: number; mediaId: number };

async function draft(heroMediaId: number | null): Promise<number> {
  return insertArticle({
    locale: "hi",
    sectionId: 1,
    slug: `masauda-${heroMediaId ?? "bina-photo"}`,
    headline: "अभी न छपी ख़बर",
    body: { version: 1, blocks: [] },
    bodyText: "",
    status: "draft",
    updatedAt: new Date(),
    heroMediaId,
    tags: [],
    authorIds: [],
  });
}

beforeAll(async () => {
  const latest = await listLatest("hi", { limit: 100 });
  const putin = latest.find((article) => article.headline.startsWith("पुतिन ने किम जोंग उन"))!;
  const putinRow = (await getSocialCardArticle(putin.id))!;
  putinCard = socialImageFor({ ...putinRow, heroMediaId: null }).url;
  const withHero = latest.find((article) => article.hero !== null)!;
  heroArticle = { id: withHero.id, heroId: withHero.hero!.id, version: (await getSocialCardArticle(withHero.id))!.version };

  const unpublishedPhoto = await storeImage(await sharp({ create: { width: 900, height: 600, channels: 3, background: "#484" } }).jpeg().toBuffer());
  const mediaId = await insertMedia({ ...unpublishedPhoto, alt: "प्रतिबंधित तस्वीर" });
  draftWithPhoto = { id: await draft(mediaId), mediaId };
});

describe("share cards of published stories", () => {
  it("answers a 1200×630 PNG for a story without a photo, cached for a year under an ETag", async () => {
    expect(putinCard).toMatch(/^\/social\/\d+-v\d+\.png$/);
    const response = await get(putinCard);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("etag")).toMatch(/^"[a-f0-9]{64}"$/);
    expect(await imageOf(response)).toMatchObject({ format: "png", width: 1200, height: 630 });
  });

  it("serves the second request from the file rendered by the first", async () => {
    const first = await get(putinCard);
    const etag = first.headers.get("etag")!;
    const kept = path.join(socialCacheDir(), `${etag.slice(1, -1)}.png`);
    const renderedAt = fs.statSync(kept).mtimeMs;
    const again = await get(putinCard);
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    expect(fs.statSync(kept).mtimeMs).toBe(renderedAt);
  });

  it("answers 304 when the browser already has it", async () => {
    const etag = (await get(putinCard)).headers.get("etag")!;
    const response = await get(putinCard, { "If-None-Match": etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  });

  it("shows the hero photo of a story that has one, as a 1200×630 JPEG", async () => {
    const response = await get(`/social/${heroArticle.id}-v${heroArticle.version}.jpg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(await imageOf(response)).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
  });

  it("sends an older version's address, or the wrong kind of file, to the current card", async () => {
    const [, id, version] = /(\d+)-v(\d+)/.exec(putinCard)!;
    const current = await get(`/social/${id}-v${version}.jpg`);
    expect(current.status).toBe(308);
    expect(current.headers.get("location")).toBe(putinCard);
    expect((await get(`/social/${id}-v${Number(version) + 1}.png`)).status).toBe(404);
  });

  it("has no card for a draft", async () => {
    expect((await get(`/social/${draftWithPhoto.id}-v1.jpg`)).status).toBe(404);
    expect((await get(`/social/${await draft(null)}-v1.png`)).status).toBe(404);
  });
});

describe("what /social/ refuses", () => {
  it("answers 404 for every name outside its patterns, without looking further", async () => {
    for (const name of ["../portal.db", "..%2Fportal.db", "42-v7.gif", "42.png", "042-v7.png", "42-v0.png", "site-fr-v1.png", "media-3-16x10.jpg", "media-3-16x9.png", "42-v7.png.jpg", "99999999-v1.png"]) {
      expect((await get(`/social/${name}`)).status, name).toBe(404);
    }
  });
});

describe("hero crops for structured data", () => {
  it("cuts the hero of a published story 1200 px wide in each ratio", async () => {
    for (const [ratio, height] of Object.entries(heroCropRatios)) {
      const response = await get(heroCropUrl(heroArticle.heroId, ratio as keyof typeof heroCropRatios));
      expect(response.status, ratio).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect(await imageOf(response)).toMatchObject({ format: "jpeg", width: 1200, height });
    }
  });

  it("does not show a photo that only a draft uses", async () => {
    expect((await get(heroCropUrl(draftWithPhoto.mediaId, "16x9"))).status).toBe(404);
  });
});

describe("the site's card", () => {
  it("answers a 1200×630 PNG in each language", async () => {
    for (const locale of ["hi", "en"] as const) {
      const response = await get(siteSocialImage(locale).url);
      expect(response.status).toBe(200);
      expect(await imageOf(response)).toMatchObject({ format: "png", width: 1200, height: 630 });
    }
  });
});
