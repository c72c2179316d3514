import { runMigrations } from "@/db/migrate";
import { bootstrapAdmin } from "@/lib/auth/bootstrapAdmin";
import { seedDemoContent } from "./seedDemoContent";

/**
 * Brings the database to the current schema, creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD on a new
 * install and, when it holds no stories yet, fills it with the demo newsroom.
 */
export async function prepareDatabase(): Promise<void> {
  runMigrations();
  await bootstrapAdmin();
  if (process.env.SEED_DEMO_CONTENT !== "0") await seedDemoContent();
}
