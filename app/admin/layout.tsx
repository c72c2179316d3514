import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "../globals.css";
import "./admin.css";

export const metadata: Metadata = {
  title: { template: "%s | न्यूज़रूम", default: "न्यूज़रूम" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The newsroom is always per request and per user.
export const dynamic = "force-dynamic";

/** The newsroom's own root layout: no reader chrome, and the client message bundle its editors' islands need. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="admin-body">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
