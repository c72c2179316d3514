import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newUserInput } from "@/lib/auth/newUser";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";

const { dataDir } = setUpTemporaryDatabase({ demoContent: false });

function createUserCommand(...args: string[]) {
  return spawnSync("node_modules/.bin/tsx", ["scripts/create-user.ts", ...args], {
    env: { ...process.env, DATABASE_FILE: path.join(dataDir, "portal.db") },
    encoding: "utf8",
  });
}

const valid = { email: "sampadak@example.com", password: "das-akshar-1", role: "editor", name: "संपादक" };

describe("creating a user from the command line", () => {
  it("refuses a password of 9 characters", () => {
    const result = newUserInput.safeParse({ ...valid, password: "nau-akshr" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["passwordTooShort"]);
  });

  it("refuses a role that is not one of the four", () => {
    expect(newUserInput.safeParse({ ...valid, role: "owner" }).success).toBe(false);
  });

  it("stores the email lower-cased and the name NFC-normalised", () => {
    const parsed = newUserInput.parse({ ...valid, email: " Sampadak@Example.COM ", name: "रा\u091C\u093C्य" });
    expect(parsed.email).toBe("sampadak@example.com");
    expect(parsed.name).toBe("रा\u095B्य".normalize("NFC"));
  });

  it("prints the new account's id, then refuses the same email a second time", { timeout: 30_000 }, () => {
    const args = ["--email", valid.email, "--password", valid.password, "--role", valid.role, "--name", valid.name];
    const first = createUserCommand(...args);
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toMatch(/^\d+$/);
    const again = createUserCommand(...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("exits with status 1 and says why when the password is 9 characters", { timeout: 30_000 }, () => {
    const result = createUserCommand("--email", "naya@example.com", "--password", "nau-akshr", "--role", "author", "--name", "नया");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--password: The password must be at least 10 characters long.");
  });
});
