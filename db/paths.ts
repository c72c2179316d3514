import path from "node:path";

/** The SQLite file: `DATABASE_FILE`, or data/portal.db in the project. */
export function databaseFile(): string {
  // The data folder is chosen at run time; it is not part of the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_FILE ?? "data/portal.db");
}

/** Media originals live beside the database so that a throw-away database gets throw-away media. */
export function mediaDir(): string {
  return path.join(/*turbopackIgnore: true*/ path.dirname(databaseFile()), "media");
}

export const migrationsDir = path.resolve(process.cwd(), "db/migrations");
