import type { ComponentProps, ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { homePath } from "@/lib/routes";
import { ReaderPage } from "./ReaderPage";

/** The page a reader gets instead of a story that is not there (404) or no longer there (410): why, and a way home. */
export function MissingStoryNotice({
  locale,
  sections,
  text,
  children,
}: {
  locale: Locale;
  sections: ComponentProps<typeof ReaderPage>["sections"];
  text: { title: string; body: string; goHome: string };
  children?: ReactNode;
}) {
  return (
    <ReaderPage locale={locale} sections={sections} languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: false }}>
      {children}
      <div className="not-found">
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <p>
          <a className="button-link" href={homePath(locale)}>
            {text.goHome}
          </a>
        </p>
      </div>
    </ReaderPage>
  );
}
