import { describe, expect, it } from "vitest";
import { encodeSegment, hostilePayloads } from "@/e2e/hostilePayloads";
import { decodesAsUtf8, refuseAtTheDoor, refuseNewsroomWrite } from "./requestGate";

describe("the request gate", () => {
  it("lets ordinary reader, newsroom and API requests through", () => {
    for (const [method, target] of [
      ["GET", "/"],
      ["HEAD", "/khel/virat-ka-shatak-12?utm_source=x"],
      ["GET", "/en/tag/%E0%A4%95%E0%A5%8D%E0%A4%B0%E0%A4%BF%E0%A4%95%E0%A5%87%E0%A4%9F"],
      ["GET", "/search?q=%zz&page=%"],
      ["POST", "/admin/articles/12"],
      ["POST", "/api/lite"],
      ["DELETE", "/admin/articles/12/lock"],
      ["OPTIONS", "/khel"],
    ]) {
      expect(refuseAtTheDoor(method, target), `${method} ${target}`).toBeNull();
    }
  });

  it("refuses a path whose percent-encoding is broken or is not UTF-8 with a 400", () => {
    for (const path of ["/%zz", "/khel/%", "/%c0%af", "/%ff%fe/search", "/%ed%a0%80", "/tag/%e0%a4", "/_next/%zz", "/api/%"]) {
      expect(refuseAtTheDoor("GET", path), path).toEqual({ status: 400, reason: "Malformed path" });
    }
  });

  it("refuses a request target that is not a path, and methods it does not know", () => {
    expect(refuseAtTheDoor("OPTIONS", "*")?.status).toBe(400);
    expect(refuseAtTheDoor("GET", "http://evil.example/admin")?.status).toBe(400);
    expect(refuseAtTheDoor("TRACE", "/")).toEqual({ status: 405, reason: "Method not allowed", allow: "GET, HEAD" });
    expect(refuseAtTheDoor("BREW", "/coffee")?.status).toBe(405);
  });

  it("refuses writes to reader pages, which take none", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(refuseAtTheDoor(method, "/search")?.status, method).toBe(405);
      expect(refuseAtTheDoor(method, "/administrator")?.status, method).toBe(405);
    }
  });

  it("reads every hostile payload as a path segment without throwing, and lets the well-encoded ones through", () => {
    for (const payload of hostilePayloads) {
      const path = `/${encodeSegment(payload.text)}`;
      const wellFormed = !/[\uD800-\uDFFF]/u.test(payload.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));
      expect(decodesAsUtf8(path), payload.label).toBe(wellFormed);
    }
  });
});

describe("writes to the newsroom", () => {
  const actions = new Set(["40aa"]);
  const isServerAction = (id: string) => actions.has(id);
  const lookup = (headers: Record<string, string | undefined>) => (name: string) => headers[name];
  const sameSite = { host: "portal.test", origin: "http://portal.test" };

  it("lets a newsroom page's own action calls and form posts through", () => {
    expect(refuseNewsroomWrite("POST", "/admin/articles/12", lookup({ ...sameSite, "next-action": "40aa" }), isServerAction)).toBeNull();
    expect(refuseNewsroomWrite("POST", "/admin/login", lookup(sameSite), isServerAction)).toBeNull();
    expect(refuseNewsroomWrite("GET", "/admin", lookup({ host: "portal.test" }), isServerAction)).toBeNull();
  });

  it("refuses another site's action calls and form posts with a 403, and those that name no site", () => {
    const foreign: Record<string, string | undefined>[] = [{ host: "portal.test", origin: "https://evil.example" }, { host: "portal.test" }, { host: "portal.test", origin: "null" }];
    for (const headers of foreign) {
      expect(refuseNewsroomWrite("POST", "/admin/login", lookup(headers), isServerAction)?.status).toBe(403);
      expect(refuseNewsroomWrite("POST", "/admin/users", lookup({ ...headers, "next-action": "40aa" }), isServerAction)?.status).toBe(403);
      expect(refuseNewsroomWrite("DELETE", "/admin/articles/3/lock", lookup(headers), isServerAction)?.status).toBe(403);
    }
  });

  it("refuses an id the build did not make from a \"use server\" file, such as a cached function's", () => {
    expect(refuseNewsroomWrite("POST", "/admin/login", lookup({ ...sameSite, "next-action": "c029" }), isServerAction)).toEqual({ status: 404, reason: "Unknown action" });
  });

  it("refuses action calls outside the newsroom, where no page has actions", () => {
    expect(refuseNewsroomWrite("POST", "/hi/search", lookup({ ...sameSite, "next-action": "40aa" }), isServerAction)?.status).toBe(405);
    expect(refuseNewsroomWrite("POST", "/api/search", lookup({ ...sameSite, "next-action": "40aa" }), isServerAction)?.status).toBe(405);
  });

  it("leaves the reader's API alone, which checks its own origin", () => {
    expect(refuseNewsroomWrite("POST", "/api/lite", lookup({ host: "portal.test" }), isServerAction)).toBeNull();
  });
});

describe("long addresses", () => {
  it("are refused with a 414 past 8 KB, and let through below", () => {
    expect(refuseAtTheDoor("GET", `/search?q=${"%E0%A4%95".repeat(1000)}`)?.status).toBe(414);
    expect(refuseAtTheDoor("HEAD", `/admin/articles/${"x".repeat(9000)}`)?.status).toBe(414);
    expect(refuseAtTheDoor("GET", `/search?q=${"%E0%A4%95".repeat(200)}`)).toBeNull();
  });
});

describe("the gate as the server asks it", () => {
  it("answers the door's refusal first, then the newsroom's, and lets a same-site action call through", async () => {
    const { refusalOf } = await import("./requestGate");
    const header = (headers: Record<string, string>) => (name: string) => headers[name];
    const isServerAction = (id: string) => id === "40aa";
    expect(refusalOf({ method: "POST", url: "/admin/%zz", header: header({ host: "portal.test" }) }, isServerAction)?.status).toBe(400);
    expect(refusalOf({ method: "POST", url: "/admin/users?x=1", header: header({ host: "portal.test", origin: "https://evil.example" }) }, isServerAction)?.status).toBe(403);
    expect(refusalOf({ method: "POST", url: "/admin/users?x=1", header: header({ host: "portal.test", origin: "http://portal.test", "next-action": "40aa" }) }, isServerAction)).toBeNull();
  });
});
