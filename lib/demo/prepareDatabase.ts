import { runMigrations } from "@/db/migrate";
import { seedDemoContent } from "./seedDemoContent";

/** Brings the database to the current schema and, when it holds no stories yet, fills it with the demo newsroom. */
export async function prepareDatabase(): Promise<void> {
  runMigrations();
  if (process.env.SEED_DEMO_CONTENT !== "0") await seedDemoContent();
}
