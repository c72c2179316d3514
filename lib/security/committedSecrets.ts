/**
 * Spots files that look like secrets: environment files with values, keys and certificates, and credentials
 * written into source. The portal needs none in its repository (sessions are random tokens stored hashed, the
 * internal-call secret is made per process, the first admin's password comes from the environment), so any hit
 * is a mistake to undo before it is pushed.
 */

export type SecretFinding = { file: string; reason: string };

const secretFileNames: [RegExp, string][] = [
  [/(^|\/)\.env(\.(?!example$)[^/]*)?$/, "an environment file (only .env.example, without values, belongs in the repository)"],
  [/\.(pem|key|p12|pfx|jks|keystore|crt|der)$/i, "a key or certificate file"],
  [/(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, "an SSH key"],
  [/(^|\/)\.(netrc|pgpass|htpasswd)$/, "a credentials file"],
];

// Written in pieces so that this file does not match itself.
const privateKeyBlock = new RegExp(["-----BEGIN", "[A-Z ]*PRIVATE KEY-----"].join(" ?"));
const knownTokenShapes: [RegExp, string][] = [
  [privateKeyBlock, "a private key"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, "a GitHub token"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/\bsk_live_[A-Za-z0-9]{16,}/, "a Stripe key"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"],
  [/\/\/[^/\s:@]+:_authToken=[^\s$]{8,}/, "an npm token"],
];
/** A long random-looking value given to a name that says secret: `SESSION_SECRET = "…"`, `apiKey: '…'`, `TOKEN=…`. */
const assignedSecret =
  /\b[A-Za-z_]*(secret|token|passw(or)?d|api[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|auth[_-]?key)[A-Za-z_]*["']?\s*[:=]\s*["'`]?([A-Za-z0-9+/_=-]{32,})/i;
const randomLooking = /^(?:[a-f0-9]{32,}|[A-Za-z0-9+/_-]{32,}={0,2})$/;

export function secretFileReason(file: string): string | null {
  return secretFileNames.find(([pattern]) => pattern.test(file))?.[1] ?? null;
}

/** Why this text looks like it holds a secret, or null. */
export function secretContentReason(text: string): string | null {
  for (const [pattern, reason] of knownTokenShapes) if (pattern.test(text)) return reason;
  for (const line of text.split("\n")) {
    const match = assignedSecret.exec(line);
    // A value with letters and digits mixed, not an identifier or a word: what generated secrets look like.
    if (match && randomLooking.test(match[3]!) && /\d/.test(match[3]!) && /[a-z]/i.test(match[3]!)) return `a value assigned to ${match[0].split(/\s*[:=]/)[0]!.trim()}`;
  }
  return null;
}

/** Checks the tracked files; `read` returns a file's text, or null for binaries and files too large to be source. */
export function findCommittedSecrets(files: string[], read: (file: string) => string | null): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const file of files) {
    const byName = secretFileReason(file);
    if (byName) {
      findings.push({ file, reason: byName });
      continue;
    }
    const text = read(file);
    const byContent = text === null ? null : secretContentReason(text);
    if (byContent) findings.push({ file, reason: byContent });
  }
  return findings;
}
