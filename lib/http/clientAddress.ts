import type { IncomingMessage } from "node:http";
import { processShared } from "@/lib/delivery/processShared";

/**
 * The client's address, for the login throttle, sessions and the audit log. Next's handlers never see the socket,
 * so the portal's HTTP server (scripts/serve.ts) works it out and writes it into this header, replacing whatever a
 * request brought under that name. X-Forwarded-For is believed only as far as TRUST_PROXY says proxies of our own
 * append to it; otherwise anyone could claim a fresh address for every guess.
 */
export const clientAddressHeader = "x-kd-client-address";

const maxAddressLength = 64;
const stamping = () => processShared("clientAddressStamping", () => ({ active: false }));

/**
 * TRUST_PROXY: how many proxies of ours stand in front of the portal, each appending the address it saw to
 * X-Forwarded-For. Unset, empty, "0" or "false": none, the socket's peer is the client. "true" means 1.
 */
export function trustedProxyHops(setting: string | undefined = process.env.TRUST_PROXY): number {
  const value = (setting ?? "").trim().toLowerCase();
  if (value === "" || value === "false") return 0;
  if (value === "true") return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 16) throw new Error(`TRUST_PROXY must be a number of proxies (0–16), true or false; it is "${setting}"`);
  return hops;
}

function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  // Node reports IPv4 peers of a dual-stack socket as ::ffff:a.b.c.d; one client, one key.
  return (trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed).slice(0, maxAddressLength);
}

/**
 * The address `hops` trusted proxies vouch for. Each proxy appends the peer it saw, so reading from the right and
 * skipping our own proxies lands on the first address none of them added; anything left of it is the client's
 * own claim. With no trusted proxy the socket's peer is the answer, whatever the headers say.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const socket = normalizeAddress(socketAddress ?? "");
  if (hops === 0) return socket;
  const claimed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((part) => part.trim()).filter(Boolean);
  const chain = [...claimed, socket];
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - hops)]!);
}

// Read once, when the server starts: a mistyped setting stops the start instead of failing every request.
const configuredHops = trustedProxyHops();

/** Called by the HTTP server first thing for every request: from here on the header holds the address we trust. */
export function stampClientAddress(request: IncomingMessage, hops: number = configuredHops): void {
  stamping().active = true;
  request.headers[clientAddressHeader] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], hops);
}

/**
 * The client's address as a handler inside Next sees it. Behind scripts/serve.ts, the stamped header. Under
 * `next dev`, which has no such server, X-Forwarded-For's first entry (Next fills it from the socket when the
 * request has none), good enough on a developer's machine; anywhere else one shared "unknown", so that the
 * login throttle, missing addresses, errs on the strict side.
 */
export function clientAddressFrom(headers: Headers): string {
  if (stamping().active) return headers.get(clientAddressHeader) ?? "unknown";
  if (process.env.NODE_ENV === "development") return normalizeAddress(headers.get("x-forwarded-for")?.split(",")[0] ?? "");
  return "unknown";
}
