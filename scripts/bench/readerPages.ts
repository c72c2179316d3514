/**
 * One address per reader page type, found by following links from the home page the way a reader would, so the
 * page benchmarks run against any database: the demo newsroom of startPortal or a server given with --origin.
 */
export type ReaderPageType = "home" | "section" | "article with hero" | "article without hero" | "tag" | "author" | "search";
export type ReaderPage = { type: ReaderPageType; path: string };

/** A search with several hits among the demo stories ("rain"). */
export const defaultSearchQuery = "बारिश";

const articleLink = /^\/[a-z0-9-]+\/(?:[^/?#"]*-)?\d+$/;

async function html(origin: string, path: string): Promise<string> {
  const response = await fetch(origin + path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

function links(page: string): string[] {
  return [...new Set([...page.matchAll(/\bhref="(\/[^"]*)"/g)].map((match) => match[1]!))];
}

export async function findReaderPages(origin: string, searchQuery = defaultSearchQuery): Promise<ReaderPage[]> {
  const home = await html(origin, "/");
  const articles = links(home).filter((href) => articleLink.test(href));
  let withHero: string | undefined;
  let withoutHero: string | undefined;
  let tag: string | undefined;
  let author: string | undefined;
  for (const path of articles) {
    if (withHero && withoutHero && tag && author) break;
    const page = await html(origin, path);
    if (/class="hero-figure"/.test(page)) withHero ??= path;
    else withoutHero ??= path;
    tag ??= links(page).find((href) => href.startsWith("/tag/"));
    author ??= links(page).find((href) => href.startsWith("/author/"));
  }
  const first = withHero ?? withoutHero;
  if (!first) throw new Error(`The home page of ${origin} links to no article.`);
  const pages: ReaderPage[] = [
    { type: "home", path: "/" },
    { type: "section", path: `/${first.split("/")[1]}` },
    ...(withHero ? [{ type: "article with hero" as const, path: withHero }] : []),
    ...(withoutHero ? [{ type: "article without hero" as const, path: withoutHero }] : []),
    ...(tag ? [{ type: "tag" as const, path: tag }] : []),
    ...(author ? [{ type: "author" as const, path: author }] : []),
    { type: "search", path: `/search?q=${encodeURIComponent(searchQuery)}` },
  ];
  return pages;
}
