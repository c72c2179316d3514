import { afterEach, describe, expect, it } from "vitest";
import {
  formatDate,
  formatDatelineDate,
  formatDateTime,
  formatMastheadDate,
  formatNumber,
  formatRelativeOrDateTime,
  toIsoWithOffset,
  type Locale,
} from "./format";
import golden from "./format.golden.json";

interface GoldenRow {
  case: string;
  fn: string;
  input: string | number;
  now?: string;
  locale?: string;
  expected: string;
}

const rows: GoldenRow[] = golden;

function localeOf(row: GoldenRow): Locale {
  if (row.locale === "hi" || row.locale === "en") return row.locale;
  throw new Error(`golden row "${row.case}" needs locale "hi" or "en"`);
}

const functions: Record<string, (row: GoldenRow) => string> = {
  formatDate: (row) => formatDate(new Date(row.input), localeOf(row)),
  formatDateTime: (row) => formatDateTime(new Date(row.input), localeOf(row)),
  formatMastheadDate: (row) => formatMastheadDate(new Date(row.input), localeOf(row)),
  formatRelativeOrDateTime: (row) =>
    formatRelativeOrDateTime(new Date(row.input), new Date(row.now ?? Number.NaN), localeOf(row)),
  formatNumber: (row) => formatNumber(Number(row.input), localeOf(row)),
  toIsoWithOffset: (row) => toIsoWithOffset(new Date(row.input)),
};

function run(row: GoldenRow): string {
  const fn = functions[row.fn];
  if (!fn) throw new Error(`golden row "${row.case}" names unknown function ${row.fn}`);
  return fn(row);
}

describe("format golden table (format.golden.json)", () => {
  it.each(rows.map((row) => [`${row.fn}: ${row.case}`, row] as const))("%s", (_, row) => {
    expect(run(row)).toBe(row.expected.normalize("NFC"));
  });
});

describe("format", () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it("gives the same output whatever the server's time zone", () => {
    for (const timeZone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      process.env.TZ = timeZone;
      for (const row of rows) expect(run(row)).toBe(row.expected.normalize("NFC"));
    }
  });

  it("never uses Devanagari digits", () => {
    for (const row of rows) expect(run(row)).not.toMatch(/[०-९]/);
  });

  it("spells Hindi month names in NFC, with फ़रवरी as फ + nukta", () => {
    const february = formatDate(new Date("2024-02-10T00:00:00Z"), "hi");
    expect(february).toBe(february.normalize("NFC"));
    expect(february).toContain("\u092B\u093Cरवरी");
  });
});

describe("formatDatelineDate", () => {
  it("gives day and month without a year, as wire datelines do", () => {
    expect(formatDatelineDate(14, 9, null, "hi")).toBe("14 सितंबर");
    expect(formatDatelineDate(3, 10, null, "en")).toBe("3 October");
  });

  it("adds the year when the dateline has one", () => {
    expect(formatDatelineDate(21, 7, 2024, "hi")).toBe("21 जुलाई 2024");
    expect(formatDatelineDate(21, 7, 2024, "en")).toBe("21 July 2024");
  });

  it("rejects a month outside 1–12", () => {
    expect(() => formatDatelineDate(1, 13, null, "hi")).toThrow(RangeError);
    expect(() => formatDatelineDate(1, 0, null, "en")).toThrow(RangeError);
  });
});
