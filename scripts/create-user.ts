/**
 * Creates a newsroom account from the command line; the first admin of a new install comes this way.
 * Usage: npm run user:create -- --email E --password P --role contributor|author|editor|admin --name NAME
 * Prints the new account's id; a bad argument or an email already taken exits with status 1 and says why.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createUser, EmailTakenError, explainInvalidUser } from "@/lib/auth/newUser";

function fail(message: string): never {
  console.error(message);
  closeDb();
  process.exit(1);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run user:create -- --email E --password P --role ROLE --name NAME`);
}

try {
  runMigrations();
  const id = await createUser({ email: values.email ?? "", password: values.password ?? "", role: values.role ?? "", name: values.name ?? "" });
  console.log(id);
  closeDb();
} catch (error) {
  if (error instanceof z.ZodError) fail(`Cannot create the user:\n${explainInvalidUser(error)}`);
  if (error instanceof EmailTakenError) fail(`Cannot create the user: an account with ${error.email} already exists.`);
  throw error;
}
