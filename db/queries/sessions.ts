import { and, eq, gt, lt, or } from "drizzle-orm";
import { getDb } from "../client";
import { sessions, users } from "../schema";
import type { StaffUser } from "./users";

export async function insertSession(row: { tokenHash: string; userId: number; expiresAt: Date; ip: string; userAgent: string }): Promise<void> {
  await getDb()
    .insert(sessions)
    .values({ ...row, lastSeenAt: new Date() });
}

/** The signed-in user of a live session: not expired, not idle too long, account not disabled. */
export async function findLiveSession(
  tokenHash: string,
  idleSince: Date,
  now = new Date(),
): Promise<{ sessionId: number; lastSeenAt: Date; user: StaffUser } | undefined> {
  const [row] = await getDb()
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      user: { id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince), eq(users.disabled, false)),
    )
    .limit(1);
  return row;
}

export async function touchSession(sessionId: number, at = new Date()): Promise<void> {
  await getDb().update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function deleteSessionByTokenHash(tokenHash: string): Promise<void> {
  await getDb().delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** "Sign out everywhere": every session of the user ends. */
export async function deleteUserSessions(userId: number): Promise<number> {
  const result = await getDb().delete(sessions).where(eq(sessions.userId, userId));
  return result.changes;
}

export async function deleteExpiredSessions(idleSince: Date, now = new Date()): Promise<void> {
  await getDb()
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}
