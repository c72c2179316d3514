import { getImageProps } from "next/image";
import { preload } from "react-dom";

export type MediaImageData = { fileName: string; width: number; height: number; alt: string };

/** The small copy that lite mode shows instead (the front layer swaps `src` for `data-lite-src`); width and quality are allowed in next.config.ts. */
export const liteImage = { width: 384, quality: 50 };

/** An image as wide as the article column (`.article`, 46rem, inside the 1rem padding of `.container`). */
export const articleColumnSizes = "(min-width: 48rem) 736px, calc(100vw - 32px)";

function mediaSrc(image: MediaImageData): string {
  return `/media/${image.fileName}`;
}

/** The optimizer's address of the lite copy: the 1x candidate that next/image builds for an image shown `liteImage.width` pixels wide. */
export function liteImageSrc(image: MediaImageData): string {
  const { props } = getImageProps({
    src: mediaSrc(image),
    alt: "",
    width: liteImage.width,
    height: Math.round((image.height * liteImage.width) / image.width),
    quality: liteImage.quality,
  });
  return props.srcSet!.split(", ")[0]!.replace(/ 1x$/, "");
}

/**
 * An image from the media library, served in modern formats at the width the layout needs (`sizes` must describe the
 * slot the CSS gives it). A plain <img> from next/image's own props: reader pages hydrate nothing, so the client
 * component would only add script. The page's one LCP image is `priority`: preloaded and fetched first; every other
 * image waits until it nears the viewport.
 */
export function MediaImage({ image, sizes, priority = false }: { image: MediaImageData; sizes: string; priority?: boolean }) {
  const { props } = getImageProps({
    src: mediaSrc(image),
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes,
    loading: priority ? "eager" : "lazy",
    fetchPriority: priority ? "high" : undefined,
  });
  if (priority) preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  // next/image's `color: transparent` hides the alt text until its client script sees a failed load; with no script, a
  // broken image must still show its alt text, so that style is left off.
  // eslint-disable-next-line @next/next/no-img-element -- the attributes are next/image's (getImageProps); only its client runtime is left out
  return <img {...props} style={undefined} alt={image.alt} data-lite-src={liteImageSrc(image)} />;
}
