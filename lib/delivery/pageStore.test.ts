import { describe, expect, it } from "vitest";
import { PageStore, type StoredPage } from "./pageStore";

const page = (bytes: number): StoredPage => {
  const body = Buffer.alloc(bytes);
  return { status: 200, headers: {}, body, gzip: body, brotli: body, etag: '"x"', storedAt: 0 };
};

describe("the store of finished pages", () => {
  it("drops the least recently used pages once over its byte budget", () => {
    const store = new PageStore(10_000);
    store.set("a", page(1000));
    store.set("b", page(1000));
    store.get("a");
    store.set("c", page(1000));
    expect(store.size.pages).toBe(2);
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
    expect(store.size.bytes).toBeLessThanOrEqual(10_000);
  });

  it("stays within budget however many different addresses are asked for", () => {
    const store = new PageStore(100_000);
    for (let i = 0; i < 10_000; i++) store.set(`/desh?utm=${i}`, page(2000));
    expect(store.size.bytes).toBeLessThanOrEqual(100_000);
  });

  it("keeps nothing larger than the whole budget, and counts a replaced page once", () => {
    const store = new PageStore(5000);
    store.set("huge", page(6000));
    expect(store.size.pages).toBe(0);
    store.set("a", page(100));
    store.set("a", page(200));
    expect(store.size).toEqual({ pages: 1, bytes: 200 * 3 + 512 });
    store.clear();
    expect(store.size).toEqual({ pages: 0, bytes: 0 });
  });
});
