import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["hi", "en"],
  defaultLocale: "hi",
  // Hindi lives at "/" for everyone; English readers choose "/en" themselves.
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
  // No Set-Cookie on reader pages: a shared cache (CDN) will not keep a response that sets one.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
