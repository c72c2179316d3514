"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contentLocales } from "@/db/schema";
import { adminLocaleCookie } from "@/lib/auth/cookieNames";
import { safeNextPath } from "@/lib/auth/login";

const oneYearSeconds = 365 * 24 * 60 * 60;

/** The newsroom page the switch was pressed on, so that the editor stays where they were. */
function samePage(referer: string | null): string {
  if (!referer || !URL.canParse(referer)) return "/admin";
  const url = new URL(referer);
  return url.pathname.startsWith("/admin") ? safeNextPath(url.pathname + url.search) : "/admin";
}

/** Switches the newsroom's language for this browser (login page included); works without JavaScript. */
export async function setAdminLocale(formData: FormData): Promise<void> {
  const locale = z.enum(contentLocales).safeParse(formData.get("locale"));
  if (locale.success) {
    (await cookies()).set(adminLocaleCookie, locale.data, { path: "/admin", maxAge: oneYearSeconds, sameSite: "lax", httpOnly: true });
  }
  redirect(samePage((await headers()).get("referer")));
}
