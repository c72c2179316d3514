import { revalidateTag } from "next/cache";
import { announceReaderPagesChanged } from "@/lib/delivery/readerPageChanges";
import { internalCallHeaders, serverOrigin } from "@/lib/delivery/internalCalls";

export type ReaderPageExpiry = { tags: string[] };

/** Next throws this when revalidation is called with no request or action around it, e.g. from a timer. */
function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes("static generation store missing");
}

/** From a timer: the server asks itself (app/api/internal/revalidate), the request Next needs. */
async function expireThroughServer(expiry: ReaderPageExpiry): Promise<void> {
  const origin = serverOrigin();
  // A script or test without a server: cached data refreshes itself within a minute (lib/cache/readerData.ts).
  if (!origin) return;
  const response = await fetch(`${origin}/api/internal/revalidate`, {
    method: "POST",
    headers: { ...internalCallHeaders(), "Content-Type": "application/json" },
    body: JSON.stringify(expiry),
  });
  if (!response.ok) throw new Error(`expiring reader pages failed with status ${response.status}`);
}

/**
 * Expires cached reader pages at once (`expire: 0`) rather than serving them stale once more: an unpublished story
 * must not reach another reader, and a published one must be on the home page for the very next visitor.
 */
export async function expireReaderPages(expiry: ReaderPageExpiry): Promise<void> {
  try {
    for (const tag of expiry.tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (!isOutsideRequest(error)) throw error;
    await expireThroughServer(expiry);
    return;
  }
  announceReaderPagesChanged();
}
