// India has kept +05:30 all year since 1945, so a calendar day there is a fixed span of UTC.
const istOffset = (5 * 60 + 30) * 60_000;
const dayLength = 24 * 60 * 60_000;

/** The first instant of a yyyy-mm-dd day in Asia/Kolkata. */
export function istDayStart(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) - istOffset);
}

/** The first instant after a yyyy-mm-dd day in Asia/Kolkata, so that a range of days includes its last day. */
export function istDayEnd(day: string): Date {
  return new Date(istDayStart(day).getTime() + dayLength);
}
