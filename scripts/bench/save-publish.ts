/**
 * Server time to save and to publish an article, median of 20, measured in-process around the code the newsroom
 * actions run (validation, permission and reference checks, the transaction, the audit row), without Next's
 * request handling. Usage: npx tsx scripts/bench/save-publish.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchArticleDraft } from "./benchDraft";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "editor-bench-"));
process.env.DATABASE_FILE = path.join(dir, "portal.db");
const { prepareDatabase } = await import("@/lib/demo/prepareDatabase");
await prepareDatabase();
const { closeDb } = await import("@/db/client");
const { insertUser } = await import("@/db/queries/users");
const { createDraftArticle, releaseLock } = await import("@/db/queries/articleEditing");
const { listSections } = await import("@/db/queries/sections");
const { getArticleWorkflowState, applyTransition } = await import("@/db/queries/workflow");
const { articleDraftSchema } = await import("@/lib/content/articleDraft");
const { saveDraft } = await import("@/lib/newsroom/articleSaving");
const { planTransition } = await import("@/lib/newsroom/workflow");
const { getArticleCacheTarget } = await import("@/db/queries/articleCacheTarget");
const { insertAuditEvent } = await import("@/db/queries/audit");

const userId = await insertUser({ email: "bench@example.com", name: "बेंच", passwordHash: "x", role: "editor" });
const actor = { id: userId, role: "editor" as const };
const sectionId = (await listSections())[0]!.id;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return (s[9]! + s[10]!) / 2; };
const saveTimes: number[] = [];
const publishTimes: number[] = [];
const ids: number[] = [];
for (let n = 0; n < 20; n++) ids.push(await createDraftArticle({ locale: "hi", sectionId, userId, now: new Date() }));

for (const [n, id] of ids.entries()) {
  const started = performance.now();
  const parsed = articleDraftSchema.parse(benchArticleDraft(n, sectionId));
  await getArticleCacheTarget(id);
  const outcome = await saveDraft({ actor, articleId: id, baseVersion: 1, draft: parsed });
  await insertAuditEvent({ action: "article.save", userId, targetType: "article", targetId: id, details: { version: 2 }, ip: "" });
  saveTimes.push(performance.now() - started);
  if (outcome.outcome !== "saved") throw new Error(outcome.outcome);
  await releaseLock(id, userId);
}
for (const id of ids) {
  const started = performance.now();
  const state = (await getArticleWorkflowState(id))!;
  const planned = planTransition(actor, state, "publish", { now: new Date() });
  if (!planned.ok) throw new Error(planned.reason);
  const applied = await applyTransition({ articleId: id, expectedVersion: state.version, ...planned.plan, userId, kind: "publish" });
  await insertAuditEvent({ action: "article.publish", userId, targetType: "article", targetId: id, details: { version: applied.conflict ? 0 : applied.version }, ip: "" });
  publishTimes.push(performance.now() - started);
  if (applied.conflict) throw new Error("conflict");
}
console.log(`save: median ${median(saveTimes).toFixed(2)} ms (min ${Math.min(...saveTimes).toFixed(2)}, max ${Math.max(...saveTimes).toFixed(2)})`);
console.log(`publish: median ${median(publishTimes).toFixed(2)} ms (min ${Math.min(...publishTimes).toFixed(2)}, max ${Math.max(...publishTimes).toFixed(2)})`);
closeDb();
fs.rmSync(dir, { recursive: true, force: true });
