import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { mediaDir } from "@/db/paths";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { GET } from "./route";

// Seeding the demo newsroom (with its photos) can outlast the default 10 s hook timeout on a busy 2-core machine.
vi.setConfig({ hookTimeout: 30_000 });
setUpTemporaryDatabase();

const ask = (file: string) => GET(new Request(`http://localhost/media/${encodeURIComponent(file)}`), { params: Promise.resolve({ file }) });

describe("serving a stored original", () => {
  it("answers with the type recorded at upload and headers that keep it an image", async () => {
    const [name] = fs.readdirSync(mediaDir());
    const response = await ask(name!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="${name}"`);
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(mediaDir(), name!)))).toBe(true);
  });

  it("refuses any name that is not a stored name, paths first", async () => {
    for (const name of ["../portal.db", "..%2Fportal.db", "/etc/passwd", `${"a".repeat(64)}.svg`, `${"A".repeat(64)}.jpg`, "x.jpg", `${"a".repeat(64)}.jpg/..`]) {
      expect((await ask(name)).status).toBe(404);
    }
  });

  it("answers 404 for a well-formed name no media row has, and for a row whose file is gone", async () => {
    expect((await ask(`${"0".repeat(64)}.jpg`)).status).toBe(404);
    const [name] = fs.readdirSync(mediaDir());
    const aside = path.join(mediaDir(), "..", "aside");
    fs.renameSync(path.join(mediaDir(), name!), aside);
    try {
      expect((await ask(name!)).status).toBe(404);
    } finally {
      fs.renameSync(aside, path.join(mediaDir(), name!));
    }
  });
});
