import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale, routing } from "@/i18n/routing";
import { site, siteUrl } from "@/lib/site";
import { devanagariFont, latinFont } from "../fonts";
import "../globals.css";

// Per request, not at module load: the public origin is SITE_URL as the running server sees it.
// Icons come from app/icon.svg and app/apple-icon.png, the manifest from app/manifest.ts.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const name = site.name[isLocale(locale) ? locale : routing.defaultLocale];
  return {
    metadataBase: new URL(siteUrl()),
    applicationName: name,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#8a1c1c",
};

// Reader pages read the database on each request until the caching work lands (see docs/decisions).
export const dynamic = "force-dynamic";

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={`${devanagariFont.variable} ${latinFont.variable}`}>
      <body>{children}</body>
    </html>
  );
}
