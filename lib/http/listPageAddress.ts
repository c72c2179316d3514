import { routing } from "@/i18n/routing";

const locales = routing.locales.join("|");
/** A section front, tag or author list after locale routing: /hi/desh, /en/tag/cricket, /hi/author/asha. */
const listPath = new RegExp(`^/(?:${locales})/(?:(?:tag|author)/[^/]+|(?!search$)[^/]+)$`);
/** The same lists' page-N routes, which only the proxy may name. */
const pageRoutePath = new RegExp(`^(?:/(?:${locales}))?/(?:(?:tag|author)/[^/]+|[^/]+)/pages/[^/]+/?$`);

/**
 * Where `?page=N` of a list is rendered: its `pages/N` route, so that each page of a list is cached on its own
 * (a page that read `?page` would be rendered for every request). `localizedPath` is the path after locale routing.
 */
export function listPageRoute(localizedPath: string, page: string | null): string | null {
  if (page === null || !listPath.test(localizedPath)) return null;
  return `${localizedPath}/pages/${encodeURIComponent(page)}`;
}

/** A reader typing a page route's address gets a 404: the list's own URL with `?page=N` is the one address. */
export function isPageRouteAddress(pathname: string): boolean {
  return pageRoutePath.test(pathname);
}
