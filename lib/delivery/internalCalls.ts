import { randomBytes, timingSafeEqual } from "node:crypto";
import { processShared } from "./processShared";

/**
 * Calls the server makes to itself: a timer (the scheduler) has no request around it, and Next only expires cached
 * pages inside one. The secret is made per process and never leaves it.
 */
const secret = () => processShared("internalCallSecret", () => randomBytes(32).toString("hex"));
const secretBytes = () => processShared("internalCallSecretBytes", () => Buffer.from(secret()));
const origin = () => processShared<{ value: string | null }>("serverOrigin", () => ({ value: null }));

export const internalCallHeader = "x-internal-call";

/** Set by the HTTP server once it listens; scripts and tests that have no server leave it unset. */
export function setServerOrigin(value: string): void {
  origin().value = value;
}

export function serverOrigin(): string | null {
  return origin().value;
}

export function internalCallHeaders(): Record<string, string> {
  return { [internalCallHeader]: secret() };
}

/** `value` is the request's internal-call header. */
export function isInternalCall(value: string | string[] | null | undefined): boolean {
  const given = Buffer.from(typeof value === "string" ? value : "");
  const expected = secretBytes();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
