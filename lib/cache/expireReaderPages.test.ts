import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("next/cache");
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("expiring reader pages", () => {
  it("inside a request: expires the tags at once and tells the reader front", async () => {
    const revalidateTag = vi.fn();
    vi.doMock("next/cache", () => ({ revalidateTag }));
    const { expireReaderPages } = await import("./expireReaderPages");
    const { onReaderPagesChanged } = await import("@/lib/delivery/readerPageChanges");
    const changed = vi.fn();
    const stop = onReaderPagesChanged(changed);
    await expireReaderPages({ tags: ["home:hi", "article:7"] });
    stop();
    expect(revalidateTag.mock.calls).toEqual([
      ["home:hi", { expire: 0 }],
      ["article:7", { expire: 0 }],
    ]);
    expect(changed).toHaveBeenCalledOnce();
  });

  it("from a timer (no request, as the scheduler): asks the running server to do it, with the process's secret", async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetchMock);
    const { expireReaderPages } = await import("./expireReaderPages");
    const { setServerOrigin, isInternalCall, internalCallHeader } = await import("@/lib/delivery/internalCalls");
    setServerOrigin("http://127.0.0.1:3999");
    await expireReaderPages({ tags: ["home:hi"] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://127.0.0.1:3999/api/internal/revalidate");
    expect(JSON.parse(String(init.body))).toEqual({ tags: ["home:hi"] });
    expect(isInternalCall((init.headers as Record<string, string>)[internalCallHeader])).toBe(true);
    expect(isInternalCall("guess")).toBe(false);
  });
});
