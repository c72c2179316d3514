import { z } from "zod";
import { countUsers } from "@/db/queries/users";
import { createUser, EmailTakenError, explainInvalidUser } from "./newUser";

/**
 * The first admin of a new install: when nobody has an account yet and ADMIN_EMAIL and ADMIN_PASSWORD are set,
 * that admin is created on server start. Once any account exists the variables are ignored, so changing them
 * later never resets a password.
 */
export async function bootstrapAdmin(env: Record<string, string | undefined> = process.env): Promise<number | null> {
  const email = env.ADMIN_EMAIL;
  const password = env.ADMIN_PASSWORD;
  if (!email || !password || (await countUsers()) > 0) return null;
  try {
    const id = await createUser({ email, password, name: env.ADMIN_NAME || "Admin", role: "admin" });
    console.info(`Created the first admin account (${email}).`);
    return id;
  } catch (error) {
    // Another process starting at the same moment created it first.
    if (error instanceof EmailTakenError) return null;
    if (error instanceof z.ZodError) {
      throw new Error(`No admin created from the environment:\n${explainInvalidUser(error, (field) => `ADMIN_${field.toUpperCase()}`)}`);
    }
    throw error;
  }
}
