import { z } from "zod";
import { insertUserIfEmailFree } from "@/db/queries/users";
import { roles } from "@/db/schema";
import { normalizeLine } from "@/lib/hindi/normalize";
import english from "@/messages/en.json";
import { normalizeEmail } from "./login";
import { hashPassword, minimumPasswordLength } from "./password";

/**
 * A new account, as the command line, the first-start bootstrap and the users page give it. Messages are keys
 * of `admin.users.errors`, so each caller can say them in its editor's language.
 */
export const passwordField = z.string().min(minimumPasswordLength, "passwordTooShort").max(1024, "passwordTooLong");

export const newUserInput = z.object({
  email: z.string().transform(normalizeEmail).pipe(z.email("emailInvalid").max(254, "emailInvalid")),
  name: z.string().transform(normalizeLine).pipe(z.string().min(1, "nameRequired").max(120, "nameTooLong")),
  role: z.enum(roles, "roleInvalid"),
  password: passwordField,
});
export type NewUserInput = z.input<typeof newUserInput>;

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`an account with ${email} already exists`);
  }
}

/** Validates (throws the ZodError), hashes and creates the account; throws EmailTakenError for a taken email. */
export async function createUser(input: { [field in keyof NewUserInput]: unknown }): Promise<number> {
  const user = newUserInput.parse(input);
  const passwordHash = await hashPassword(user.password);
  const id = await insertUserIfEmailFree({ email: user.email, name: user.name, role: user.role, passwordHash });
  if (id === null) throw new EmailTakenError(user.email);
  return id;
}

/** The problems of a refused new account in plain English, one per line, for the command line and server logs. */
export function explainInvalidUser(error: z.ZodError, fieldName: (field: string) => string = (field) => `--${field}`): string {
  const messages: Record<string, string> = english.admin.users.errors;
  return error.issues.map((issue) => `${fieldName(issue.path.join("."))}: ${messages[issue.message] ?? issue.message}`).join("\n");
}
