import fs from "node:fs";
import path from "node:path";

type ManifestEntry = { exportedName?: string };

/** Next names the functions of `"use cache"` files this way in the same manifest as the real actions. */
const cachedFunctionName = /^\$\$RSC_SERVER_CACHE/;

/**
 * The ids of the build's server actions: the exports of "use server" files, as the newsroom's scripts send them
 * in `Next-Action`. Read once when the server starts, from the build it serves.
 */
export function serverActionIds(distDir: string): Set<string> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  return new Set(
    Object.entries(manifest.node ?? {})
      .filter(([, entry]) => !cachedFunctionName.test(entry.exportedName ?? ""))
      .map(([id]) => id),
  );
}
