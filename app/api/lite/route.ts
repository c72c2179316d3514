import { z } from "zod";
import { isSameOrigin } from "@/lib/auth/origin";
import { liteCookie } from "@/lib/delivery/liteMode";

const choice = z.object({ lite: z.enum(["on", "off"]) });

/** A year: the reader chose once, and changes it in the footer. */
const cookieAge = 365 * 24 * 60 * 60;

/** Back to the page the reader switched on (same host only), or the home page. */
function returnPath(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    // "//elsewhere" would be read as another host.
    return from.host === request.headers.get("host") && !from.pathname.startsWith("//") ? `${from.pathname}${from.search}` : "/";
  } catch {
    return "/";
  }
}

/**
 * The footer's switch: `lite=on` asks for the lite edition, `lite=off` for the full one even when the browser
 * sends Save-Data (lib/delivery/liteMode.ts reads the cookie first). Answers with a redirect back, so it works
 * without JavaScript. Another site's page cannot switch a reader's edition for them.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const form = await request.formData().catch(() => null);
  const parsed = choice.safeParse({ lite: form?.get("lite") });
  if (!parsed.success) return new Response("Expected lite=on or lite=off.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const value = parsed.data.lite === "on" ? "1" : "0";
  return new Response(null, {
    status: 303,
    headers: {
      Location: returnPath(request),
      "Set-Cookie": `${liteCookie}=${value}; Path=/; Max-Age=${cookieAge}; SameSite=Lax`,
      "Cache-Control": "private, no-store",
    },
  });
}
