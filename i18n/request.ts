import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { adminLocaleCookie } from "@/lib/auth/cookieNames";
import { isLocale, routing } from "./routing";

/** Reader pages carry their locale in the URL; the newsroom at /admin keeps each editor's choice in a cookie. */
async function adminLocale() {
  const chosen = (await cookies()).get(adminLocaleCookie)?.value;
  return chosen && isLocale(chosen) ? chosen : routing.defaultLocale;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : await adminLocale();
  return {
    locale,
    timeZone: "Asia/Kolkata",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
