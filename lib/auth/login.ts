import { createHash } from "node:crypto";
import { z } from "zod";
import { insertAuditEvent } from "@/db/queries/audit";
import {
  deleteStaleLoginThrottles,
  getLoginThrottle,
  recordLoginThrottleFailure,
  type ThrottleRule,
  type ThrottleState,
} from "@/db/queries/loginThrottle";
import { clearFailedLoginsUnlessLocked, getUserByEmail, type LoginCounter, recordFailedLogin, type User } from "@/db/queries/users";
import type { AuditAction } from "@/lib/audit/record";
import { decoyPasswordHash, verifyPassword } from "./password";

const lockMs = 15 * 60 * 1000;
/** An account (or an email with no account) is locked after this many failed logins in a row. */
export const accountRule: ThrottleRule = { limit: 5, lockMs, countsExpire: false };
/** One client address may fail this often in 15 minutes, whichever accounts it tries. */
export const addressRule: ThrottleRule = { limit: 20, lockMs, countsExpire: true };
const staleThrottleMs = 24 * 60 * 60 * 1000;

/** Emails are compared trimmed, lower-cased and NFC-normalised, the way users.email stores them. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize("NFC").toLowerCase();
}

const credentials = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.email().max(254)),
  password: z.string().min(1).max(1024),
});

export type LoginAttempt = { email: unknown; password: unknown; address: string; now?: Date };

/** Why a login was refused; the form shows the same message for a wrong password, an unknown email and a disabled account. */
export type LoginRefusal = { ok: false; reason: "invalid" } | { ok: false; reason: "wrongCredentials" } | { ok: false; reason: "tooManyAttempts"; retryAfterMs: number };
export type LoginDecision = { ok: true; userId: number } | LoginRefusal;

function remainingLock(state: ThrottleState | undefined, rule: ThrottleRule, now: number): number {
  if (!state || state.failures < rule.limit) return 0;
  return Math.max(0, state.windowStart.getTime() + rule.lockMs - now);
}

function accountLockRemaining(user: Pick<User, "lockedUntil">, now: number): number {
  return user.lockedUntil ? Math.max(0, user.lockedUntil.getTime() - now) : 0;
}

/** An email that has no account is counted under this key, so that it locks exactly like one that has. */
function unknownEmailKey(email: string): string {
  return `email:${createHash("sha256").update(email).digest("hex")}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}

/**
 * Decides a login without touching cookies: validates the input, applies the address throttle and the account
 * lock, checks the password (against a decoy hash for unknown emails, so the time taken tells nothing), counts
 * failures atomically and writes the audit events. The caller starts the session when it answers ok.
 */
export async function attemptLogin({ email, password, address, now = new Date() }: LoginAttempt): Promise<LoginDecision> {
  const parsed = credentials.safeParse({ email, password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const input = parsed.data;
  const at = now.getTime();
  const audit = (action: AuditAction, userId: number | null, details: Record<string, unknown>) =>
    insertAuditEvent({ action, userId, targetType: userId === null ? undefined : "user", targetId: userId ?? undefined, details, ip: address, at: now });

  const addressWait = remainingLock(await getLoginThrottle(addressKey(address)), addressRule, at);
  if (addressWait > 0) return { ok: false, reason: "tooManyAttempts", retryAfterMs: addressWait };

  const user = await getUserByEmail(input.email);
  const emailKey = unknownEmailKey(input.email);
  const accountWait = user ? accountLockRemaining(user, at) : remainingLock(await getLoginThrottle(emailKey), accountRule, at);
  if (accountWait > 0) return { ok: false, reason: "tooManyAttempts", retryAfterMs: accountWait };

  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (user && passwordMatches && !user.disabled) {
    if (await clearFailedLoginsUnlessLocked(user.id, now)) {
      await audit("login", user.id, {});
      await deleteStaleLoginThrottles(new Date(at - staleThrottleMs));
      return { ok: true, userId: user.id };
    }
    // Parallel wrong guesses locked the account while this password was being checked.
    return { ok: false, reason: "tooManyAttempts", retryAfterMs: lockMs };
  }

  // A disabled account's right password counts as a failure too: otherwise the lock's timing would reveal it.
  const reason = !user ? "unknownEmail" : user.disabled ? "disabled" : "wrongPassword";
  const account = user ? accountCount(await recordFailedLogin(user.id, now, accountRule)) : throttleCount(await recordLoginThrottleFailure(emailKey, now, accountRule), accountRule);
  const client = throttleCount(await recordLoginThrottleFailure(addressKey(address), now, addressRule), addressRule);
  await audit("login.failed", user?.id ?? null, { email: input.email, reason });

  const lockEnds = Math.max(account.lockEnds, client.lockEnds);
  if (lockEnds <= at) return { ok: false, reason: "wrongCredentials" };
  // Only the failure that reached a limit is the locking event; racing failures after it are plain failures.
  const scope = account.failures === accountRule.limit ? "account" : client.failures === addressRule.limit ? "address" : null;
  if (scope) await audit("login.locked", user?.id ?? null, { email: input.email, scope, until: new Date(lockEnds).toISOString() });
  return { ok: false, reason: "tooManyAttempts", retryAfterMs: lockEnds - at };
}

type Count = { failures: number; lockEnds: number };

function accountCount(counter: LoginCounter): Count {
  return { failures: counter.failedLogins, lockEnds: counter.lockedUntil?.getTime() ?? 0 };
}

function throttleCount(state: ThrottleState, rule: ThrottleRule): Count {
  return { failures: state.failures, lockEnds: state.failures >= rule.limit ? state.windowStart.getTime() + rule.lockMs : 0 };
}

/** Where to go after signing in: only a path on this site, never another origin (`//evil.example`, `/\evil`). */
export function safeNextPath(next: unknown, fallback = "/admin"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  const base = "http://portal.invalid";
  try {
    const url = new URL(next, base);
    return url.origin === base ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
