import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { Block, Inline } from "@/lib/content/document";
import { articleColumnSizes, MediaImage, type MediaImageData } from "./MediaImage";

function InlineText({ parts }: { parts: Inline[] }) {
  return parts.map((part, index) => {
    let node: ReactNode = part.text;
    if (part.italic) node = <em>{node}</em>;
    if (part.bold) node = <strong>{node}</strong>;
    if (part.href) {
      const external = !part.href.startsWith("/");
      node = (
        <a href={part.href} rel={external ? "noopener nofollow" : undefined}>
          {node}
        </a>
      );
    }
    return <span key={index}>{node}</span>;
  });
}

async function BodyBlock({ block, lead, media, locale }: { block: Block; lead?: ReactNode; media: Map<number, MediaImageData>; locale: Locale }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          {lead}
          <InlineText parts={block.content} />
        </p>
      );
    case "subheading":
      return <h2>{block.text}</h2>;
    case "quote":
      return (
        <blockquote>
          <p>{block.text}</p>
          {block.attribution ? <footer>— {block.attribution}</footer> : null}
        </blockquote>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineText parts={item} />
            </li>
          ))}
        </List>
      );
    }
    case "image": {
      const image = media.get(block.mediaId);
      if (!image) return null;
      return (
        <figure>
          <MediaImage image={{ ...image, alt: block.alt }} sizes={articleColumnSizes} />
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      );
    }
    case "embed": {
      // A light link instead of the provider's script: nothing from a third party loads with the page.
      const t = await getTranslations({ locale, namespace: "article" });
      return (
        <p className="embed-link">
          <a href={block.url} rel="noopener nofollow">
            {block.provider === "youtube" ? t("embedYoutube") : t("embedX")}
          </a>
        </p>
      );
    }
  }
}

/** The story's blocks; `lead` (the dateline) opens the first paragraph as newspapers print it. */
export function ArticleBody({
  blocks,
  lead,
  media = new Map(),
  locale,
}: {
  blocks: Block[];
  lead?: ReactNode;
  media?: Map<number, MediaImageData>;
  locale: Locale;
}) {
  const firstParagraph = blocks.findIndex((block) => block.type === "paragraph");
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <BodyBlock key={index} block={block} lead={index === firstParagraph ? lead : undefined} media={media} locale={locale} />
      ))}
    </div>
  );
}
