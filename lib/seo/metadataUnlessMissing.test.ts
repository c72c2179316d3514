import { notFound, permanentRedirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { metadataUnlessMissing } from "./metadataUnlessMissing";

describe("metadata of a page that may be missing", () => {
  it("is the page's own metadata when it exists", async () => {
    await expect(metadataUnlessMissing(async () => ({ title: "देश" }))).resolves.toEqual({ title: "देश" });
  });

  it("is empty when the page calls notFound(), so the page itself can answer with the full 404 page", async () => {
    await expect(metadataUnlessMissing(async () => notFound())).resolves.toEqual({});
  });

  it("lets a redirect to the canonical address and any real failure through", async () => {
    await expect(metadataUnlessMissing(async () => permanentRedirect("/desh"))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    await expect(metadataUnlessMissing(async () => Promise.reject(new Error("database locked")))).rejects.toThrow("database locked");
  });
});
