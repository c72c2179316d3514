import { vi } from "vitest";

/**
 * Outside Next's compiler a `"use cache"` directive is only a string, so the functions it marks run every time;
 * `cacheLife` and `cacheTag` then have nothing to configure and, like the directive, do nothing in unit tests.
 */
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}));
