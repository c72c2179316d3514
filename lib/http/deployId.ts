import { readFileSync } from "node:fs";
import path from "node:path";

let known: string | undefined;

/**
 * Something that changes with every build, for validators of rendered pages: after a deploy the same article
 * version renders new markup, and a browser's copy from the previous build must not be confirmed as fresh.
 * NEXT_DEPLOYMENT_ID when the host sets one, else the build id Next wrote beside its output; "dev" without a build.
 */
export function deployId(): string {
  known ??= process.env.NEXT_DEPLOYMENT_ID || readBuildId();
  return known;
}

function readBuildId(): string {
  // The build folder as next.config.ts chooses it.
  const buildFolder = process.env.NEXT_DIST_DIR ?? ".next";
  try {
    return readFileSync(path.join(process.cwd(), buildFolder, "BUILD_ID"), "utf8").trim() || "dev";
  } catch {
    return "dev";
  }
}
