import { releaseLock } from "@/db/queries/articleEditing";
import { isSameOrigin } from "@/lib/auth/origin";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * Lets go of the user's lock when they leave the editor. The page sends it with navigator.sendBeacon on
 * `pagehide`, which a server action cannot ride on; best effort, since an unreleased lock lapses anyway.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return new Response("Not found", { status: 404 });
  await releaseLock(id, user.id);
  return new Response(null, { status: 204 });
}
