import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import type { StaffUser } from "@/db/queries/users";
import { insertUser } from "@/db/queries/users";
import { getArticleWorkflowState } from "@/db/queries/workflow";
import { articleRevisions, auditEvents, type Role } from "@/db/schema";
import { signInAs } from "@/lib/testing/signedInSession";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import messages from "@/messages/hi.json";

// The action runs as whoever this test signs in; the rest (permissions, database, messages) is the real thing.
vi.mock("@/lib/auth/session", async (importOriginal) =>
  (await import("@/lib/testing/signedInSession")).signedInSession(await importOriginal()),
);
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "hi", messages, namespace: namespace as never }),
}));

const { changeStatus } = await import("./workflow");

setUpTemporaryDatabase();
const staff = {} as Record<Role, StaffUser>;
let sectionId: number;

beforeAll(async () => {
  sectionId = (await getSectionBySlug("rajniti"))!.id;
  for (const role of ["contributor", "author", "editor", "admin"] as const) {
    const email = `${role}@example.com`;
    const id = await insertUser({ email, name: role, passwordHash: "not-a-real-hash", role });
    staff[role] = { id, email, name: role, role, locale: "hi" };
  }
});

let counter = 0;
function storyBy(writer: StaffUser, status: "draft" | "in_review" | "published" = "draft") {
  counter += 1;
  return insertArticle({
    locale: "hi",
    sectionId,
    slug: `sansad-satra-${counter}`,
    headline: "संसद का सत्र",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
    bodyText: "पाठ।",
    status,
    publishedAt: status === "published" ? new Date(Date.now() - 60_000) : null,
    updatedAt: new Date(),
    createdByUserId: writer.id,
    tags: [],
    authorIds: [],
  });
}

function as(role: Role | null) {
  signInAs(role ? staff[role] : null);
}

async function auditsOf(articleId: number, action: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, articleId), eq(auditEvents.action, action)));
}

describe("changing an article's status from the newsroom", () => {
  it("refuses to publish or submit an untitled, empty draft", async () => {
    counter += 1;
    const id = await insertArticle({
      locale: "hi",
      sectionId,
      slug: `khali-${counter}`,
      headline: "",
      body: { version: 1, blocks: [] },
      bodyText: "",
      status: "draft",
      updatedAt: new Date(),
      createdByUserId: staff.editor.id,
      tags: [],
      authorIds: [],
    });
    as("editor");
    for (const transition of ["publish", "submit"] as const) {
      expect(await changeStatus({ articleId: id, version: 1, transition })).toEqual({
        ok: false,
        code: "invalid",
        error: messages.admin.workflow.incomplete,
      });
    }
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft", version: 1 });
  });

  it("refuses a contributor who posts publish directly, names the step, and leaves the story untouched", async () => {
    const id = await storyBy(staff.contributor);
    as("contributor");
    const result = await changeStatus({ articleId: id, version: 1, transition: "publish" });
    expect(result).toEqual({ ok: false, code: "forbidden", error: messages.admin.workflow.forbidden.publish });
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft", version: 1, publishedAt: null });
    expect(await auditsOf(id, "article.publish")).toEqual([]);
  });

  it("lets a contributor submit their draft, and an editor publish it, each leaving an audit event", async () => {
    const id = await storyBy(staff.contributor);
    as("contributor");
    expect(await changeStatus({ articleId: id, version: 1, transition: "submit" })).toEqual({
      ok: true,
      data: { version: 2, status: "in_review", publishedAt: null, scheduledAt: null },
    });
    as("editor");
    const published = await changeStatus({ articleId: id, version: 2, transition: "publish" });
    expect(published).toMatchObject({ ok: true, data: { version: 3, status: "published", scheduledAt: null } });
    expect(published.ok && Date.now() - Date.parse(published.data.publishedAt!)).toBeLessThan(5000);

    const [submitted] = await auditsOf(id, "article.submit");
    expect(submitted).toMatchObject({ userId: staff.contributor.id, ip: "203.0.113.9", details: { from: "draft", to: "in_review" } });
    expect(await auditsOf(id, "article.publish")).toHaveLength(1);
    const revisions = await getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id));
    expect(revisions.map((r) => [r.version, r.kind, r.userId])).toEqual([
      [2, "save", staff.contributor.id],
      [3, "publish", staff.editor.id],
    ]);
  });

  it("answers a stale version with the Hindi conflict message and changes nothing", async () => {
    const id = await storyBy(staff.editor, "in_review");
    as("editor");
    await changeStatus({ articleId: id, version: 1, transition: "sendBack" });
    const stale = await changeStatus({ articleId: id, version: 1, transition: "publish" });
    expect(stale).toEqual({ ok: false, code: "conflict", error: "इस बीच किसी और ने यह लेख बदल दिया है (अब यह “मसौदा” है)। ताज़ा संस्करण देखने के लिए पेज फिर से लोड करें।" });
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft", version: 2 });
  });

  it("does not let an author publish another writer's story, but does let them publish their own", async () => {
    const theirs = await storyBy(staff.contributor, "in_review");
    const own = await storyBy(staff.author);
    as("author");
    expect(await changeStatus({ articleId: theirs, version: 1, transition: "publish" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await changeStatus({ articleId: own, version: 1, transition: "publish" })).toMatchObject({ ok: true, data: { status: "published" } });
  });

  it("schedules for a time typed in the form as IST, and cancels it again", async () => {
    const id = await storyBy(staff.editor);
    as("editor");
    const tomorrow = new Date(Date.now() + 86_400_000);
    const istWallClock = new Date(tomorrow.getTime() + 5.5 * 3_600_000).toISOString().slice(0, 16);
    const scheduled = await changeStatus({ articleId: id, version: 1, transition: "schedule", scheduledAt: istWallClock });
    expect(scheduled).toMatchObject({ ok: true, data: { status: "scheduled", scheduledAt: `${tomorrow.toISOString().slice(0, 16)}:00.000Z` } });
    expect(await auditsOf(id, "article.schedule")).toHaveLength(1);
    expect(await changeStatus({ articleId: id, version: 2, transition: "unschedule" })).toMatchObject({ ok: true, data: { status: "draft", scheduledAt: null } });
  });

  it("explains a scheduled time that has passed, is missing or cannot be read, next to the time field", async () => {
    const id = await storyBy(staff.editor);
    as("editor");
    const { workflow } = messages.admin;
    for (const [scheduledAt, message] of [
      [new Date(Date.now() - 60_000).toISOString(), workflow.scheduleInPast],
      [undefined, workflow.scheduleMissing],
      ["कल सुबह दस बजे", workflow.scheduleInvalid],
      [new Date(Date.now() + 400 * 86_400_000).toISOString(), workflow.scheduleTooFar],
    ] as const) {
      expect(await changeStatus({ articleId: id, version: 1, transition: "schedule", scheduledAt })).toEqual({
        ok: false,
        code: "invalid",
        error: message,
        fieldErrors: { scheduledAt: [message] },
      });
    }
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft", version: 1 });
  });

  it("explains a step that does not fit the story's status", async () => {
    const id = await storyBy(staff.editor, "published");
    as("editor");
    expect(await changeStatus({ articleId: id, version: 1, transition: "submit" })).toEqual({
      ok: false,
      code: "invalid",
      error: "यह लेख अभी “प्रकाशित” है, इसलिए यह कदम नहीं उठाया जा सकता। पेज फिर से लोड करके देखें।",
    });
  });

  it("answers plainly when the article does not exist or nobody is signed in", async () => {
    as("editor");
    expect(await changeStatus({ articleId: 999_999, version: 1, transition: "publish" })).toMatchObject({ ok: false, code: "notFound" });
    as(null);
    const id = await storyBy(staff.editor);
    expect(await changeStatus({ articleId: id, version: 1, transition: "publish" })).toMatchObject({ ok: false, code: "signedOut" });
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft" });
  });
});
