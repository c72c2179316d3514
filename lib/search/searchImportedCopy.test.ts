import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { importWireFiles } from "@/lib/import/importWireFiles";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { searchArticles } from "./searchArticles";

setUpTemporaryDatabase();

// Shared test data, read in place: the Gaya kabaddi copy of the example query.
const copyFile = fileURLToPath(new URL("../../../shared/corpus/wire/13-kabaddi-gaya-khitab.txt", import.meta.url));
let importedId: number;

async function topResult(query: string): Promise<number | undefined> {
  const found = await searchArticles({ query, sectionSlug: null, from: null, to: null, page: 1, locale: "hi" });
  return found.results[0]?.id;
}

beforeAll(async () => {
  const [outcome] = await importWireFiles([{ name: "13-kabaddi-gaya-khitab.txt", bytes: fs.readFileSync(copyFile) }], {
    sectionSlug: "khel",
    status: "published",
    dryRun: false,
    userId: null,
  });
  if (!outcome?.ok || outcome.articleId === undefined) throw new Error("the copy did not import");
  importedId = outcome.articleId;
});

it("finds a wire copy as soon as it is imported, typed in Devanagari or in Latin letters", async () => {
  expect(await topResult("कबड्डी गया")).toBe(importedId);
  expect(await topResult("kabaddi gaya")).toBe(importedId);
  expect(await topResult("kabadi")).toBe(importedId);
});
