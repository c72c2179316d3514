import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit/record";
import { isSameOrigin } from "@/lib/auth/origin";
import { endSession, getCurrentUser } from "@/lib/auth/session";

/** Ends this browser's session. A post from another site is refused, so a foreign page cannot sign editors out. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) {
    const t = await getTranslations("admin.login");
    return new Response(t("crossOrigin"), { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const user = await getCurrentUser();
  await endSession();
  if (user) await recordAudit({ action: "logout", userId: user.id, targetType: "user", targetId: user.id });
  return new Response(null, { status: 303, headers: { location: "/admin/login?loggedOut" } });
}
