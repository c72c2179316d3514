import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { type Role, users } from "../schema";

export type User = typeof users.$inferSelect;
export type StaffUser = Pick<User, "id" | "email" | "name" | "role" | "locale">;

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

export async function getUserById(id: number): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function insertUser(row: { email: string; name: string; passwordHash: string; role: Role }): Promise<number> {
  const [inserted] = await getDb()
    .insert(users)
    .values({ ...row, updatedAt: new Date() })
    .returning({ id: users.id });
  return inserted!.id;
}

export async function countUsers(): Promise<number> {
  return getDb().$count(users);
}
