import { createHash, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { deleteExpiredSessions, deleteSessionByTokenHash, findLiveSession, insertSession, touchSession } from "@/db/queries/sessions";
import type { StaffUser } from "@/db/queries/users";
import { clientAddressFrom } from "@/lib/http/clientAddress";
import { sessionCookie } from "./cookieNames";
import { type Action, type ArticleRef, assertCan } from "./permissions";

export const idleTimeoutMs = 12 * 60 * 60 * 1000;
export const absoluteLifetimeMs = 7 * 24 * 60 * 60 * 1000;
/** Writing last-seen on every request would make every page a write; once every few minutes is enough. */
const touchEveryMs = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The client's address as the portal's server established it (lib/http/clientAddress.ts; TRUST_PROXY). */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

/** Starts a session for the user and sets its cookie. */
export async function startSession(userId: number): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + absoluteLifetimeMs);
  const userAgent = ((await headers()).get("user-agent") ?? "").slice(0, 300);
  // Sessions that lapsed are only ever refused, never reused; each sign-in sweeps them so the table stays small.
  await deleteExpiredSessions(new Date(Date.now() - idleTimeoutMs));
  await insertSession({ tokenHash: hashToken(token), userId, expiresAt, ip: await clientAddress(), userAgent });
  (await cookies()).set(sessionCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.SITE_URL ?? "").startsWith("https:"),
    path: "/",
    expires: expiresAt,
  });
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(sessionCookie)?.value;
  if (token) await deleteSessionByTokenHash(hashToken(token));
  store.delete(sessionCookie);
}

/** The signed-in staff member of this request, or null. */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const token = (await cookies()).get(sessionCookie)?.value;
  if (!token) return null;
  const now = Date.now();
  const live = await findLiveSession(hashToken(token), new Date(now - idleTimeoutMs), new Date(now));
  if (!live) return null;
  if (now - live.lastSeenAt.getTime() > touchEveryMs) await touchSession(live.sessionId, new Date(now));
  return live.user;
});

/** For admin pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  return user;
}

export class UnauthenticatedError extends Error {}

/** For server actions and route handlers that write: the user, if signed in and allowed; otherwise it throws. */
export async function requirePermission(action: Action, article?: ArticleRef): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError("not signed in");
  assertCan(user, action, article);
  return user;
}
