import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import type { StaffUser } from "@/db/queries/users";

/** What a signed-in member of staff sees on a page their role does not open. */
export async function ForbiddenPage({ user, title }: { user: StaffUser; title: string }) {
  const t = await getTranslations("admin.errors");
  return (
    <AdminShell user={user} title={title}>
      <p className="notice notice-error">{t("forbidden")}</p>
    </AdminShell>
  );
}
