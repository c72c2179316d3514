import { describe, expect, it } from "vitest";
import { datelineIsoDate, inferDatelineYear, storedDatelineYear } from "./datelineDate";

// Import moments are written in IST, the newsroom's clock.
const at = (isoWithoutZone: string) => new Date(`${isoWithoutZone}+05:30`);

describe("the year of a dateline that gives none", () => {
  it.each([
    ["14 September, imported the same day", 14, 9, "2023-09-14T10:30", 2023],
    ["13 September, imported the day after", 13, 9, "2023-09-14T10:30", 2023],
    ["15 September, imported a day before it", 15, 9, "2023-09-14T10:30", 2022],
    ["31 December, imported on 1 January", 31, 12, "2025-01-01T00:10", 2024],
    ["1 January, imported on 1 January", 1, 1, "2025-01-01T00:10", 2025],
    ["1 January, imported on 31 December", 1, 1, "2025-12-31T23:50", 2025],
    ["29 February, imported in a leap year after it", 29, 2, "2024-03-01T09:00", 2024],
    ["29 February, imported the day before it in a leap year", 29, 2, "2024-02-28T09:00", 2020],
    ["29 February, imported in a common year", 29, 2, "2025-06-01T09:00", 2024],
    ["28 February, imported on 28 February", 28, 2, "2025-02-28T09:00", 2025],
  ])("is the year of %s", (_case, day, month, importedAt, year) => {
    expect(inferDatelineYear({ day, month }, at(importedAt))).toBe(year);
  });

  it("follows the calendar in India, not in UTC: 1 January 00:30 IST is still 31 December in London", () => {
    const importedAt = at("2025-01-01T00:30");
    expect(importedAt.getUTCFullYear()).toBe(2024);
    expect(inferDatelineYear({ day: 1, month: 1 }, importedAt)).toBe(2025);
  });
});

describe("the year stored with an imported article", () => {
  const importedAt = at("2026-11-30T11:00");

  it("is the written year whenever the copy gives one, this year's too", () => {
    expect(storedDatelineYear({ day: 5, month: 1, year: 2026 }, importedAt)).toBe(2026);
    expect(storedDatelineYear({ day: 5, month: 1, year: 2019 }, importedAt)).toBe(2019);
  });

  it("is left out when the inferred year is the import year, so readers see no year for this year's stories", () => {
    expect(storedDatelineYear({ day: 29, month: 11, year: null }, importedAt)).toBeNull();
  });

  it("is the inferred year when that is last year, so a December story imported in November shows its year", () => {
    expect(storedDatelineYear({ day: 22, month: 12, year: null }, importedAt)).toBe(2025);
  });
});

describe("the resolved date of a dateline", () => {
  it("is written as ISO yyyy-mm-dd with the inferred year", () => {
    expect(datelineIsoDate({ day: 14, month: 9, year: null }, at("2023-09-14T10:30"))).toBe("2023-09-14");
    expect(datelineIsoDate({ day: 2, month: 12, year: null }, at("2026-11-30T10:30"))).toBe("2025-12-02");
  });

  it("keeps the written year", () => {
    expect(datelineIsoDate({ day: 4, month: 1, year: 2025 }, at("2026-11-30T10:30"))).toBe("2025-01-04");
  });
});
