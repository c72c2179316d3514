import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localize";
import { authorPath } from "@/lib/routes";

export type BylineAuthor = { slug: string; name: string; nameEn: string };

/** Who reported the story: linked staff authors, the agency, or the credit line the copy came with. */
export async function Byline({
  authors,
  agency,
  bylineText,
  locale,
}: {
  authors: BylineAuthor[];
  agency: string | null;
  bylineText: string | null;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "article" });
  if (authors.length === 0 && !agency && !bylineText) return null;
  return (
    <p className="byline">
      {authors.length > 0 ? (
        <>
          <span className="byline-label">{t("byAuthors")} </span>
          {authors.map((author, index) => (
            <Fragment key={author.slug}>
              {index > 0 ? (index === authors.length - 1 ? ` ${t("and")} ` : ", ") : null}
              <a rel="author" href={authorPath(locale, author.slug)}>
                {localized(locale, author)}
              </a>
            </Fragment>
          ))}
        </>
      ) : (
        bylineText && <span>{bylineText}</span>
      )}
      {agency ? (
        <span className="byline-agency">
          {authors.length > 0 || bylineText ? " · " : null}
          {t("agency")}: {agency}
        </span>
      ) : null}
    </p>
  );
}
