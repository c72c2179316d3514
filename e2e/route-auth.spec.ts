import { randomBytes } from "node:crypto";
import path from "node:path";
import { type APIRequestContext, type APIResponse, expect, request, test } from "@playwright/test";
import Database from "better-sqlite3";
import sharp from "sharp";
import type { ActionResult } from "@/lib/admin/actionResult";
import { adminLocaleCookie, sessionCookie } from "@/lib/auth/cookieNames";
import { liteCookie } from "@/lib/delivery/liteMode";
import { benchArticleDraft } from "@/scripts/bench/benchDraft";
import { actionCallBody, actionCallHeaders, actionValue, filledLoginForm, loginFormFieldsIn, sessionCookieFrom } from "@/scripts/bench/newsroomClient";
import {
  type Access,
  type Account,
  actionPolicy,
  fillPattern,
  type Fixtures,
  form,
  type Identity,
  pagePolicy,
  type ProbeContext,
  type Purpose,
  routePolicy,
  type RouteProbe,
} from "./routeAuthPolicy";
import { type BuiltReference, readBuiltReferences, readBuiltRoutes, readRouteTree, workerPattern } from "./routeTree";
import { staff } from "./staff";

/**
 * Issue 7: every admin page, server action and writing route refuses a caller without a session, with too low a
 * role, and from another site — found in the source tree (e2e/routeTree.ts), checked against the build's
 * manifests, judged by the rules in e2e/routeAuthPolicy.ts, and each refusal shown to have written nothing.
 */

const buildDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const databaseFile = path.resolve(process.env.E2E_DATA_DIR ?? ".e2e-data", "portal.db");
const foreignOrigin = "https://evil.example";
const forbiddenText = "आपको यह करने की अनुमति नहीं है।";
const refusedCookies = [sessionCookie, adminLocaleCookie, liteCookie];

const tree = readRouteTree();
const built = readBuiltReferences(buildDir);
const isCacheFunction = (reference: BuiltReference) => /^\$\$RSC_SERVER_CACHE_\d+$/.test(reference.name);
const builtActions = built.filter((reference) => !isCacheFunction(reference));
const key = (file: string, name: string) => `${file}#${name}`;

test.describe.configure({ mode: "serial" });

let api: APIRequestContext;
let db: Database.Database;
let origin: string;
let fixtures: Fixtures;
const sent = { pages: 0, routes: 0, actions: 0 };

type Caller = { cookie?: string; origin: string };

/**
 * Every request goes through here. The context's cookie jar is emptied after each answer, so that the cookie
 * header a probe sends is the only identity it has.
 */
async function send(url: string, options: Parameters<APIRequestContext["fetch"]>[1]): Promise<APIResponse> {
  const response = await api.fetch(url, { maxRedirects: 0, ...options });
  await response.body();
  await api.clearCookies();
  return response;
}

function idOf(file: string, name: string): BuiltReference {
  const found = builtActions.find((reference) => reference.file === file && reference.name === name);
  if (!found) throw new Error(`${name} in ${file} is not in the build's server reference manifest`);
  return found;
}

/** A page whose bundle carries the action: Next runs an action only where it was bundled. */
function pageOf(reference: BuiltReference): string {
  const pattern = reference.workers.map(workerPattern).find((candidate) => candidate !== undefined);
  if (!pattern) throw new Error(`${reference.name} in ${reference.file} is carried by no page`);
  return fillPattern(pattern, fixtures);
}

async function callAction(file: string, name: string, args: unknown[], caller: Caller): Promise<APIResponse> {
  const reference = idOf(file, name);
  const { body, contentType } = actionCallBody(args);
  sent.actions++;
  return send(pageOf(reference), {
    method: "POST",
    headers: { ...actionCallHeaders(reference.id, caller), ...(contentType ? { "content-type": contentType } : {}) },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
  });
}

async function valueOf<T>(response: APIResponse): Promise<ActionResult<T>> {
  const text = await response.text();
  expect(response.status(), text.slice(0, 300)).toBe(200);
  return actionValue<ActionResult<T>>(text);
}

/** An allowed call made to set the stage; it must succeed. */
async function must<T>(file: string, name: string, args: unknown[], account: Account | { cookie: string }): Promise<T> {
  const result = await valueOf<T>(await callAction(file, name, args, { cookie: account.cookie, origin }));
  if (!result.ok) throw new Error(`${name} failed while setting up: ${JSON.stringify(result)}`);
  return result.data;
}

/** Signs in through the login form, as a browser without JavaScript does. */
async function signIn(account: { email: string; password: string }): Promise<string> {
  const fields = loginFormFieldsIn(await (await send("/admin/login", {})).text());
  const response = await send("/admin/login", { method: "POST", headers: { origin }, multipart: filledLoginForm(fields, account) });
  const cookie = sessionCookieFrom(response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value));
  if (!cookie) throw new Error(`Signing in as ${account.email} failed (${response.status()})`);
  return cookie;
}

/** Follows a createArticle/redirecting action to the id in its redirect. */
async function createArticle(account: Account): Promise<number> {
  const response = await callAction("app/admin/articles/new/actions.ts", "createArticle", [form({ locale: "hi", sectionId: String(fixtures.sectionId) })], {
    cookie: account.cookie,
    origin,
  });
  const target = response.headers()["x-action-redirect"] ?? "";
  const id = /\/admin\/articles\/(\d+)/.exec(target)?.[1];
  if (!id) throw new Error(`createArticle opened no editor (${response.status()}, "${target}")`);
  return Number(id);
}

function cookiesSet(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value.split("=", 1)[0]!);
}

/** The spec's own accounts' audit trail: a refused call leaves none. */
function auditTrail(): unknown {
  const ids = Object.values(fixtures.accounts).map((account) => account.id);
  return db.prepare("select count(*) n, max(id) last from audit_events where user_id in (?, ?, ?)").get(...ids);
}

/** Runs `refused` and shows that neither the probe's rows nor the audit trail moved, and that no cookie was set. */
async function writesNothing(context: ProbeContext, state: (context: ProbeContext) => unknown, refused: () => Promise<APIResponse>, label: string): Promise<APIResponse> {
  const before = { rows: state(context), audit: auditTrail() };
  const response = await refused();
  expect({ rows: state(context), audit: auditTrail() }, `${label}: wrote something`).toEqual(before);
  expect(cookiesSet(response).filter((name) => refusedCookies.includes(name)), `${label}: set a cookie`).toEqual([]);
  return response;
}

function expectToLogin(response: APIResponse, label: string) {
  expect([302, 303, 307, 308], `${label}: status ${response.status()}`).toContain(response.status());
  expect(new URL(response.headers().location ?? "", origin).pathname, label).toBe("/admin/login");
}

async function expectCode(response: APIResponse, code: "signedOut" | "forbidden", label: string) {
  const result = await valueOf(response);
  expect(result.ok, label).toBe(false);
  expect(!result.ok && result.code, label).toBe(code);
}

/** Next refuses an action whose Origin is not the Host before the action runs (it answers 500, with no value). */
async function expectCrossOriginRefused(response: APIResponse, label: string) {
  const text = await response.text();
  expect(response.status(), `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(() => actionValue(text), label).toThrow();
}

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "HTTP only: one project is enough");
  test.setTimeout(60_000);
  origin = new URL(String(testInfo.project.use.baseURL)).origin;
  api = await request.newContext({ baseURL: origin });
  db = new Database(databaseFile, { readonly: true, fileMustExist: true });

  const stamp = `${Date.now()}${randomBytes(2).toString("hex")}`;
  const admin = { cookie: await signIn(staff.admin) };
  const accounts = {} as Record<Identity, Account>;
  // Only what the users page's address needs so far; the rest follows once the accounts exist.
  fixtures = { stamp, accounts } as Fixtures;
  for (const role of ["contributor", "editor", "admin"] as const) {
    const email = `routeauth-${role}-${stamp}@e2e.test`;
    const password = `routeauth-${role}-pass`;
    const { id } = await must<{ id: number }>("app/admin/users/actions.ts", "createUserAction", [form({ name: `रूट ${role}`, email, role, password })], admin);
    accounts[role] = { id, email, password, cookie: await signIn({ email, password }) };
  }

  const first = (sql: string) => (db.prepare(sql).get() as { id: number }).id;
  fixtures = {
    stamp,
    accounts,
    sectionId: first("select id from sections order by position limit 1"),
    authorId: first("select id from authors order by id limit 1"),
    adminArticle: 0,
    adminRevision: 0,
    contributorArticle: 0,
    tagIds: [0, 0],
    mediaId: 0,
    wireFile: { name: `routeauth-${stamp}.txt`, bytes: Buffer.from(`रूट जाँच की ख़बर ${stamp}\n\nनई दिल्ली, 1 दिसंबर । यह जाँच की प्रति है, जो कभी छपनी नहीं चाहिए।\n`) },
    jpeg: await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: randomBytes(1)[0]! } } }).jpeg().toBuffer(),
  };

  const editor = "app/admin/articles/[id]/actions.ts";
  fixtures.adminArticle = await createArticle(accounts.admin);
  await must(editor, "saveArticle", [{ articleId: fixtures.adminArticle, baseVersion: 1, draft: benchArticleDraft(1, fixtures.sectionId) }], accounts.admin);
  fixtures.adminRevision = first(`select max(id) id from article_revisions where article_id = ${fixtures.adminArticle}`);
  await must(editor, "acquireLock", [{ articleId: fixtures.adminArticle }], accounts.admin);
  await must(editor, "autosaveArticle", [{ articleId: fixtures.adminArticle, baseVersion: 2, draft: benchArticleDraft(2, fixtures.sectionId) }], accounts.admin);
  fixtures.contributorArticle = await createArticle(accounts.contributor);
  await must(editor, "saveArticle", [{ articleId: fixtures.contributorArticle, baseVersion: 1, draft: benchArticleDraft(3, fixtures.sectionId) }], accounts.contributor);

  const tag = (suffix: string) =>
    must<{ id: number }>("app/admin/tags/actions.ts", "createTagAction", [form({ locale: "hi", name: `रूट टैग ${suffix} ${stamp}`, slug: `routeauth-${suffix}-${stamp}` })], accounts.admin);
  fixtures.tagIds = [(await tag("a")).id, (await tag("b")).id];
  const upload = await must<{ results: { ok: boolean; item?: { id: number } }[] }>(
    "app/admin/media/actions.ts",
    "uploadMedia",
    [form({ file: new File([new Uint8Array(fixtures.jpeg)], "routeauth.jpg", { type: "image/jpeg" }), alt: `रूट जाँच की तस्वीर ${stamp}`, caption: "", credit: "" })],
    accounts.admin,
  );
  fixtures.mediaId = upload.results[0]!.item!.id;
});

test.afterAll(async () => {
  db?.close();
  await api?.dispose();
});

test("the tree and the build name the same pages, routes and actions, and each has a rule", () => {
  const builtRoutes = readBuiltRoutes(buildDir);
  const builtAdminPages = builtRoutes.filter((route) => route.kind === "page" && route.pattern.startsWith("/admin")).map((route) => route.pattern);
  expect(tree.pages.map((page) => page.pattern).sort(), "admin pages in the tree and in the build (rebuild?)").toEqual([...builtAdminPages].sort());
  const builtHandlers = builtRoutes.filter((route) => route.kind === "route").map((route) => route.pattern);
  expect([...tree.allRoutePatterns].sort(), "route handlers in the tree and in the build (rebuild?)").toEqual(builtHandlers.sort());

  // Every exported function of a "use server" module is an action in the build, and the build has no other.
  const fromTree = tree.actions.map((action) => key(action.file, action.name)).sort();
  expect(fromTree, "server actions in the tree and in the build's manifest (rebuild? an action no page imports is not built)").toEqual(
    builtActions.map((reference) => key(reference.file, reference.name)).sort(),
  );
  // Inline "use server" functions would be actions this spec cannot name; "use cache" references must come from "use cache" code.
  expect(tree.inline.filter((reference) => reference.directive === "use server"), "inline server actions: move them to a \"use server\" module").toEqual([]);
  // They are reads of published content; the build's count of them per file is the tree's.
  const cacheCount = (files: string[]) => Object.fromEntries([...new Set(files)].sort().map((file) => [file, files.filter((other) => other === file).length]));
  expect(cacheCount(built.filter(isCacheFunction).map((reference) => reference.file)), '"use cache" functions in the tree and in the build').toEqual(
    Object.fromEntries(tree.inline.filter((reference) => reference.directive === "use cache").map((reference) => [reference.file, reference.count]).sort()),
  );

  // A rule for each, and no rule for something gone.
  const unclassified = "classified in e2e/routeAuthPolicy.ts (add a rule for what is new, drop the rule for what is gone)";
  expect(Object.keys(pagePolicy).sort(), `admin pages ${unclassified}`).toEqual(tree.pages.map((page) => page.pattern).sort());
  expect(Object.entries(routePolicy).flatMap(([pattern, methods]) => Object.keys(methods).map((method) => `${pattern} ${method}`)).sort(), `routes ${unclassified}`).toEqual(
    tree.routes.flatMap((route) => route.methods.map((method) => `${route.pattern} ${method}`)).sort(),
  );
  expect(Object.entries(actionPolicy).flatMap(([file, names]) => Object.keys(names).map((name) => key(file, name))).sort(), `server actions ${unclassified}`).toEqual(fromTree);
});

test("admin pages send a visitor without a session to the login page and refuse roles below theirs", async () => {
  const forged = `${sessionCookie}=${randomBytes(32).toString("base64url")}`;
  for (const { pattern } of tree.pages) {
    const policy = pagePolicy[pattern]!;
    const url = fillPattern(pattern, fixtures);
    const get = (cookie?: string) => {
      sent.pages++;
      return send(url, { headers: cookie ? { cookie } : {} });
    };
    if (policy.kind === "public") {
      expect((await get()).status(), `${url} without a session`).toBe(200);
      continue;
    }
    // The admin opens every page: the filled-in address is a real one, so a refusal below is the rule at work.
    expect((await get(fixtures.accounts.admin.cookie)).status(), `${url} for the admin`).toBe(200);
    expectToLogin(await get(), `${url} without a cookie`);
    expectToLogin(await get(forged), `${url} with a forged session`);
    const tooLow = policy.kind === "role" ? policy.tooLow : policy.kind === "article" ? (["contributor"] as const) : [];
    for (const who of tooLow) {
      const response = await get(fixtures.accounts[who].cookie);
      const html = await response.text();
      if (policy.kind === "article") expect(response.status(), `${url} for the ${who}`).toBe(404);
      else {
        expect([200, 403], `${url} for the ${who}`).toContain(response.status());
        expect(html, `${url} for the ${who}`).toContain(forbiddenText);
        // The refusal shows none of the page's records (the spec's own accounts on the users page, for one).
        expect(html).not.toContain(fixtures.accounts.contributor.email);
      }
    }
  }
});

type Attempt = { purpose: Purpose; as: Identity | null; cookie?: string; origin: string };

/** The callers a probe's refusals are tried with: no session, a forged one, each role too low, and another site. */
function refusals(access: Access): Attempt[] {
  const forged = `${sessionCookie}=${randomBytes(32).toString("base64url")}`;
  const list: Attempt[] = [];
  if (access.kind !== "public") {
    list.push({ purpose: "signedOut", as: null, origin });
    list.push({ purpose: "signedOut", as: null, cookie: forged, origin });
  }
  if (access.kind === "role" || access.kind === "ownOnly") {
    for (const who of access.tooLow) list.push({ purpose: "tooLow", as: who, cookie: fixtures.accounts[who].cookie, origin });
  }
  // With the session of someone the call would otherwise serve: only the origin stands in the way.
  const allowed: Identity = access.kind === "role" ? access.allowed : "admin";
  list.push({ purpose: "crossOrigin", as: allowed, cookie: fixtures.accounts[allowed].cookie, origin: foreignOrigin });
  return list;
}

const callerOf = (attempt: Attempt) => `${attempt.purpose} as ${attempt.as ?? (attempt.cookie ? "a forged session" : "nobody")}`;

test("server actions refuse a caller without a session, with too low a role, and from another site, and write nothing", async () => {
  test.setTimeout(45_000);
  for (const action of tree.actions) {
    const probe = actionPolicy[action.file]![action.name]!;
    for (const attempt of refusals(probe.access)) {
      const context: ProbeContext = { fixtures, db, as: attempt.as, purpose: attempt.purpose };
      const label = `${action.name} (${action.file}) ${callerOf(attempt)}`;
      const response = await writesNothing(context, probe.state, () => callAction(action.file, action.name, probe.args(context), attempt), label);
      if (attempt.purpose === "crossOrigin") await expectCrossOriginRefused(response, label);
      else if (attempt.purpose === "signedOut" && !attempt.cookie) {
        // The proxy sends a cookie-less POST to /admin/* to the login page before Next sees the action.
        expectToLogin(response, label);
      } else if (attempt.purpose === "signedOut") await expectCode(response, "signedOut", label);
      else if (probe.access.kind === "ownOnly") expect((await valueOf(response)).ok, label).toBe(true);
      else await expectCode(response, "forbidden", label);
    }
  }
});

test("the login form posted by another site's page starts no session, even with the right password", async () => {
  // How the page without JavaScript posts it (React's hidden action fields), so the form path is covered beside the fetch path.
  const fields = loginFormFieldsIn(await (await send("/admin/login", {})).text());
  const context: ProbeContext = { fixtures, db, as: "contributor", purpose: "crossOrigin" };
  const label = "the login form from another site";
  const response = await writesNothing(context, actionPolicy["app/admin/login/actions.ts"]!.logIn!.state, () => {
    sent.actions++;
    return send("/admin/login", { method: "POST", headers: { origin: foreignOrigin }, multipart: filledLoginForm(fields, fixtures.accounts.contributor) });
  }, label);
  expect(response.status(), label).toBeGreaterThanOrEqual(400);
});

async function postRoute(url: string, probe: RouteProbe, context: ProbeContext, caller: Caller): Promise<APIResponse> {
  const { headers, form: fields, data } = probe.request(context);
  sent.routes++;
  return send(url, {
    method: "POST",
    headers: { origin: caller.origin, ...(caller.cookie ? { cookie: caller.cookie } : {}), ...headers },
    ...(fields ? { form: fields } : data !== undefined ? { data } : {}),
  });
}

test("route handlers that write refuse a caller without a session, with too low a role, and from another site", async () => {
  for (const route of tree.routes) {
    const url = fillPattern(route.pattern, fixtures);
    for (const method of route.methods) {
      const probe = routePolicy[route.pattern]![method]!;
      expect(method, `${route.file}: only POST is probed so far`).toBe("POST");
      for (const attempt of refusals(probe.access)) {
        const context: ProbeContext = { fixtures, db, as: attempt.as, purpose: attempt.purpose };
        const label = `${method} ${url} ${callerOf(attempt)}`;
        const response = await writesNothing(context, probe.state, () => postRoute(url, probe, context, attempt), label);
        const status = response.status();
        if (probe.access.kind === "internal") expect(status, label).toBe(404);
        else if (attempt.purpose === "crossOrigin") expect(status, label).toBe(403);
        else if (attempt.purpose === "signedOut" && !attempt.cookie && url.startsWith("/admin/")) expectToLogin(response, label);
        else if (attempt.purpose === "signedOut") expect([401, 403], label).toContain(status);
        // ownOnly: the call is answered, and the state check above shows the other's lock still stands.
        else expect(status, label).toBeLessThan(500);
      }
    }
  }
  // The admin's session survived the foreign sign-out.
  expect((await send("/admin", { headers: { cookie: fixtures.accounts.admin.cookie } })).status()).toBe(200);
  console.log(
    `route-auth: ${tree.pages.length} admin pages, ${tree.routes.length} writing routes, ${tree.actions.length} server actions; ` +
      `${sent.pages} page, ${sent.routes} route and ${sent.actions} action requests`,
  );
});
