import type { NewArticle } from "@/db/queries/articleWrites";
import type { ArticleStatus } from "@/db/schema";
import { documentPlainText } from "@/lib/content/document";
import { documentFromWire } from "@/lib/content/fromWire";
import { proposeSlug } from "@/lib/newsroom/slugs";
import { storedDatelineYear } from "./datelineDate";
import type { ParsedWireCopy } from "./parseWireCopy";

/** What the copy itself does not say: where the story goes, in what state, and who is credited. */
export type WireArticleSetting = {
  locale: NewArticle["locale"];
  sectionId: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  /** When the copy came in: a dateline without a year is read against this day. */
  receivedAt: Date;
  tags: { name: string; slug: string }[];
  /** Staff authors linked to the byline, in order; when there are any, the credit line is not kept as text. */
  authorIds: number[];
  standfirst?: string;
  heroMediaId?: number | null;
  translationOfId?: number | null;
  createdByUserId?: number | null;
};

/**
 * The article a parsed wire copy becomes, for the demo seed and the importer alike. The slug is the one the
 * headline proposes; making it unique is the writer's job.
 */
export function newArticleFromWireCopy(copy: ParsedWireCopy, setting: WireArticleSetting): NewArticle {
  const { receivedAt, standfirst = "", ...rest } = setting;
  const body = documentFromWire(copy.blocks);
  const dateline = copy.dateline;
  const agency = dateline?.agency ?? null;
  // "(भाषा) … एजेंसी": the agency in the dateline already credits the copy; the reader sees it once.
  const bylineIsAgencyCredit = agency !== null && copy.byline === "एजेंसी";
  const date = dateline?.day != null && dateline.month != null ? { day: dateline.day, month: dateline.month, year: dateline.year } : null;
  return {
    ...rest,
    slug: proposeSlug(copy.headline),
    headline: copy.headline,
    standfirst,
    body,
    bodyText: documentPlainText(body),
    datelinePlace: dateline?.place ?? null,
    datelineDay: date?.day ?? null,
    datelineMonth: date?.month ?? null,
    datelineYear: date === null ? null : storedDatelineYear(date, receivedAt),
    agency,
    bylineText: setting.authorIds.length > 0 || bylineIsAgencyCredit ? null : copy.byline,
  };
}
