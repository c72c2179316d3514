/**
 * Fires 100 wrong passwords for one account at once and reports how many were answered as plain wrong passwords
 * before the lock showed, and whether the right password is refused afterwards.
 * Usage:
 *   npx next build && npx tsx scripts/bench/login-lockout.ts   through the real login form of the production build
 *   npx tsx scripts/bench/login-lockout.ts --in-process          attemptLogin on a temporary database, no server
 * Options: --attempts N (100); --one-address sends every attempt from one client address (then the address
 * throttle joins in); by default each attempt comes from its own address, like a distributed guesser.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import hindi from "@/messages/hi.json";
import { loginFormFields } from "./newsroomClient";
import { startPortal } from "./portalServer";

const { values } = parseArgs({
  options: { attempts: { type: "string", default: "100" }, "in-process": { type: "boolean", default: false }, "one-address": { type: "boolean", default: false } },
});
const attempts = Number(values.attempts);
const admin = { email: "admin@example.com", password: "sahi-password-123" };

type Answer = "signedIn" | "wrongCredentials" | "tooManyAttempts" | "other";
type Attempt = (password: string, address: string) => Promise<Answer>;

const addressOf = (i: number) => (values["one-address"] ? "198.51.100.1" : `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);

function tally(answers: Answer[]): Record<Answer, number> {
  const counts: Record<Answer, number> = { signedIn: 0, wrongCredentials: 0, tooManyAttempts: 0, other: 0 };
  for (const answer of answers) counts[answer] += 1;
  return counts;
}

async function measure(attempt: Attempt): Promise<void> {
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: attempts }, (_, i) => attempt(`andaza-${i}`, addressOf(i))));
  const elapsed = performance.now() - started;
  const counts = tally(answers);
  const afterwards = await attempt(admin.password, addressOf(attempts + 1));
  console.log(`${attempts} parallel wrong passwords for one account (${values["one-address"] ? "one client address" : "one address each"}), ${elapsed.toFixed(0)} ms:`);
  console.log(`  answered "wrong email or password" (counted before the lock showed): ${counts.wrongCredentials}`);
  console.log(`  answered "too many attempts": ${counts.tooManyAttempts}`);
  console.log(`  signed in: ${counts.signedIn}${counts.other ? `, other answers: ${counts.other}` : ""}`);
  console.log(`  the right password right after: ${afterwards === "tooManyAttempts" ? "refused (too many attempts)" : afterwards}`);
}

async function inProcess(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lockout-"));
  process.env.DATABASE_FILE = path.join(dataDir, "portal.db");
  process.env.SEED_DEMO_CONTENT = "0";
  const { prepareDatabase } = await import("@/lib/demo/prepareDatabase");
  const { createUser } = await import("@/lib/auth/newUser");
  const { attemptLogin } = await import("@/lib/auth/login");
  const { getUserById } = await import("@/db/queries/users");
  const { closeDb } = await import("@/db/client");
  try {
    await prepareDatabase();
    const id = await createUser({ ...admin, name: "Admin", role: "admin" });
    await measure(async (password, address) => {
      const decision = await attemptLogin({ email: admin.email, password, address });
      return decision.ok ? "signedIn" : decision.reason === "invalid" ? "other" : decision.reason;
    });
    const user = await getUserById(id);
    console.log(`  failed logins counted on the account: ${user?.failedLogins}; locked until ${user?.lockedUntil?.toISOString()}`);
  } finally {
    closeDb();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function throughServer(): Promise<void> {
  // The bench plays the proxy that sets X-Forwarded-For, so the server is told to trust one.
  const portal = await startPortal(undefined, { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, TRUST_PROXY: "1" });
  try {
    const fields = await loginFormFields(portal.origin);
    const tooMany = hindi.admin.login.tooManyAttempts.split("{")[0]!;
    await measure(async (password, address) => {
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      body.set("email", admin.email);
      body.set("password", password);
      const response = await fetch(`${portal.origin}/admin/login`, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { origin: portal.origin, "x-forwarded-for": address },
      });
      if (response.status === 303 || response.headers.get("location")) return "signedIn";
      const message = /<p class="notice notice-error" role="alert">([^<]*)<\/p>/.exec(await response.text())?.[1] ?? "";
      if (message === hindi.admin.login.wrongCredentials) return "wrongCredentials";
      return message.startsWith(tooMany) ? "tooManyAttempts" : "other";
    });
  } finally {
    await portal.stop();
  }
}

await (values["in-process"] ? inProcess() : throughServer());
