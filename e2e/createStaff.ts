/** Run by the browser tests' web server command, after migration and before `next start`. */
import { closeDb } from "@/db/client";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { staff } from "./staff";

for (const account of Object.values(staff)) {
  await insertUser({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) });
}
closeDb();
console.log(`created ${Object.keys(staff).length} newsroom accounts`);
