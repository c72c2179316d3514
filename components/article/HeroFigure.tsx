import { MediaImage, type MediaImageData } from "./MediaImage";

export type FigureData = MediaImageData & { caption: string; credit: string };

export function HeroFigure({ image }: { image: FigureData }) {
  return (
    <figure className="hero-figure">
      <MediaImage image={image} sizes="(min-width: 1200px) 760px, (min-width: 768px) 64vw, 100vw" priority />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
