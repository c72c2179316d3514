/*
 * The one place dates and numbers are formatted for readers. Output must not
 * depend on the server's time zone or on the ICU version: newsroom time is
 * IST, digits are Western in both locales, and Hindi month names come from
 * our own table because ICU's Hindi data has changed spellings between
 * releases (अक्तूबर/अक्टूबर).
 */

export type Locale = "hi" | "en";

const TIME_ZONE = "Asia/Kolkata";

// Source text may hold precomposed nukta letters (फ़); stored text is NFC.
const MONTHS: Record<Locale, readonly string[]> = {
  hi: ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"].map(
    (name) => name.normalize("NFC"),
  ),
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const WEEKDAYS: Record<Locale, readonly string[]> = {
  hi: ["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

const NUMBERS: Record<Locale, Intl.NumberFormat> = {
  hi: new Intl.NumberFormat("hi-IN-u-nu-latn"),
  en: new Intl.NumberFormat("en-IN"),
};

// Only numeric fields are read, so the formatting locale is irrelevant; h23
// avoids the "24:05" some ICU versions produce with hour12: false.
const WALL_CLOCK = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  numberingSystem: "latn",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The calendar date and time in Asia/Kolkata. */
export function wallClock(date: Date): WallClock {
  const parts = Object.fromEntries(
    WALL_CLOCK.formatToParts(date).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

function monthName(month: number, locale: Locale): string {
  const name = MONTHS[locale][month - 1];
  if (name === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
}

function dayMonthYear({ year, month, day }: WallClock, locale: Locale): string {
  return `${day} ${monthName(month, locale)} ${year}`;
}

/** "14 सितंबर 2023" / "14 September 2023", the calendar day in IST. */
export function formatDate(date: Date, locale: Locale): string {
  return dayMonthYear(wallClock(date), locale);
}

/** "14 सितंबर 2023, 10:30 IST", 24-hour clock. */
export function formatDateTime(date: Date, locale: Locale): string {
  const clock = wallClock(date);
  return `${dayMonthYear(clock, locale)}, ${pad2(clock.hour)}:${pad2(clock.minute)} IST`;
}

/**
 * Wire datelines carry a calendar day, not an instant, and usually no year:
 * "14 सितंबर", or "14 सितंबर 2023" when the year is given.
 */
export function formatDatelineDate(day: number, month: number, year: number | null, locale: Locale): string {
  const dayMonth = `${day} ${monthName(month, locale)}`;
  return year === null ? dayMonth : `${dayMonth} ${year}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * "5 मिनट पहले" for stories younger than six hours, the full IST date-time
 * otherwise. A date in the future (clock skew between CMS and server) gets
 * the absolute form rather than a misleading "just now".
 */
export function formatRelativeOrDateTime(date: Date, now: Date, locale: Locale): string {
  const age = now.getTime() - date.getTime();
  if (age < 0 || age >= 6 * HOUR) return formatDateTime(date, locale);
  if (age < MINUTE) return locale === "hi" ? "अभी-अभी" : "just now";
  if (age < HOUR) {
    const minutes = Math.floor(age / MINUTE);
    if (locale === "hi") return `${minutes} मिनट पहले`;
    return minutes === 1 ? "1 minute ago" : `${minutes} minutes ago`;
  }
  const hours = Math.floor(age / HOUR);
  if (locale === "hi") return hours === 1 ? "1 घंटा पहले" : `${hours} घंटे पहले`;
  return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
}

/** "सोमवार, 30 नवंबर 2026" / "Monday, 30 November 2026". */
export function formatMastheadDate(date: Date, locale: Locale): string {
  const clock = wallClock(date);
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  return `${WEEKDAYS[locale][weekday]}, ${dayMonthYear(clock, locale)}`;
}

/** Indian grouping (12,34,567) with Western digits in both locales. */
export function formatNumber(n: number, locale: Locale): string {
  return NUMBERS[locale].format(n);
}

/** "2023-09-14T10:30:00+05:30": IST wall time with its offset, for <time dateTime> and JSON-LD. */
export function toIsoWithOffset(date: Date): string {
  const { year, month, day, hour, minute, second } = wallClock(date);
  // Derived rather than hard-coded so the offset always matches the wall time above.
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - date.getTime()) / MINUTE);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return (
    `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}` +
    `T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}
