import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientAddressHeader, resolveClientAddress, stampClientAddress, trustedProxyHops } from "./clientAddress";

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("client address", () => {
  it("without a trusted proxy, the socket's peer is the client whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("203.0.113.5", "10.0.0.1", 0)).toBe("203.0.113.5");
    expect(resolveClientAddress("::ffff:203.0.113.5", undefined, 0)).toBe("203.0.113.5");
  });

  it("behind one trusted proxy, the address that proxy saw counts, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; our proxy appended the peer it saw, 198.51.100.7.
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", 2)).toBe("198.51.100.7");
  });

  it("a trusted proxy that sent no header leaves the socket's peer as the answer", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "", 3)).toBe("127.0.0.1");
  });

  it("a new X-Forwarded-For on every guess does not give a new address without a trusted proxy", () => {
    const seen = new Set(Array.from({ length: 25 }, (_, i) => resolveClientAddress("192.0.2.9", `10.0.0.${i}`, 0)));
    expect([...seen]).toEqual(["192.0.2.9"]);
  });

  it("the stamp replaces a header of the same name that the request brought", () => {
    const forged = request("192.0.2.9", { [clientAddressHeader]: "10.9.9.9", "x-forwarded-for": "10.8.8.8" });
    stampClientAddress(forged, 0);
    expect(forged.headers[clientAddressHeader]).toBe("192.0.2.9");
    expect(clientAddressFrom(new Headers({ [clientAddressHeader]: "192.0.2.9", "x-forwarded-for": "10.8.8.8" }))).toBe("192.0.2.9");
  });

  it("overlong claims are cut to a bounded key", () => {
    expect(resolveClientAddress("127.0.0.1", "a".repeat(500), 1)).toHaveLength(64);
  });

  it("TRUST_PROXY reads as a number of proxies, and a mistyped value is an error rather than trust", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("false")).toBe(0);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUST_PROXY/);
  });
});
