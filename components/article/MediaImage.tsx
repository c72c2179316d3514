import Image from "next/image";

export type MediaImageData = { fileName: string; width: number; height: number; alt: string };

/** An image from the media library, served in modern formats at the width the layout needs. */
export function MediaImage({ image, sizes, priority = false }: { image: MediaImageData; sizes: string; priority?: boolean }) {
  return (
    <Image
      src={`/media/${image.fileName}`}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      priority={priority}
    />
  );
}
