import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import { getArticleWorkflowState } from "@/db/queries/workflow";
import { articleRevisions, auditEvents } from "@/db/schema";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { publishDueStories, startScheduler } from "./scheduler";

setUpTemporaryDatabase();
const minute = 60_000;
let sectionId: number;

beforeAll(async () => {
  sectionId = (await getSectionBySlug("khel"))!.id;
});

let counter = 0;
function scheduledStory(scheduledAt: Date) {
  counter += 1;
  return insertArticle({
    locale: "hi",
    sectionId,
    slug: `nirdharit-khabar-${counter}`,
    headline: `निर्धारित ख़बर ${counter}`,
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
    bodyText: "पाठ।",
    status: "scheduled",
    scheduledAt,
    updatedAt: new Date(),
    tags: [],
    authorIds: [],
  });
}

async function tracesOf(articleId: number) {
  const [revisions, audits] = await Promise.all([
    getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)),
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "article.publish"), eq(auditEvents.targetId, articleId))),
  ]);
  return { revisions, audits };
}

describe("scheduled publishing", () => {
  it("publishes a story scheduled a minute ago in one pass, with a publish revision and an audit event by the scheduler", async () => {
    const id = await scheduledStory(new Date(Date.now() - minute));
    const now = new Date();
    expect(await publishDueStories(now)).toEqual([id]);

    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "published", publishedAt: now, scheduledAt: null, version: 2 });
    const { revisions, audits } = await tracesOf(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ kind: "publish", version: 2, userId: null });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ userId: null, targetType: "article", details: { by: "scheduler" } });
  });

  it("publishes a story exactly once however many passes run, one after another or at the same time", async () => {
    const id = await scheduledStory(new Date(Date.now() - minute));
    const now = new Date();
    const concurrent = await Promise.all([publishDueStories(now), publishDueStories(now)]);
    const later = [await publishDueStories(new Date()), await publishDueStories(new Date())];

    expect([...concurrent, ...later].flat()).toEqual([id]);
    const { revisions, audits } = await tracesOf(id);
    expect(revisions.filter((r) => r.kind === "publish")).toHaveLength(1);
    expect(audits).toHaveLength(1);
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "published", version: 2 });
  });

  it("leaves a story scheduled for later alone", async () => {
    const scheduledAt = new Date(Date.now() + 10 * minute);
    const id = await scheduledStory(scheduledAt);
    expect(await publishDueStories(new Date())).toEqual([]);
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "scheduled", scheduledAt, publishedAt: null, version: 1 });
    expect((await tracesOf(id)).revisions).toEqual([]);
  });

  it("catches up at start: a story that fell due while the server was down goes out at once, without waiting an interval", async () => {
    const id = await scheduledStory(new Date(Date.now() - 3 * 60 * minute));
    const stop = startScheduler({ intervalMs: 60 * minute });
    try {
      await vi.waitFor(async () => expect((await getArticleWorkflowState(id))!.status).toBe("published"), { timeout: 1000, interval: 20 });
    } finally {
      await stop();
    }
    expect((await tracesOf(id)).audits).toHaveLength(1);
  });

  it("publishes a story when its time comes while the server runs, with nobody touching the newsroom", async () => {
    const stop = startScheduler({ intervalMs: 50 });
    try {
      const scheduledAt = new Date(Date.now() + 300);
      const id = await scheduledStory(scheduledAt);
      expect((await getArticleWorkflowState(id))!.status).toBe("scheduled");
      await vi.waitFor(async () => expect((await getArticleWorkflowState(id))!.status).toBe("published"), { timeout: 2000, interval: 20 });
      const { publishedAt } = (await getArticleWorkflowState(id))!;
      expect(publishedAt!.getTime()).toBeGreaterThanOrEqual(scheduledAt.getTime());
      expect(publishedAt!.getTime() - scheduledAt.getTime()).toBeLessThan(500);
    } finally {
      await stop();
    }
  });
});

describe("the scheduler on shutdown", () => {
  it("is stopped by the server's shutdown, which waits for a pass in progress, and runs no pass after it", async () => {
    const { stopBackgroundWork } = await import("@/lib/server/lifecycle");
    const id = await scheduledStory(new Date(Date.now() - minute));
    // The first pass starts at once; the shutdown comes while it runs.
    startScheduler({ intervalMs: 20 });
    await stopBackgroundWork();
    expect((await getArticleWorkflowState(id))!.status).toBe("published");
    const later = await scheduledStory(new Date(Date.now() - minute));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await getArticleWorkflowState(later))!.status).toBe("scheduled");
  });
});
