import { describe, expect, it } from "vitest";
import { articleStatuses, type ArticleStatus, type Role } from "@/db/schema";
import { availableTransitions, maxScheduleAheadMs, planTransition, type TransitionName, transitionNames, type WorkflowArticle } from "./workflow";

const writer = 7;
const someoneElse = 8;
const editor = { id: 1, role: "editor" as Role };
const now = new Date("2025-09-14T05:00:00Z");
const inAnHour = new Date(now.getTime() + 3_600_000);
const minute = 60_000;

function article(status: ArticleStatus, overrides: Partial<WorkflowArticle> = {}): WorkflowArticle {
  return { status, createdByUserId: writer, publishedAt: status === "published" || status === "unpublished" ? new Date("2025-09-01T04:30:00Z") : null, ...overrides };
}

// Where each step may start, for an editor (who may do everything): ✓ allowed, · refused as the wrong status.
const allowedFrom: Record<TransitionName, ArticleStatus[]> = {
  submit: ["draft", "unpublished"],
  sendBack: ["in_review"],
  publish: ["draft", "in_review", "unpublished", "scheduled"],
  schedule: ["draft", "in_review", "unpublished"],
  unschedule: ["scheduled"],
  unpublish: ["published"],
  reopen: ["unpublished"],
};
const leadsTo: Record<TransitionName, ArticleStatus> = {
  submit: "in_review",
  sendBack: "draft",
  publish: "published",
  schedule: "scheduled",
  unschedule: "draft",
  unpublish: "unpublished",
  reopen: "draft",
};

describe("which step may start from which status", () => {
  for (const status of articleStatuses) {
    for (const name of transitionNames) {
      const allowed = allowedFrom[name].includes(status);
      it(`${name} on a ${status} article is ${allowed ? `allowed and leads to ${leadsTo[name]}` : "refused"}`, () => {
        const result = planTransition(editor, article(status), name, { now, scheduledAt: inAnHour });
        expect(result).toEqual(allowed ? { ok: true, plan: expect.objectContaining({ from: status, to: leadsTo[name] }) } : { ok: false, reason: "wrongStatus" });
      });
    }
  }

  it("offers an editor exactly the steps that start from the article's status", () => {
    for (const status of articleStatuses) {
      expect(availableTransitions(editor, article(status))).toEqual(transitionNames.filter((name) => allowedFrom[name].includes(status)));
    }
  });
});

describe("who may take which step", () => {
  const contributor = { id: writer, role: "contributor" as Role };
  const author = { id: writer, role: "author" as Role };

  it("lets a contributor submit their own draft but neither publish nor schedule it", () => {
    expect(availableTransitions(contributor, article("draft"))).toEqual(["submit"]);
    expect(planTransition(contributor, article("draft"), "publish", { now })).toEqual({ ok: false, reason: "forbidden" });
    expect(planTransition(contributor, article("draft"), "schedule", { now, scheduledAt: inAnHour })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("does not let a contributor return copy from review or take a story off the site", () => {
    expect(availableTransitions(contributor, article("in_review"))).toEqual([]);
    expect(planTransition(contributor, article("published"), "unpublish", { now })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lets a contributor reopen their own unpublished story and submit it again", () => {
    expect(availableTransitions(contributor, article("unpublished"))).toEqual(["submit", "reopen"]);
  });

  it("does not let a contributor touch somebody else's draft", () => {
    expect(availableTransitions(contributor, article("draft", { createdByUserId: someoneElse }))).toEqual([]);
  });

  it("lets an author publish, schedule and unpublish their own story", () => {
    expect(availableTransitions(author, article("draft"))).toEqual(["submit", "publish", "schedule"]);
    expect(availableTransitions(author, article("published"))).toEqual(["unpublish"]);
    expect(planTransition(author, article("draft"), "publish", { now }).ok).toBe(true);
  });

  it("does not let an author publish or unpublish another writer's story", () => {
    const theirs = { createdByUserId: someoneElse };
    expect(availableTransitions(author, article("in_review", theirs))).toEqual([]);
    expect(planTransition(author, article("in_review", theirs), "publish", { now })).toEqual({ ok: false, reason: "forbidden" });
    expect(planTransition(author, article("published", theirs), "unpublish", { now })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lets an editor or an admin take every step on anyone's story", () => {
    const theirs = { createdByUserId: someoneElse };
    for (const desk of [editor, { id: 2, role: "admin" as Role }]) {
      for (const name of transitionNames) {
        expect(planTransition(desk, article(allowedFrom[name][0]!, theirs), name, { now, scheduledAt: inAnHour }).ok).toBe(true);
      }
    }
  });

  it("lets an editor handle a story whose creator's account is gone", () => {
    expect(availableTransitions(editor, article("in_review", { createdByUserId: null }))).toContain("publish");
    expect(availableTransitions({ id: writer, role: "author" }, article("in_review", { createdByUserId: null }))).toEqual([]);
  });
});

describe("publication times", () => {
  function publish(from: WorkflowArticle) {
    const result = planTransition(editor, from, "publish", { now });
    if (!result.ok) throw new Error(result.reason);
    return result.plan;
  }

  it("stamps a story published for the first time with the moment of publishing", () => {
    expect(publish(article("in_review"))).toMatchObject({ publishedAt: now, updatedAt: now, scheduledAt: null });
  });

  it("keeps the first publication time when an unpublished story goes out again, and marks it updated", () => {
    const first = new Date("2025-09-01T04:30:00Z");
    expect(publish(article("unpublished", { publishedAt: first }))).toMatchObject({ publishedAt: first, updatedAt: now });
  });

  it("stamps a scheduled story published early with now, not with its planned time, and clears the schedule", () => {
    expect(publish(article("scheduled"))).toMatchObject({ publishedAt: now, scheduledAt: null });
    expect(publish(article("scheduled", { publishedAt: inAnHour }))).toMatchObject({ publishedAt: now });
  });

  it("keeps the publication time when a story is taken off the site", () => {
    const first = new Date("2025-09-01T04:30:00Z");
    const result = planTransition(editor, article("published", { publishedAt: first }), "unpublish", { now });
    expect(result).toMatchObject({ ok: true, plan: { publishedAt: first, to: "unpublished" } });
  });

  it("clears the planned time when a schedule is cancelled", () => {
    const result = planTransition(editor, article("scheduled"), "unschedule", { now });
    expect(result).toMatchObject({ ok: true, plan: { scheduledAt: null, publishedAt: null, to: "draft" } });
  });
});

describe("scheduled times", () => {
  function schedule(scheduledAt: Date | undefined) {
    return planTransition(editor, article("in_review"), "schedule", { now, scheduledAt });
  }

  it("accepts a time later today and records it", () => {
    expect(schedule(inAnHour)).toMatchObject({ ok: true, plan: { to: "scheduled", scheduledAt: inAnHour, publishedAt: null } });
  });

  it("refuses a schedule without a time", () => {
    expect(schedule(undefined)).toEqual({ ok: false, reason: "scheduleMissing" });
  });

  it("refuses a time that has already passed, including this very moment", () => {
    expect(schedule(new Date(now.getTime() - minute))).toEqual({ ok: false, reason: "scheduleInPast" });
    expect(schedule(now)).toEqual({ ok: false, reason: "scheduleInPast" });
  });

  it("accepts a time up to a year ahead and refuses anything later", () => {
    expect(schedule(new Date(now.getTime() + maxScheduleAheadMs)).ok).toBe(true);
    expect(schedule(new Date(now.getTime() + maxScheduleAheadMs + minute))).toEqual({ ok: false, reason: "scheduleTooFar" });
  });

  it("ignores a time sent with any step other than schedule", () => {
    expect(planTransition(editor, article("draft"), "submit", { now, scheduledAt: inAnHour })).toMatchObject({ ok: true, plan: { scheduledAt: null } });
  });
});
