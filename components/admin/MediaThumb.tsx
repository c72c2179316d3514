import Image from "next/image";

export type ThumbMedia = { fileName: string; alt: string };

/**
 * A square preview of a library image, letterboxed so the whole photo shows; next/image serves a small AVIF/WebP
 * variant and loads it lazily. Without `size` it fills the width its container gives it. `alt=""` when the text
 * beside it already says what the image shows.
 */
export function MediaThumb({ media, size, decorative = false }: { media: ThumbMedia; size?: number; decorative?: boolean }) {
  return (
    <span className="media-thumb" style={size ? { width: size, height: size } : undefined}>
      <Image src={`/media/${media.fileName}`} alt={decorative ? "" : media.alt} fill sizes={size ? `${size}px` : "(max-width: 40rem) 50vw, 220px"} />
    </span>
  );
}
