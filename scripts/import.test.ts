import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// The command is run as an editor would run it, on copies in a folder of their own and a database that is not there:
// a dry run must neither need nor create one.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "wire-import-cli-"));
const copiesDir = path.join(workDir, "copies");
const databaseFile = path.join(workDir, "data", "portal.db");
const corpusDir = fileURLToPath(new URL("../../shared/corpus/wire/", import.meta.url));

fs.mkdirSync(path.join(copiesDir, "nested"), { recursive: true });
fs.writeFileSync(path.join(copiesDir, "b-patna.txt"), "बाढ़ से कई गाँव प्रभावित\r\nपटना, ३ अगस्त (भाषा) । नदी का जलस्तर बढ़ा है।\r\nब्यूरो रिपोर्ट\r\n");
fs.writeFileSync(path.join(copiesDir, "nested", "a-kolkata.txt"), "\uFEFFबारिश जारी\n\nकोलकाता: सुबह से बारिश हो रही है।\n");
fs.writeFileSync(path.join(copiesDir, "README"), "not a copy");
fs.writeFileSync(path.join(copiesDir, "index.json"), "[]");

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function tsx(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync("node_modules/.bin/tsx", [script, ...args], { env: { ...process.env, DATABASE_FILE: databaseFile, ...env }, encoding: "utf8" });
}

const importCommand = (...args: string[]) => tsx("scripts/import.ts", args);

describe("npm run import on the command line", () => {
  it("prints one JSON object per copy found in a folder, recursively and in name order, and exits 0", { timeout: 60_000 }, () => {
    const result = importCommand("--dry-run", "--json", copiesDir);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: path.join(copiesDir, "b-patna.txt"),
        ok: true,
        outcome: "would-import",
        article: {
          headline: "बाढ़ से कई गाँव प्रभावित".normalize("NFC"),
          dateline: { place: "पटना", day: 3, month: 8, year: null, agency: "भाषा", date: expect.stringMatching(/^\d{4}-08-03$/) },
          paragraphs: ["नदी का जलस्तर बढ़ा है।".normalize("NFC")],
          byline: "ब्यूरो रिपोर्ट",
        },
      },
      {
        file: path.join(copiesDir, "nested", "a-kolkata.txt"),
        ok: true,
        outcome: "would-import",
        article: {
          headline: "बारिश जारी",
          dateline: { place: "कोलकाता", day: null, month: null, year: null, agency: null },
          paragraphs: ["सुबह से बारिश हो रही है।"],
          byline: null,
        },
      },
    ]);
    expect(fs.existsSync(databaseFile)).toBe(false);
  });

  it("reads the whole corpus in a dry run, the seed copy among it", { timeout: 60_000 }, () => {
    const result = importCommand("--dry-run", "--json", corpusDir);
    expect(result.status, result.stderr).toBe(0);
    const outcomes = JSON.parse(result.stdout);
    expect(outcomes).toHaveLength(31);
    expect(outcomes[0].article.dateline).toMatchObject({ place: "प्योंगयांग", day: 14, month: 9, year: null, agency: null });
  });

  it("exits 1 when a file fails, reports it, and still reads the others", { timeout: 60_000 }, () => {
    const broken = path.join(workDir, "broken.txt");
    fs.writeFileSync(broken, Buffer.from([0x41, 0x0a, 0xff, 0x0a]));
    const result = importCommand("--dry-run", "--json", broken, path.join(copiesDir, "b-patna.txt"));
    expect(result.status).toBe(1);
    const [failed, read] = JSON.parse(result.stdout);
    expect(failed).toMatchObject({ file: broken, ok: false, error: "not UTF-8 text (invalid byte at offset 2)" });
    expect(read).toMatchObject({ ok: true, outcome: "would-import" });
  });

  it("prints a summary with the failures and the speed when --json is not given", { timeout: 60_000 }, () => {
    const empty = path.join(workDir, "empty.txt");
    fs.writeFileSync(empty, "");
    const result = importCommand("--dry-run", copiesDir, empty);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^would import 2, already imported 0, failed 1 \(3 files in [\d.]+ s, \d+ articles\/s\)\n {2}.*empty\.txt: empty file\n$/);
  });

  it("exits 2 and explains the usage when an argument is wrong", { timeout: 60_000 }, () => {
    const result = importCommand("--status", "live", copiesDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--status takes draft, in_review or published");
    expect(result.stderr).toContain("Usage: npm run import");
    expect(importCommand("--dry-run", path.join(workDir, "missing")).stderr).toContain("No such file or folder");
  });

  it("answers --help with the usage", { timeout: 60_000 }, () => {
    const result = importCommand("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--section SLUG");
  });
});

describe("npm run import into a database", () => {
  const newsroomDatabase = path.join(workDir, "newsroom", "portal.db");
  const importInto = (...args: string[]) => tsx("scripts/import.ts", args, { DATABASE_FILE: newsroomDatabase });

  it("imports the copies, then finds them already imported the second time, exiting 0 both times", { timeout: 120_000 }, () => {
    const prepared = tsx("scripts/migrate.ts", [], { DATABASE_FILE: newsroomDatabase, SEED_DEMO_CONTENT: "0" });
    expect(prepared.status, prepared.stderr).toBe(0);
    const sqlite = new Database(newsroomDatabase);
    sqlite.prepare("insert into sections (slug, name, name_en, position) values ('desh', 'देश', 'India', 0)").run();
    sqlite.close();

    const first = importInto("--section", "desh", "--tag", "बाढ़", copiesDir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^imported 2, already imported 0, failed 0 /);
    const second = importInto("--json", copiesDir);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).map((outcome: { outcome: string }) => outcome.outcome)).toEqual(["already-imported", "already-imported"]);

    const check = new Database(newsroomDatabase, { readonly: true });
    const rows = check.prepare("select a.status, a.dateline_place as place, (select count(*) from article_tags t where t.article_id = a.id) as tags from articles a order by a.id").all();
    check.close();
    expect(rows).toEqual([
      { status: "draft", place: "पटना", tags: 2 },
      { status: "draft", place: "कोलकाता", tags: 2 },
    ]);
  });

  it("refuses an unknown section with exit status 2 before importing anything", { timeout: 60_000 }, () => {
    const result = importInto("--section", "khel", path.join(corpusDir, "00-putin-kim-nimantran.txt"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Nothing imported: unknown section "khel" (known: desh)');
  });
});
