import { z } from "zod";
import { expireReaderPages } from "@/lib/cache/expireReaderPages";
import { isInternalCall, internalCallHeader } from "@/lib/delivery/internalCalls";

const expiry = z.object({ tags: z.array(z.string().max(200)).max(1000) });

/** Only the server itself may call this (lib/cache/expireReaderPages.ts); anyone else gets a plain 404. */
export async function POST(request: Request) {
  if (!isInternalCall(request.headers.get(internalCallHeader))) return new Response("Not found", { status: 404 });
  const parsed = expiry.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "tags expected" }, { status: 400 });
  await expireReaderPages(parsed.data);
  return new Response(null, { status: 204 });
}
