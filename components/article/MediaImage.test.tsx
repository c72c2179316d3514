import { imageConfigDefault } from "next/dist/shared/lib/image-config";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

let MediaImage: typeof import("./MediaImage").MediaImage;
let liteImage: typeof import("./MediaImage").liteImage;

// next/image reads the image settings from an object the bundler inlines at build time; here the project's own
// settings stand in for it while the module loads, so that these tests see the widths and qualities readers get.
beforeAll(async () => {
  const env = process.env;
  process.env = { ...env, __NEXT_IMAGE_OPTS: { ...imageConfigDefault, ...nextConfig.images } as unknown as string };
  try {
    ({ MediaImage, liteImage } = await import("./MediaImage"));
  } finally {
    process.env = env;
  }
});

const photo = { fileName: "a".repeat(64) + ".jpg", width: 1600, height: 900, alt: "बाढ़ में डूबी सड़क" };

/** The attributes of the <img> as the HTML carries them, by lower-case name. */
function render(priority: boolean): Partial<Record<string, string>> {
  const html = renderToStaticMarkup(<MediaImage image={photo} sizes="calc(100vw - 32px)" priority={priority} />);
  const img = html.match(/<img [^>]*>/)![0];
  return Object.fromEntries([...img.matchAll(/ ([\w-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name.toLowerCase(), value.replaceAll("&amp;", "&")]));
}

describe("a picture from the media library", () => {
  it("keeps its width and height, so the text below does not jump when it arrives", () => {
    const img = render(false);
    expect(img.width).toBe("1600");
    expect(img.height).toBe("900");
  });

  it("offers the optimizer's copies in several widths and lets the browser pick by the slot's size", () => {
    const img = render(false);
    expect(img.sizes).toBe("calc(100vw - 32px)");
    expect(img.srcset?.split(", ").length).toBeGreaterThan(3);
    expect(img.srcset).toMatch(/^\/_next\/image\?url=%2Fmedia%2Fa{64}\.jpg&w=\d+&q=\d+ \d+w/);
  });

  it("waits until the reader scrolls near it, unless it is the page's main picture", () => {
    expect(render(false).loading).toBe("lazy");
    expect(render(false).fetchpriority).toBeUndefined();
    expect(render(true).loading).toBe("eager");
    expect(render(true).fetchpriority).toBe("high");
  });

  it("names a small copy for lite mode, in the optimizer's own address form", () => {
    expect(render(false)["data-lite-src"]).toBe(`/_next/image?url=%2Fmedia%2F${photo.fileName}&w=${liteImage.width}&q=${liteImage.quality}`);
  });

  it("shows its alt text if the file fails, since no script is there to reveal it", () => {
    expect(render(false).style).toBeUndefined();
    expect(render(false).alt).toBe(photo.alt);
  });

  it("asks the optimizer only for a width and quality it allows", () => {
    const { deviceSizes = [], imageSizes = [], qualities = [] } = nextConfig.images ?? {};
    expect([...deviceSizes, ...imageSizes]).toContain(liteImage.width);
    expect(qualities).toContain(liteImage.quality);
  });
});
