import { describe, expect, it } from "vitest";
import { newsroomTime } from "./newsroomTime";

describe("times typed in the newsroom", () => {
  it("reads a form's local time as Indian Standard Time", () => {
    expect(newsroomTime.parse("2025-09-14T10:30").toISOString()).toBe("2025-09-14T05:00:00.000Z");
  });

  it("keeps the zone of a full ISO time", () => {
    expect(newsroomTime.parse("2025-09-14T05:00:00.000Z").toISOString()).toBe("2025-09-14T05:00:00.000Z");
    expect(newsroomTime.parse("2025-09-14T10:30:00+05:30").toISOString()).toBe("2025-09-14T05:00:00.000Z");
  });

  it("refuses text that is not a time", () => {
    expect(newsroomTime.safeParse("कल सुबह").success).toBe(false);
    expect(newsroomTime.safeParse("2025-13-01T10:30").success).toBe(false);
  });
});
