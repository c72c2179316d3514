import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale, routing } from "@/i18n/routing";
import { site, siteUrl } from "@/lib/site";
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

// Reader pages are rendered on first request and then served from Next's cache (docs/decisions/0010); no page is
// rendered at build time, when there is no database and SITE_URL may differ.
export function generateStaticParams() {
  return [];
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      {/* When this copy was rendered: tells a cached page from a fresh one when debugging (and in tests). */}
      <body data-rendered-at={new Date().toISOString()}>
        {/* Only the error page (app/[locale]/error.tsx) runs in the browser; it gets its own three strings. */}
        <NextIntlClientProvider messages={{ error: (await getMessages({ locale })).error }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
