import type { Metadata } from "next";

/** The digest Next gives the error `notFound()` throws (next/dist/client/components/http-access-fallback). */
const notFoundDigest = "NEXT_HTTP_ERROR_FALLBACK;404";

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === notFoundDigest;
}

/**
 * A page's metadata, or none when the page turns out to be missing. A `notFound()` thrown while Next resolves
 * metadata escapes the locale's not-found page and leaves an empty error shell whose text only JavaScript would
 * draw; the page itself then calls `notFound()` inside the layout, and the reader gets the full 404 page.
 */
export async function metadataUnlessMissing(build: () => Promise<Metadata>): Promise<Metadata> {
  try {
    return await build();
  } catch (error) {
    if (isNotFound(error)) return {};
    throw error;
  }
}
