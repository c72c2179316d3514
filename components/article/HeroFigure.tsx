import { articleColumnSizes, MediaImage, type MediaImageData } from "./MediaImage";

export type FigureData = MediaImageData & { caption: string; credit: string };

/** The story's main picture: the article page's LCP image, so it is preloaded and fetched first. */
export function HeroFigure({ image }: { image: FigureData }) {
  return (
    <figure className="hero-figure">
      <MediaImage image={image} sizes={articleColumnSizes} priority />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
