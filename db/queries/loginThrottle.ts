import { eq, lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { loginThrottle } from "../schema";

export type ThrottleState = { failures: number; windowStart: Date };

/**
 * How a throttle key counts failures: after `limit` failures it is refused for `lockMs` from the failure that
 * reached the limit. With `countsExpire`, failures older than `lockMs` are forgotten (an address); without it
 * they are kept until a lock has run out, exactly like an account's own counter (an email with no account).
 */
export type ThrottleRule = { limit: number; lockMs: number; countsExpire: boolean };

export async function getLoginThrottle(key: string): Promise<ThrottleState | undefined> {
  const [row] = await getDb()
    .select({ failures: loginThrottle.failures, windowStart: loginThrottle.windowStart })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, key))
    .limit(1);
  return row;
}

/** Counts one failure in a single statement, so parallel failures are all counted and the limit is never skipped. */
export async function recordLoginThrottleFailure(key: string, now: Date, rule: ThrottleRule): Promise<ThrottleState> {
  const at = now.getTime();
  const lapsed = sql`${loginThrottle.windowStart} <= ${at - rule.lockMs} and (${loginThrottle.failures} >= ${rule.limit} or ${rule.countsExpire ? 1 : 0})`;
  const [row] = await getDb()
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStart: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${lapsed} then 1 else ${loginThrottle.failures} + 1 end`,
        // The window restarts when it has lapsed, and a lock is timed from the failure that reached the limit.
        windowStart: sql`case when ${lapsed} then ${at} when ${loginThrottle.failures} + 1 >= ${rule.limit} then ${at} else ${loginThrottle.windowStart} end`,
      },
    })
    .returning({ failures: loginThrottle.failures, windowStart: loginThrottle.windowStart });
  return row!;
}

/** Keys untouched for a day hold nothing worth keeping; without this, every mistyped email would stay forever. */
export async function deleteStaleLoginThrottles(before: Date): Promise<void> {
  await getDb().delete(loginThrottle).where(lt(loginThrottle.windowStart, before));
}
