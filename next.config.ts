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
  experimental: {
    // Newsroom uploads: images up to 15 MB (lib/media/limits.ts) go through a server action, one file per request.
    serverActions: { bodySizeLimit: "16mb" },
    // The proxy buffers request bodies and would cut a larger upload short at its default of 10 MB.
    proxyClientMaxBodySize: "16mb",
  },
};

export default withNextIntl(nextConfig);
