import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/db/paths";
import { getPublishedHeroPhoto, getSocialCardArticle, type StoredPhoto } from "@/db/queries/socialImages";
import { cropHero, renderHeroCard } from "@/lib/media/heroCrop";
import { type CachedImage, cachedImage, renderKey } from "@/lib/media/socialCache";
import { renderArticleCard, renderSiteCard } from "@/lib/media/socialCard";
import { articleSocialPath, cardDesign, parseSocialFile, siteSocialPath } from "./socialImages";

const contentTypes = { png: "image/png", jpg: "image/jpeg" } as const;

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** An older version's address leads to the current image; sharing apps keep the URL they first saw. */
function movedTo(location: string): Response {
  return new Response(null, { status: 308, headers: { Location: location, "Cache-Control": "public, max-age=300" } });
}

function imageResponse(request: Request, image: CachedImage, extension: "png" | "jpg"): Response {
  const etag = `"${image.key}"`;
  // The URL carries the article's version or the card design, so what it names never changes.
  const headers = { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" };
  const known = request.headers.get("if-none-match")?.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (known?.includes(etag) || known?.includes("*")) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(image.bytes), {
    headers: { ...headers, "Content-Type": contentTypes[extension], "Content-Length": String(image.bytes.length) },
  });
}

async function readOriginal(photo: StoredPhoto): Promise<Buffer | null> {
  return fs.readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), photo.fileName)).catch(() => null);
}

/** Photo-based images need the original on disk; a row whose file is gone answers 404, not 500. */
async function fromPhoto(photo: StoredPhoto, key: unknown[], render: (original: Buffer) => Promise<Buffer>): Promise<CachedImage | null> {
  const original = await readOriginal(photo);
  if (!original) return null;
  return cachedImage(renderKey(key), "jpg", () => render(original));
}

/**
 * Answers `/social/<file>`: share cards of published stories, the site's card, and hero crops. The file name is
 * parsed against fixed patterns and only numbers from it reach a query; drafts, scheduled and unpublished stories
 * and their photos are 404. Every rendering is kept on disk under a hash of what decides its pixels.
 */
export async function socialImageResponse(request: Request, fileName: string): Promise<Response> {
  const file = parseSocialFile(fileName);
  if (!file) return notFound();

  if (file.kind === "site") {
    if (file.design > cardDesign) return notFound();
    if (file.design < cardDesign) return movedTo(siteSocialPath(file.locale));
    const image = await cachedImage(renderKey(["site", cardDesign, file.locale]), "png", () => renderSiteCard(file.locale));
    return imageResponse(request, image, "png");
  }

  if (file.kind === "crop") {
    const photo = await getPublishedHeroPhoto(file.mediaId);
    const image = photo && (await fromPhoto(photo, ["crop", cardDesign, photo.fileHash, file.ratio], (original) => cropHero(original, file.ratio)));
    return image ? imageResponse(request, image, "jpg") : notFound();
  }

  const article = await getSocialCardArticle(file.articleId);
  if (!article || file.version > article.version) return notFound();
  const extension = article.photo ? "jpg" : "png";
  if (file.version < article.version || file.extension !== extension) return movedTo(articleSocialPath(article.id, article.version, article.photo !== null));
  if (article.photo) {
    const image = await fromPhoto(article.photo, ["hero-card", cardDesign, article.photo.fileHash], renderHeroCard);
    return image ? imageResponse(request, image, "jpg") : notFound();
  }
  const card = {
    headline: article.headline,
    sectionName: article.locale === "hi" ? article.section.name : article.section.nameEn,
    locale: article.locale,
  };
  const image = await cachedImage(renderKey(["article-card", cardDesign, card]), "png", () => renderArticleCard(card));
  return imageResponse(request, image, "png");
}
