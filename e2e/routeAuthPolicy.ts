import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { benchArticleDraft } from "@/scripts/bench/benchDraft";

/**
 * Who may open each admin page, call each server action and post to each writing route — the newsroom's rules
 * (lib/auth/permissions.ts) said once more from the outside, with, for each action, a call that a refused caller
 * makes and the rows that call would change if it got through. e2e/route-auth.spec.ts finds what to check in the
 * source tree and fails for anything this file does not classify, so a new page, route or action cannot go
 * unchecked.
 */

/** The spec's own accounts, one per role it needs, so that what it counts is its own doing. */
export type Identity = "contributor" | "editor" | "admin";
export type Account = { id: number; email: string; password: string; cookie: string };

/** What the spec creates before it probes: its accounts and the records the probes aim at. */
export type Fixtures = {
  stamp: string;
  accounts: Record<Identity, Account>;
  /** A complete draft of the admin's, locked and autosaved by the admin: what a contributor may not touch. */
  adminArticle: number;
  adminRevision: number;
  /** A complete draft of the contributor's own: they may edit and submit it, never publish it. */
  contributorArticle: number;
  sectionId: number;
  authorId: number;
  tagIds: [number, number];
  mediaId: number;
  wireFile: { name: string; bytes: Buffer };
  jpeg: Buffer;
};

/** Why a caller is refused, or that they are not. */
export type Purpose = "signedOut" | "tooLow" | "crossOrigin";

export type Access =
  /** Meant for callers without a session (signing in, the admin's language): only another origin is refused. */
  | { kind: "public"; why: string }
  /** Any member of staff: the session is checked, no role is too low. */
  | { kind: "staff"; why: string }
  /** Any member of staff, but only on what is their own: a lower caller's call on another's record changes nothing. */
  | { kind: "ownOnly"; why: string; tooLow: Identity[] }
  /** Needs a role (or ownership): `tooLow` callers are refused, `allowed` is who would succeed (used for the other-origin probe). */
  | { kind: "role"; tooLow: Identity[]; allowed: Identity }
  /** Called by the server itself with a secret header: every outside caller gets a 404. */
  | { kind: "internal"; why: string };

export type ProbeContext = { fixtures: Fixtures; db: Database.Database; as: Identity | null; purpose: Purpose };

export type ActionProbe = {
  access: Access;
  args: (context: ProbeContext) => unknown[];
  /** The rows a call that got through would change; compared before and after every refused call. */
  state: (context: ProbeContext) => unknown;
};

export type PagePolicy =
  | { kind: "public"; why: string }
  | { kind: "staff"; why: string }
  /** A role-gated page: `tooLow` callers get the refusal page. */
  | { kind: "role"; tooLow: Identity[] }
  /** An article's own page: a contributor opening another's article gets a 404. */
  | { kind: "article" };

export type RouteProbe = {
  access: Access;
  request: (context: ProbeContext) => { headers?: Record<string, string>; form?: Record<string, string>; data?: string };
  state: (context: ProbeContext) => unknown;
};

// ---------------------------------------------------------------------------------------------------------------
// Reading state
// ---------------------------------------------------------------------------------------------------------------

function row(db: Database.Database, sql: string, ...params: unknown[]): unknown {
  return db.prepare(sql).get(...params);
}

function rows(db: Database.Database, sql: string, ...params: unknown[]): unknown[] {
  return db.prepare(sql).all(...params);
}

/** Everything a write to an article leaves: the row, its revisions, autosaves and lock. */
function articleState(db: Database.Database, id: number) {
  return {
    article: row(db, "select * from articles where id = ?", id),
    revisions: row(db, "select count(*) n from article_revisions where article_id = ?", id),
    autosaves: rows(db, "select user_id, base_version, saved_at from article_autosaves where article_id = ? order by user_id", id),
    lock: row(db, "select user_id, heartbeat_at from article_locks where article_id = ?", id),
  };
}

/** An account's access, password and number of live sessions (last-seen times move on their own, so not those). */
function userState(db: Database.Database, id: number) {
  return {
    user: row(db, "select role, disabled, password_hash, locked_until, failed_logins, updated_at from users where id = ?", id),
    sessions: row(db, "select count(*) n from sessions where user_id = ?", id),
  };
}

function bothArticles({ db, fixtures }: ProbeContext) {
  return [articleState(db, fixtures.adminArticle), articleState(db, fixtures.contributorArticle)];
}

function articleVersion(db: Database.Database, id: number): number {
  return (row(db, "select version from articles where id = ?", id) as { version: number }).version;
}

/** An editor's save of the admin's article on the version that stands: refused for a contributor, from another site, or signed out. */
function draftCall({ fixtures, db }: ProbeContext) {
  const articleId = fixtures.adminArticle;
  return { articleId, baseVersion: articleVersion(db, articleId), draft: benchArticleDraft(Date.now(), fixtures.sectionId) };
}

/** A form's fields as FormData, as a browser sends them. */
export function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const probeSlug = (fixtures: Fixtures) => `routeauth-probe-${fixtures.stamp}`;
const probeText = (fixtures: Fixtures) => `रूट जाँच ${fixtures.stamp}`;

// ---------------------------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------------------------

export const pagePolicy: Record<string, PagePolicy> = {
  "/admin/login": { kind: "public", why: "the way in" },
  "/admin": { kind: "staff", why: "every member of staff has a desk" },
  "/admin/articles/new": { kind: "staff", why: "every role may start a draft" },
  "/admin/import": { kind: "staff", why: "every role may import drafts; publishing on import is checked by the action" },
  "/admin/articles/[id]": { kind: "article" },
  "/admin/articles/[id]/preview": { kind: "article" },
  "/admin/articles/[id]/revisions": { kind: "article" },
  "/admin/articles/[id]/revisions/[revisionId]": { kind: "article" },
  "/admin/articles/[id]/revisions/[revisionId]/preview": { kind: "article" },
  "/admin/media": { kind: "role", tooLow: ["contributor"] },
  "/admin/media/[id]": { kind: "role", tooLow: ["contributor"] },
  "/admin/sections": { kind: "role", tooLow: ["contributor"] },
  "/admin/sections/[id]": { kind: "role", tooLow: ["contributor"] },
  "/admin/tags": { kind: "role", tooLow: ["contributor"] },
  "/admin/tags/[id]": { kind: "role", tooLow: ["contributor"] },
  "/admin/authors": { kind: "role", tooLow: ["contributor"] },
  "/admin/authors/[id]": { kind: "role", tooLow: ["contributor"] },
  "/admin/users": { kind: "role", tooLow: ["contributor", "editor"] },
  "/admin/audit": { kind: "role", tooLow: ["contributor", "editor"] },
};

/** The value of a placeholder, by the folder it follows: `/articles/[id]` is the admin's article, and so on. */
export function fillPattern(pattern: string, fixtures: Fixtures): string {
  const values: Record<string, () => number> = {
    "articles/[id]": () => fixtures.adminArticle,
    "revisions/[revisionId]": () => fixtures.adminRevision,
    "sections/[id]": () => fixtures.sectionId,
    "tags/[id]": () => fixtures.tagIds[0],
    "authors/[id]": () => fixtures.authorId,
    "media/[id]": () => fixtures.mediaId,
  };
  const segments = pattern.split("/");
  return segments
    .map((segment, index) => {
      if (!segment.startsWith("[")) return segment;
      const value = values[`${segments[index - 1]}/${segment}`]?.();
      if (value === undefined) throw new Error(`No value for ${segment} in ${pattern}: add one to fillPattern in e2e/routeAuthPolicy.ts`);
      return String(value);
    })
    .join("/");
}

// ---------------------------------------------------------------------------------------------------------------
// Route handlers that write
// ---------------------------------------------------------------------------------------------------------------

export const routePolicy: Record<string, Record<string, RouteProbe>> = {
  "/admin/logout": {
    POST: {
      access: { kind: "public", why: "signing out needs no session; another site must not sign editors out" },
      request: () => ({}),
      state: ({ db, fixtures }) => userState(db, fixtures.accounts.admin.id),
    },
  },
  "/admin/articles/[id]/lock": {
    POST: {
      access: { kind: "ownOnly", why: "lets go of the caller's own lock only", tooLow: ["contributor"] },
      request: () => ({}),
      state: ({ db, fixtures }) => articleState(db, fixtures.adminArticle),
    },
  },
  "/api/lite": {
    POST: {
      access: { kind: "public", why: "a reader's choice of edition, kept in a cookie; another site must not set it" },
      request: () => ({ form: { lite: "on" } }),
      // It writes only the answer's cookie, which the spec checks on every refusal.
      state: () => null,
    },
  },
  "/api/internal/revalidate": {
    POST: {
      access: { kind: "internal", why: "the server's own call after a publish, with a secret header" },
      request: () => ({ data: JSON.stringify({ tags: ["routeauth-probe"] }), headers: { "content-type": "application/json" } }),
      state: () => null,
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Server actions, by file and export
// ---------------------------------------------------------------------------------------------------------------

const adminOnly: Access = { kind: "role", tooLow: ["contributor", "editor"], allowed: "admin" };
const editorsAndUp: Access = { kind: "role", tooLow: ["contributor"], allowed: "editor" };
/** Article actions a contributor may call on their own copy, refused on another's. */
const articleEditors: Access = { kind: "role", tooLow: ["contributor"], allowed: "admin" };

/** A user account action aimed at the spec's contributor. */
function aimedAtContributor(extra: Record<string, string> = {}): Pick<ActionProbe, "args" | "state"> {
  return {
    args: ({ fixtures }) => [form({ userId: String(fixtures.accounts.contributor.id), ...extra })],
    state: ({ db, fixtures }) => userState(db, fixtures.accounts.contributor.id),
  };
}

const sectionFields = (fixtures: Fixtures) => ({ name: probeText(fixtures), nameEn: "Route probe", slug: probeSlug(fixtures), description: "", descriptionEn: "" });
const authorFields = (fixtures: Fixtures) => ({ ...sectionFields(fixtures), bio: "", bioEn: "", photoMediaId: "" });
const tagState = ({ db, fixtures }: ProbeContext) => ({
  tags: rows(db, "select * from tags where id in (?, ?) or slug = ?", ...fixtures.tagIds, probeSlug(fixtures)),
  links: row(db, "select count(*) n from article_tags where tag_id in (?, ?)", ...fixtures.tagIds),
});

export const actionPolicy: Record<string, Record<string, ActionProbe>> = {
  "app/admin/users/actions.ts": {
    createUserAction: {
      access: adminOnly,
      args: ({ fixtures }) => [form({ name: probeText(fixtures), email: `${probeSlug(fixtures)}@e2e.test`, role: "admin", password: "routeauth-probe-pass" })],
      state: ({ db, fixtures }) => row(db, "select count(*) n from users where email = ?", `${probeSlug(fixtures)}@e2e.test`),
    },
    changeRoleAction: { access: adminOnly, ...aimedAtContributor({ role: "admin" }) },
    setDisabledAction: { access: adminOnly, ...aimedAtContributor({ disabled: "1" }) },
    unlockAction: { access: adminOnly, ...aimedAtContributor() },
    setPasswordAction: { access: adminOnly, ...aimedAtContributor({ password: "routeauth-changed-pass" }) },
    signOutEverywhereAction: { access: adminOnly, ...aimedAtContributor() },
  },
  "app/admin/sections/actions.ts": {
    createSectionAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [form(sectionFields(fixtures))],
      state: ({ db, fixtures }) => row(db, "select count(*) n from sections where slug = ?", probeSlug(fixtures)),
    },
    updateSectionAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.sectionId, form(sectionFields(fixtures))],
      state: ({ db, fixtures }) => row(db, "select * from sections where id = ?", fixtures.sectionId),
    },
    moveSectionAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.sectionId, "down"],
      state: ({ db }) => rows(db, "select id, position from sections order by id"),
    },
  },
  "app/admin/tags/actions.ts": {
    createTagAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [form({ locale: "hi", name: probeText(fixtures), slug: probeSlug(fixtures) })],
      state: tagState,
    },
    updateTagAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.tagIds[0], form({ name: probeText(fixtures), slug: probeSlug(fixtures) })],
      state: tagState,
    },
    mergeTagAction: {
      access: editorsAndUp,
      args: ({ fixtures, db }) => [fixtures.tagIds[0], form({ into: (row(db, "select slug from tags where id = ?", fixtures.tagIds[1]) as { slug: string }).slug })],
      state: tagState,
    },
  },
  "app/admin/authors/actions.ts": {
    createAuthorAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [form(authorFields(fixtures))],
      state: ({ db, fixtures }) => row(db, "select count(*) n from authors where slug = ?", probeSlug(fixtures)),
    },
    updateAuthorAction: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.authorId, form(authorFields(fixtures))],
      state: ({ db, fixtures }) => row(db, "select * from authors where id = ?", fixtures.authorId),
    },
  },
  "app/admin/media/actions.ts": {
    uploadMedia: {
      access: { kind: "role", tooLow: ["contributor"], allowed: "editor" },
      args: ({ fixtures }) => [form({ file: new File([new Uint8Array(fixtures.jpeg)], "probe.jpg", { type: "image/jpeg" }), alt: probeText(fixtures), caption: "", credit: "" })],
      state: ({ db, fixtures }) => row(db, "select count(*) n from media where alt = ?", probeText(fixtures)),
    },
    searchMediaLibrary: {
      access: { kind: "staff", why: "the picker's search: every member of staff may look through the library" },
      args: () => [{ query: "", page: 1 }],
      state: () => null,
    },
    saveMediaText: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.mediaId, form({ alt: probeText(fixtures), caption: "", credit: "" })],
      state: ({ db, fixtures }) => row(db, "select * from media where id = ?", fixtures.mediaId),
    },
    deleteMedia: {
      access: editorsAndUp,
      args: ({ fixtures }) => [fixtures.mediaId],
      state: ({ db, fixtures }) => row(db, "select * from media where id = ?", fixtures.mediaId),
    },
  },
  "app/admin/articles/new/actions.ts": {
    createArticle: {
      access: { kind: "staff", why: "every role may start a draft of their own" },
      args: ({ fixtures }) => [form({ locale: "hi", sectionId: String(fixtures.sectionId) })],
      state: ({ db, fixtures }) =>
        row(db, "select count(*) n from articles where created_by_user_id in (?, ?, ?)", ...Object.values(fixtures.accounts).map((account) => account.id)),
    },
  },
  "app/admin/articles/[id]/workflow.ts": {
    changeStatus: {
      access: articleEditors,
      // A contributor asks to publish their own copy; the others (admin, from another site) only to submit the admin's.
      args: ({ fixtures, db, purpose }) => {
        const articleId = purpose === "tooLow" ? fixtures.contributorArticle : fixtures.adminArticle;
        return [{ articleId, version: articleVersion(db, articleId), transition: purpose === "tooLow" ? "publish" : "submit" }];
      },
      state: bothArticles,
    },
  },
  "app/admin/articles/[id]/actions.ts": {
    saveArticle: { access: articleEditors, args: (context) => [draftCall(context)], state: bothArticles },
    autosaveArticle: { access: articleEditors, args: (context) => [draftCall(context)], state: bothArticles },
    discardAutosave: { access: articleEditors, args: ({ fixtures }) => [{ articleId: fixtures.adminArticle }], state: bothArticles },
    acquireLock: { access: articleEditors, args: ({ fixtures }) => [{ articleId: fixtures.adminArticle, takeOver: true }], state: bothArticles },
    releaseArticleLock: {
      access: { kind: "ownOnly", why: "anyone may let go of their own lock, nobody of another's", tooLow: ["contributor"] },
      args: ({ fixtures }) => [{ articleId: fixtures.adminArticle }],
      state: bothArticles,
    },
    suggestTags: {
      access: { kind: "staff", why: "reads tag names for the editor's tag field" },
      args: () => [{ locale: "hi", prefix: "र" }],
      state: () => null,
    },
  },
  "app/admin/articles/[id]/revisions/actions.ts": {
    restoreRevision: {
      access: articleEditors,
      args: ({ fixtures, db }) => [{ articleId: fixtures.adminArticle, revisionId: fixtures.adminRevision, baseVersion: articleVersion(db, fixtures.adminArticle) }],
      state: bothArticles,
    },
  },
  "app/admin/import/actions.ts": {
    importWireCopies: {
      // Any role may import drafts; publishing straight away needs the right to publish.
      access: { kind: "role", tooLow: ["contributor"], allowed: "contributor" },
      args: ({ fixtures, purpose }) => {
        const { name, bytes } = fixtures.wireFile;
        return [form({ files: new File([new Uint8Array(bytes)], name, { type: "text/plain" }), section: "", status: purpose === "tooLow" ? "published" : "draft" })];
      },
      state: ({ db, fixtures }) => row(db, "select count(*) n from wire_imports where content_hash = ?", createHash("sha256").update(fixtures.wireFile.bytes).digest("hex")),
    },
  },
  "app/admin/login/actions.ts": {
    logIn: {
      access: { kind: "public", why: "the way in" },
      // The contributor's right password: from another site it must still start no session (and counts no failure).
      args: ({ fixtures }) => [null, form({ email: fixtures.accounts.contributor.email, password: fixtures.accounts.contributor.password, next: "" })],
      state: ({ db, fixtures }) => userState(db, fixtures.accounts.contributor.id),
    },
  },
  "lib/admin/setAdminLocale.ts": {
    setAdminLocale: {
      access: { kind: "public", why: "the language switch is on the login page too; it only sets a cookie, which the spec checks" },
      args: () => [form({ locale: "en" })],
      state: () => null,
    },
  },
};
