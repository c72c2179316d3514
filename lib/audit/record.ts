import { insertAuditEvent } from "@/db/queries/audit";
import { clientAddress } from "@/lib/auth/session";

/** Every write that matters leaves one of these; admins read them at /admin/audit. */
export const auditActions = [
  "login",
  "login.failed",
  "login.locked",
  "logout",
  "sessions.revoked",
  "article.create",
  "article.save",
  "article.submit",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.delete",
  "article.restore",
  "article.slug",
  "article.import",
  "media.upload",
  "media.delete",
  "taxonomy.change",
  "tag.merge",
  "user.create",
  "user.update",
  "user.role",
  "user.disable",
] as const;
export type AuditAction = (typeof auditActions)[number];

export async function recordAudit(event: {
  action: AuditAction;
  userId: number | null;
  targetType?: string;
  targetId?: number;
  details?: Record<string, unknown>;
}): Promise<void> {
  await insertAuditEvent({ ...event, ip: await clientAddress() });
}
