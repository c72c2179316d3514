import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { auditEvents, users } from "../schema";

export type NewAuditEvent = Omit<typeof auditEvents.$inferInsert, "id" | "at"> & { at?: Date };

export async function insertAuditEvent(event: NewAuditEvent): Promise<void> {
  await getDb()
    .insert(auditEvents)
    .values({ at: new Date(), ...event });
}

export type AuditRow = typeof auditEvents.$inferSelect & { userName: string | null; userEmail: string | null };

/** Newest first; `before` is the id to continue after, for paging. */
export async function listAuditEvents({ action, before, limit }: { action?: string; before?: number; limit: number }): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (action) conditions.push(eq(auditEvents.action, action));
  if (before) conditions.push(lt(auditEvents.id, before));
  const rows = await getDb()
    .select({ event: auditEvents, userName: users.name, userEmail: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map(({ event, userName, userEmail }) => ({ ...event, userName, userEmail }));
}
