import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverActionIds } from "./serverActionIds";

describe("the build's server actions", () => {
  it("are the exports of \"use server\" files, not the functions of \"use cache\" files", () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "actions-"));
    fs.mkdirSync(path.join(distDir, "server"));
    const node = {
      "40aa": { exportedName: "saveArticle", filename: "app/admin/articles/[id]/actions.ts" },
      c029: { exportedName: "$$RSC_SERVER_CACHE_0", filename: "lib/search/cachedSearch.ts" },
    };
    fs.writeFileSync(path.join(distDir, "server", "server-reference-manifest.json"), JSON.stringify({ node, edge: {} }));
    expect([...serverActionIds(distDir)]).toEqual(["40aa"]);
  });
});
