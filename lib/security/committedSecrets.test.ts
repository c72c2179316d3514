import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { findCommittedSecrets, secretContentReason, secretFileReason } from "./committedSecrets";

/** Files in the repository and new ones not ignored: what the next commit could hold. */
function trackedFiles(): string[] | null {
  try {
    return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

function readSource(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > 2 * 1024 * 1024) return null;
  const bytes = fs.readFileSync(file);
  return bytes.includes(0) ? null : bytes.toString("utf8");
}

const tracked = trackedFiles();

describe("committed secrets", () => {
  it.skipIf(tracked === null)("no tracked file is an environment file, a key or a credential", () => {
    expect(findCommittedSecrets(tracked!, readSource)).toEqual([]);
  });

  it("environment files, keys and certificates are recognised by name", () => {
    expect(secretFileReason(".env")).not.toBeNull();
    expect(secretFileReason("deploy/.env.production")).not.toBeNull();
    expect(secretFileReason(".env.example")).toBeNull();
    expect(secretFileReason("certs/server.pem")).not.toBeNull();
    expect(secretFileReason("home/.ssh/id_ed25519")).not.toBeNull();
    expect(secretFileReason("lib/auth/session.ts")).toBeNull();
  });

  it("private keys, known token shapes and random values given to secret names are recognised in text", () => {
    expect(secretContentReason(["-----BEGIN", "RSA PRIVATE KEY-----\nMIIE"].join(" "))).toBe("a private key");
    expect(secretContentReason(`const key = "AKIA${"ABCDEFGHIJ234567"}";`)).toBe("an AWS access key");
    expect(secretContentReason(`SESSION_SECRET=${"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}`)).not.toBeNull();
    expect(secretContentReason(`  apiKey: "${"sk9Qe1Zr7XbL0pTz4WcY2hVn8MdK3sJf"}",`)).not.toBeNull();
  });

  it("ordinary code about secrets, hashes and test passwords is not mistaken for a secret", () => {
    expect(secretContentReason('const secret = () => processShared("internalCallSecret", () => randomBytes(32).toString("hex"));')).toBeNull();
    expect(secretContentReason('"integrity": "sha512-p8bS1ipcJAqB+QfZ2vf1V3P2L1x3H5Dq3ZkF4y1k2vQ0r9T4u5W6x7Y8z9A0B1C2D3E4F5G6H7I8J9K0L1M2N3O4P5Q==",')).toBeNull();
    expect(secretContentReason('bootstrapAdmin({ ADMIN_EMAIL: "a@example.com", ADMIN_PASSWORD: "pehla-password" })')).toBeNull();
    expect(secretContentReason("tokenHash: hashToken(token),")).toBeNull();
  });
});
