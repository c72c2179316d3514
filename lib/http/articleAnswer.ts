import type { ArticleFreshness } from "@/db/queries/articleFreshness";
import type { ArticleAddress } from "./articleAddress";
import { articleEtag, isNotModified, validatorHeaders } from "./validators";

/** How the proxy answers an article URL before any rendering. */
export type ArticleAnswer =
  /** The page decides: it renders the story, redirects to the canonical URL or answers 404. */
  | { kind: "page" }
  /** The story was published and then withdrawn: 410 with the withdrawn page. */
  | { kind: "withdrawn" }
  /** The page renders the story, and the response carries these validators. */
  | { kind: "fresh"; headers: Record<string, string> }
  /** The client's copy is current: 304 with the validators, no rendering. */
  | { kind: "notModified"; headers: Record<string, string> };

type Request = { method: string; headers: Headers };

function isCanonical(address: ArticleAddress, article: ArticleFreshness): boolean {
  return !address.withdrawnPage && address.locale === article.locale && address.sectionSlug === article.sectionSlug && address.slug === article.slug;
}

/**
 * Only a story that readers saw once is "gone" (410); one that was never published (draft, in review, scheduled,
 * or published with a time still to come) is answered like any unknown URL, by the page's 404. Validators go on
 * the canonical URL's documents only: a stale URL must still get its 308, and a router (RSC) request gets another
 * body than the HTML document at the same URL.
 */
export function answerArticle(address: ArticleAddress, article: ArticleFreshness | undefined, request: Request, { now, deployId }: { now: Date; deployId: string }): ArticleAnswer {
  if (!article) return { kind: "page" };
  if (article.status === "unpublished") return { kind: "withdrawn" };
  const visible = article.status === "published" && article.publishedAt !== null && article.publishedAt <= now;
  if (!visible || !isCanonical(address, article) || request.headers.has("rsc")) return { kind: "page" };
  const validators = { etag: articleEtag(article, deployId), lastModified: article.updatedAt };
  const headers = validatorHeaders(validators);
  return isNotModified(request.method, request.headers, validators) ? { kind: "notModified", headers } : { kind: "fresh", headers };
}
