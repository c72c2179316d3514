import { wallClock } from "@/lib/hindi/format";

type DayMonth = { day: number; month: number };

/** Days in a month; without a year, February has 29 because a dateline may mean a leap day. */
export function daysInMonth(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

function isLeapYear(year: number): boolean {
  return daysInMonth(2, year) === 29;
}

/**
 * The year a dateline without one means: the year that puts its day closest to, and not after, the import day in
 * Asia/Kolkata. Agency copy is filed on the day of the event or soon after, never ahead of it. A leap day goes back
 * to the latest 29 February on or before the import day.
 */
export function inferDatelineYear({ day, month }: DayMonth, importDate: Date): number {
  const today = wallClock(importDate);
  const notAfterToday = month < today.month || (month === today.month && day <= today.day);
  let year = notAfterToday ? today.year : today.year - 1;
  if (month === 2 && day === 29) while (!isLeapYear(year)) year--;
  return year;
}

/** The written year, or the inferred one. */
export function datelineYear(dateline: DayMonth & { year: number | null }, importDate: Date): number {
  return dateline.year ?? inferDatelineYear(dateline, importDate);
}

/**
 * What articles.datelineYear holds for a copy: the year as written; when none is written, the inferred year only if
 * it is not the import year, so that readers see a year exactly when the story is not from this year
 * (docs/decisions/0006-wire-importer.md).
 */
export function storedDatelineYear(dateline: DayMonth & { year: number | null }, importDate: Date): number | null {
  if (dateline.year !== null) return dateline.year;
  const inferred = inferDatelineYear(dateline, importDate);
  return inferred === wallClock(importDate).year ? null : inferred;
}

/** "2023-09-14": the dateline's day with its written or inferred year. */
export function datelineIsoDate(dateline: DayMonth & { year: number | null }, importDate: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(datelineYear(dateline, importDate), 4)}-${pad(dateline.month, 2)}-${pad(dateline.day, 2)}`;
}
