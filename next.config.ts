import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // A separate build folder lets a second dev server or build run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "sharp"],
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/media/**" }],
  },
  // Hindi feeds have no locale in their address, and the proxy's locale routing skips paths with a dot, so these
  // map them onto app/[locale]/rss.xml and app/[locale]/[section]/rss.xml. They run before dynamic routes, hence
  // the section pattern leaves out the locales themselves (/en/rss.xml is the English edition's feed).
  rewrites: async () => [
    { source: "/rss.xml", destination: "/hi/rss.xml" },
    { source: "/:section((?!(?:hi|en)/)[^/.]+)/rss.xml", destination: "/hi/:section/rss.xml" },
  ],
  experimental: {
    // Newsroom uploads: images up to 15 MB (lib/media/limits.ts) go through a server action, one file per request.
    serverActions: { bodySizeLimit: "16mb" },
    // The proxy buffers request bodies and would cut a larger upload short at its default of 10 MB.
    proxyClientMaxBodySize: "16mb",
  },
};

export default withNextIntl(nextConfig);
