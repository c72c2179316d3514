import { describe, expect, it } from "vitest";
import type { ArticleStatus, Role } from "@/db/schema";
import { type Action, actions, can } from "./permissions";

const me = 7;
const someoneElse = 8;
const roles: Role[] = ["contributor", "author", "editor", "admin"];

function actor(role: Role) {
  return { id: me, role };
}

// Expected answers for every role and action, on the actor's own draft and on somebody else's published story.
type Row = { own: Record<Action, boolean>; others: Record<Action, boolean> };
const T = true;
const F = false;
const expected: Record<Role, Row> = {
  contributor: {
    own: { "article.create": T, "article.edit": T, "article.submit": T, "article.publish": F, "article.schedule": F, "article.unpublish": F, "article.delete": F, "media.upload": F, "media.manage": F, "taxonomy.manage": F, "users.manage": F, "audit.view": F },
    others: { "article.create": T, "article.edit": F, "article.submit": F, "article.publish": F, "article.schedule": F, "article.unpublish": F, "article.delete": F, "media.upload": F, "media.manage": F, "taxonomy.manage": F, "users.manage": F, "audit.view": F },
  },
  author: {
    own: { "article.create": T, "article.edit": T, "article.submit": T, "article.publish": T, "article.schedule": T, "article.unpublish": T, "article.delete": T, "media.upload": T, "media.manage": F, "taxonomy.manage": F, "users.manage": F, "audit.view": F },
    others: { "article.create": T, "article.edit": F, "article.submit": F, "article.publish": F, "article.schedule": F, "article.unpublish": F, "article.delete": F, "media.upload": T, "media.manage": F, "taxonomy.manage": F, "users.manage": F, "audit.view": F },
  },
  editor: {
    own: { "article.create": T, "article.edit": T, "article.submit": T, "article.publish": T, "article.schedule": T, "article.unpublish": T, "article.delete": T, "media.upload": T, "media.manage": T, "taxonomy.manage": T, "users.manage": F, "audit.view": F },
    others: { "article.create": T, "article.edit": T, "article.submit": T, "article.publish": T, "article.schedule": T, "article.unpublish": T, "article.delete": T, "media.upload": T, "media.manage": T, "taxonomy.manage": T, "users.manage": F, "audit.view": F },
  },
  admin: {
    own: Object.fromEntries(actions.map((a) => [a, true])) as Record<Action, boolean>,
    others: Object.fromEntries(actions.map((a) => [a, true])) as Record<Action, boolean>,
  },
};

describe("who may do what in the newsroom", () => {
  for (const role of roles) {
    for (const action of actions) {
      it(`${role} ${expected[role].own[action] ? "may" : "may not"} ${action} on their own draft`, () => {
        expect(can(actor(role), action, { createdByUserId: me, status: "draft" })).toBe(expected[role].own[action]);
      });
      it(`${role} ${expected[role].others[action] ? "may" : "may not"} ${action} on someone else's published story`, () => {
        expect(can(actor(role), action, { createdByUserId: someoneElse, status: "published" })).toBe(expected[role].others[action]);
      });
    }
  }

  it("a contributor cannot change their own story once it is published or scheduled", () => {
    for (const status of ["published", "scheduled"] as ArticleStatus[]) {
      expect(can(actor("contributor"), "article.edit", { createdByUserId: me, status })).toBe(false);
    }
  });

  it("a contributor can still revise their own story while it waits for review", () => {
    expect(can(actor("contributor"), "article.edit", { createdByUserId: me, status: "in_review" })).toBe(true);
  });
});
