import type { MetadataRoute } from "next";
import hi from "@/messages/hi.json";
import { site } from "@/lib/site";

/** The Hindi edition as a home-screen app; the PNGs come from app/icon.svg (scripts/generate-icons.ts). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name.hi,
    short_name: site.name.hi,
    description: hi.meta.homeDescription,
    lang: site.languageTag.hi,
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#8a1c1c",
    categories: ["news"],
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any", purpose: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192", purpose: "any" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512", purpose: "any" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
