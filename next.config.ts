import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { nextSecurityHeaderRules } from "./lib/http/securityHeaders";
import { maxRequestBodyBytes } from "./lib/media/limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // A separate build folder lets a second dev server or build run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "sharp"],
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/media/**" }],
    // Phone first: a full-width picture on a 360–412px phone needs 656–1000 pixels (DPR 2–3), which 750 and 1080 cover
    // within 15%; the list stops at 1600, twice the widest slot (the home lead, 798px). The small sizes serve grid
    // columns on tablets and desktops, the lite copy (384) and the author portrait (96).
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1280, 1600],
    imageSizes: [96, 128, 192, 256, 320, 384],
    // 50 is the lite-mode copy (components/article/MediaImage.tsx); everything else is 75.
    qualities: [50, 75],
  },
  // Hindi feeds have no locale in their address, and the proxy's locale routing skips paths with a dot, so these
  // map them onto app/[locale]/rss.xml and app/[locale]/[section]/rss.xml. They run before dynamic routes, hence
  // the section pattern leaves out the locales themselves (/en/rss.xml is the English edition's feed).
  rewrites: async () => [
    { source: "/rss.xml", destination: "/hi/rss.xml" },
    { source: "/:section((?!(?:hi|en)/)[^/.]+)/rss.xml", destination: "/hi/:section/rss.xml" },
  ],
  headers: async () => [
    // Reader pages' own small scripts (public/reader/): unversioned names, so a day rather than forever.
    { source: "/reader/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] },
    // Security headers on everything Next answers (ADR 0012).
    ...nextSecurityHeaderRules({ development: process.env.NODE_ENV === "development" }),
  ],
  experimental: {
    // `"use cache"` for reader data (lib/cache/readerData.ts) without switching the whole app to Cache Components.
    useCache: true,
    // Rendered pages stay in memory (an LRU) rather than piling up under the build folder, ~145 KB per article, and
    // being served from an old database after a restart.
    isrFlushToDisk: false,
    // Newsroom uploads: images up to 15 MB (lib/media/limits.ts) go through a server action, one file per request.
    serverActions: { bodySizeLimit: maxRequestBodyBytes },
    // The proxy buffers request bodies and would cut a larger upload short at its default of 10 MB.
    proxyClientMaxBodySize: maxRequestBodyBytes,
  },
};

export default withNextIntl(nextConfig);
