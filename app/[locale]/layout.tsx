import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale } from "@/i18n/routing";
import { siteUrl } from "@/lib/site";
import { devanagariFont, latinFont } from "../fonts";
import "../globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
};

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
