import { describe, expect, it } from "vitest";
import { type Fill, maxInFlight, parseFillLine } from "./fillLog";

const fill = (start: number, end: number): Fill => ({ status: 200, nextCache: "MISS", ms: end - start, variant: "full", path: "/", start, end });

describe("fill log", () => {
  it("reads a fill line and dates its start back by its duration", () => {
    expect(parseFillLine("fill 200 MISS 96ms full /desh/kuch-bhi-12", 1000)).toEqual({
      status: 200,
      nextCache: "MISS",
      ms: 96,
      variant: "full",
      path: "/desh/kuch-bhi-12",
      start: 904,
      end: 1000,
    });
  });

  it("ignores other lines and fills without a cache header", () => {
    expect(parseFillLine("Portal ready on http://localhost:3520", 0)).toBeNull();
    expect(parseFillLine("fill 404 - 3ms lite /hi/page-not-found", 10)?.nextCache).toBe("-");
  });

  it("counts overlapping fills, but not one that starts as another ends", () => {
    expect(maxInFlight([])).toBe(0);
    expect(maxInFlight([fill(0, 10), fill(10, 20), fill(20, 30)])).toBe(1);
    expect(maxInFlight([fill(0, 10), fill(5, 15), fill(8, 9), fill(20, 30)])).toBe(3);
  });
});
