import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { getArticleFreshness } from "./db/queries/articleFreshness";
import { sessionCookie } from "./lib/auth/cookieNames";
import { routing } from "./i18n/routing";
import { type ArticleAddress, articleAddress, withdrawnPagePath } from "./lib/http/articleAddress";
import { answerArticle } from "./lib/http/articleAnswer";
import { deployId } from "./lib/http/deployId";
import { isPageRouteAddress, listPageRoute } from "./lib/http/listPageAddress";
import { adminContentSecurityPolicy, newNonce } from "./lib/http/securityHeaders";
import { localeOfPath, notFoundPagePath } from "./lib/routes";
import { isSearchPagePath, isValidSearchAddress } from "./lib/searchAddress";

const localeRouting = createMiddleware(routing);

/**
 * next-intl's pass-through or rewrite with another status (a page cannot set its own), and optionally another
 * destination; next-intl's request headers (the locale) stay, so the page renders as it would have.
 */
function withStatus(response: NextResponse, status: number, destination?: URL): NextResponse {
  const headers = new Headers(response.headers);
  if (destination) {
    headers.delete("x-middleware-next");
    headers.set("x-middleware-rewrite", destination.toString());
  }
  return new NextResponse(null, { status, headers });
}

/** The 404 page's own address is answered 404 like any missing page. */
function isNotFoundPagePath(pathname: string): boolean {
  return routing.locales.some((locale) => pathname === notFoundPagePath(locale));
}

/** The path next-intl routes the request to: its rewrite (/desh → /hi/desh), or the request's own path. */
function destinationPath(request: NextRequest, response: NextResponse): string {
  const rewrite = response.headers.get("x-middleware-rewrite");
  return rewrite ? new URL(rewrite, request.url).pathname : request.nextUrl.pathname;
}

/** One indexed lookup decides: 410 for a withdrawn story, 304 for a current copy, validators on the page. */
async function answerArticleRequest(request: NextRequest, address: ArticleAddress, response: NextResponse): Promise<NextResponse> {
  const answer = answerArticle(address, await getArticleFreshness(address.id), request, { now: new Date(), deployId: deployId() });
  switch (answer.kind) {
    case "page":
      return response;
    case "withdrawn":
      return withStatus(response, 410, new URL(withdrawnPagePath(address), request.url));
    case "notModified":
      return new NextResponse(null, { status: 304, headers: answer.headers });
    case "fresh":
      for (const [name, value] of Object.entries(answer.headers)) response.headers.set(name, value);
      return response;
  }
}

/**
 * Newsroom pages run Next's client runtime, whose inline scripts need this request's nonce: Next reads it from the
 * request's Content-Security-Policy header and puts it on every script it renders (ADR 0012).
 */
function nextWithAdminNonce(request: NextRequest): NextResponse {
  const policy = adminContentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * A form posted to a newsroom page without JavaScript is a server action Next reads from the body; a body that does
 * not parse as the form it claims to be would reach Next's action handler and fail there with a 500. The upload
 * action sends its file with a `Next-Action` header and is not read here.
 */
async function isUnreadableFormPost(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || request.headers.has("next-action")) return false;
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return false;
  return request
    .clone()
    .formData()
    .then(() => false)
    .catch(() => true);
}

/**
 * Reader URLs get next-intl's locale routing; article URLs are answered here when the story is withdrawn or the
 * reader's copy is current. Admin URLs without a session cookie go to the login page; this is only a shortcut for
 * the browser: every admin page and action checks the session itself.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (pathname !== "/admin/login" && !request.cookies.has(sessionCookie)) {
      const login = new URL("/admin/login", request.url);
      login.searchParams.set("next", pathname + request.nextUrl.search);
      return NextResponse.redirect(login);
    }
    if (await isUnreadableFormPost(request)) return new NextResponse("The form could not be read.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return nextWithAdminNonce(request);
  }
  const response = localeRouting(request);
  // Only next-intl's pass-through or rewrite (200) is changed, never its redirect.
  if (response.status !== 200) return response;
  if (isNotFoundPagePath(pathname)) return withStatus(response, 404);
  if (isPageRouteAddress(pathname)) return withStatus(response, 404, new URL(`/${localeOfPath(pathname)}/page-not-found`, request.url));
  const listPage = listPageRoute(destinationPath(request, response), request.nextUrl.searchParams.get("page"));
  if (listPage) return withStatus(response, 200, new URL(listPage, request.url));
  const article = articleAddress(pathname);
  if (article) return answerArticleRequest(request, article, response);
  // A search address with a bad part (page=abc) is rendered as usual, naming what it left out, but answered 400.
  if (isSearchPagePath(pathname) && !isValidSearchAddress(request.nextUrl.searchParams)) return withStatus(response, 400);
  return response;
}

export const config = {
  // Everything but Next's internals, APIs, media and files with an extension.
  matcher: "/((?!api|media|_next|_vercel|.*\\..*).*)",
};
