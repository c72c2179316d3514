import { describe, expect, it, vi } from "vitest";
import { recordFromParams } from "./recordFromParams";

const params = (id: string) => Promise.resolve({ id });

describe("the record of an /admin/…/[id] page", () => {
  it("is looked up by the id in the address", async () => {
    const getById = vi.fn(async (id: number) => ({ id, name: "खेल" }));
    expect(await recordFromParams(params("7"), getById)).toEqual({ id: 7, name: "खेल" });
    expect(getById).toHaveBeenCalledWith(7);
  });

  it("is a 404, without asking the database, when the id is not a positive whole number", async () => {
    const getById = vi.fn(async () => ({ id: 1 }));
    for (const id of ["0", "-3", "1.5", "abc", "", "9007199254740993"]) {
      await expect(recordFromParams(params(id), getById)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    }
    expect(getById).not.toHaveBeenCalled();
  });

  it("is a 404 when no record has that id", async () => {
    await expect(recordFromParams(params("42"), async () => undefined)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
