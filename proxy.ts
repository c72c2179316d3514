import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { sessionCookie } from "./lib/auth/cookieNames";
import { routing } from "./i18n/routing";
import { isSearchPagePath, isValidSearchAddress } from "./lib/searchAddress";

const localeRouting = createMiddleware(routing);

/**
 * Reader URLs get next-intl's locale routing. Admin URLs without a session cookie go to the login page;
 * this is only a shortcut for the browser: every admin page and action checks the session itself.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (pathname !== "/admin/login" && !request.cookies.has(sessionCookie)) {
      const login = new URL("/admin/login", request.url);
      login.searchParams.set("next", pathname + request.nextUrl.search);
      return NextResponse.redirect(login);
    }
    return NextResponse.next();
  }
  const response = localeRouting(request);
  // A page cannot set its own status: a search address with a bad part (page=abc) is rendered as usual, naming
  // what it left out, but answered 400. Only next-intl's pass-through or rewrite (200) is changed, not a redirect.
  if (response.status === 200 && isSearchPagePath(pathname) && !isValidSearchAddress(request.nextUrl.searchParams)) {
    return new NextResponse(null, { status: 400, headers: response.headers });
  }
  return response;
}

export const config = {
  // Everything but Next's internals, APIs, media and files with an extension.
  matcher: "/((?!api|media|_next|_vercel|.*\\..*).*)",
};
