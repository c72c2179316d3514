import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { type Role, sessions, users } from "../schema";

export type User = typeof users.$inferSelect;
export type StaffUser = Pick<User, "id" | "email" | "name" | "role" | "locale">;

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

export async function getUserById(id: number): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function insertUser(row: { email: string; name: string; passwordHash: string; role: Role }): Promise<number> {
  const [inserted] = await getDb()
    .insert(users)
    .values({ ...row, updatedAt: new Date() })
    .returning({ id: users.id });
  return inserted!.id;
}

export async function countUsers(): Promise<number> {
  return getDb().$count(users);
}

/** Creates the account unless the email is taken (then null): the unique index decides, so two at once cannot both win. */
export async function insertUserIfEmailFree(row: { email: string; name: string; passwordHash: string; role: Role }): Promise<number | null> {
  const [inserted] = await getDb()
    .insert(users)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return inserted?.id ?? null;
}

export type LoginCounter = { failedLogins: number; lockedUntil: Date | null };

/**
 * Counts one failed login in a single UPDATE, so that parallel wrong guesses are all counted and the lock cannot
 * be skipped. Reaching `limit` locks the account for `lockMs`; the first failure after a lock has run out starts
 * counting again from one.
 */
export async function recordFailedLogin(userId: number, now: Date, rule: { limit: number; lockMs: number }): Promise<LoginCounter> {
  const at = now.getTime();
  const lockLapsed = sql`${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at}`;
  const counted = sql`case when ${lockLapsed} then 1 else ${users.failedLogins} + 1 end`;
  const [row] = await getDb()
    .update(users)
    .set({
      failedLogins: counted,
      lockedUntil: sql`case when ${counted} >= ${rule.limit} then ${at + rule.lockMs} when ${lockLapsed} then null else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  return row!;
}

/** After a right password: clears the counter, unless a lock was set meanwhile (then false, and the login is refused). */
export async function clearFailedLoginsUnlessLocked(userId: number, now: Date): Promise<boolean> {
  const cleared = await getDb()
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ id: users.id });
  return cleared.length > 0;
}

export type UserListRow = Pick<User, "id" | "email" | "name" | "role" | "disabled" | "failedLogins" | "lockedUntil" | "createdAt"> & {
  lastSignInAt: Date | null;
  liveSessions: number;
};

/** Every account for the users page, with its last sign-in (from the audit log, which outlives sessions) and live sessions. */
export async function listUsersForAdmin(idleSince: Date, now = new Date()): Promise<UserListRow[]> {
  // Written out with aliases: Drizzle leaves columns unqualified in a one-table select, so inside a subquery a
  // column such as "id" would silently mean the subquery's own table.
  const rows = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      failedLogins: users.failedLogins,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
      lastSignInAt: sql<number | null>`(select max(e.at) from audit_events e where e.action = 'login' and e.user_id = users.id)`,
      liveSessions: sql<number>`(select count(*) from sessions s where s.user_id = users.id and s.expires_at > ${now.getTime()} and s.last_seen_at > ${idleSince.getTime()})`,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, lastSignInAt: row.lastSignInAt === null ? null : new Date(row.lastSignInAt) }));
}

export type AccessChange = { role?: Role; disabled?: boolean };
export type AccessChangeResult = { outcome: "updated"; previous: { role: Role; disabled: boolean } } | { outcome: "lastAdmin" } | { outcome: "notFound" };

/**
 * Changes an account's role or disables/enables it, refusing any change that would leave no active admin.
 * Disabling also ends the account's sessions.
 */
export async function updateUserAccess(userId: number, change: AccessChange): Promise<AccessChangeResult> {
  return getDb().transaction(
    (tx) => {
      const target = tx.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, userId)).get();
      if (!target) return { outcome: "notFound" as const };
      const isActiveAdmin = target.role === "admin" && !target.disabled;
      const staysActiveAdmin = (change.role ?? target.role) === "admin" && !(change.disabled ?? target.disabled);
      if (isActiveAdmin && !staysActiveAdmin) {
        const otherAdmins = tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, userId)))
          .limit(1)
          .all();
        if (otherAdmins.length === 0) return { outcome: "lastAdmin" as const };
      }
      tx.update(users)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(users.id, userId))
        .run();
      if (change.disabled) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      return { outcome: "updated" as const, previous: target };
    },
    { behavior: "immediate" },
  );
}

/** Lifts a lock and forgets the failed logins. False when there is no such account. */
export async function unlockUser(userId: number): Promise<boolean> {
  const unlocked = await getDb()
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return unlocked.length > 0;
}

/** Sets a new password hash; every session of the account ends, so an old password's sessions cannot linger. */
export async function replaceUserPassword(userId: number, passwordHash: string): Promise<boolean> {
  return getDb().transaction(
    (tx) => {
      const updated = tx
        .update(users)
        .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
        .where(eq(users.id, userId))
        .returning({ id: users.id })
        .all();
      if (updated.length === 0) return false;
      tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      return true;
    },
    { behavior: "immediate" },
  );
}

/** Names of the given accounts, for pages that mention accounts by id (the audit log's targets). */
export async function getUserNames(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
