import fs from "node:fs";
import path from "node:path";
import type { ArticleSaved, StatusChanged } from "@/components/admin/articleEditorTypes";
import type { ActionResult } from "@/lib/admin/actionResult";
import type { ArticleDraftInput } from "@/lib/content/articleDraft";
import { sessionCookie } from "@/lib/auth/cookieNames";

/**
 * The newsroom driven over HTTP the way an editor's browser drives it: the login form, then the server actions the
 * editor's buttons call (POSTs with a `Next-Action` header), with the session cookie. Only for benchmarks against a
 * production build: action ids come from the build's server reference manifest, as the browser gets them from
 * the build's scripts.
 */

const unescapeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields of the login form in the login page's HTML: React's action fields plus ours. */
export function loginFormFieldsIn(html: string): [string, string][] {
  const form = /<form[^>]*class="login-form"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("No login form on /admin/login");
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [unescapeHtml(m[1]!), unescapeHtml(m[2] ?? "")]);
}

/** The login page's form as a browser without JavaScript posts it: React's hidden action fields plus ours. */
export async function loginFormFields(origin: string): Promise<[string, string][]> {
  return loginFormFieldsIn(await (await fetch(`${origin}/admin/login`)).text());
}

/** The login form filled in, ready to post to /admin/login; a right password is answered with the session cookie. */
export function filledLoginForm(hiddenFields: [string, string][], account: { email: string; password: string }): FormData {
  const body = new FormData();
  for (const [name, value] of hiddenFields) body.append(name, value);
  body.set("email", account.email);
  body.set("password", account.password);
  return body;
}

/** The `name=value` of the session cookie among a response's Set-Cookie lines, if it sets one. */
export function sessionCookieFrom(setCookieLines: string[]): string | undefined {
  return setCookieLines.find((line) => line.startsWith(`${sessionCookie}=`))?.split(";", 1)[0];
}

/** Posts the login form; the answer to a right password is a redirect that sets the session cookie. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const body = filledLoginForm(await loginFormFields(origin), { email, password });
  const response = await fetch(`${origin}/admin/login`, { method: "POST", body, redirect: "manual", headers: { origin } });
  const cookie = sessionCookieFrom(response.headers.getSetCookie());
  if (!cookie) throw new Error(`Signing in as ${email} failed (status ${response.status})`);
  return cookie;
}

/** One server reference of the build: the file and export it came from, and the pages' bundles (`workers`) that carry it. */
export type ActionManifestEntry = { exportedName?: string; filename?: string; workers?: Record<string, unknown> };

/** Every server reference the build knows, by id: server actions, and `"use cache"` functions. */
export function readActionManifest(buildDir: string): Record<string, ActionManifestEntry> {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ActionManifestEntry> };
  return manifest.node;
}

/** The id the build gave a server action: what the browser's script sends in `Next-Action`. */
export function actionId(buildDir: string, file: string, name: string): string {
  const found = Object.entries(readActionManifest(buildDir)).find(([, entry]) => entry.exportedName === name && entry.filename === file);
  if (!found) throw new Error(`No server action ${name} in ${file} in the build at ${buildDir}`);
  return found[0];
}

/** React escapes strings that start with "$", which otherwise mark references in its wire format. */
function wireValue(value: unknown, forms: FormData[]): unknown {
  if (value instanceof FormData) {
    forms.push(value);
    return `$K${forms.length.toString(16)}`;
  }
  if (value === undefined) return "$undefined";
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map((item) => wireValue(item, forms));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wireValue(item, forms)]));
  return value;
}

/**
 * A server action's arguments as React's client sends them: the argument list as JSON text, or, when a FormData is
 * among them, a multipart body whose field "0" is the list (referring to each form as "$K<n>") and whose other
 * fields are the forms' own, prefixed "_<n>_" (n in hex, as React writes it).
 */
export function actionCallBody(args: unknown[]): { body: string | FormData; contentType: string | null } {
  const forms: FormData[] = [];
  const list = JSON.stringify(wireValue(args, forms));
  if (forms.length === 0) return { body: list, contentType: "text/plain;charset=UTF-8" };
  const body = new FormData();
  forms.forEach((form, index) => {
    for (const [name, value] of form.entries()) body.append(`_${(index + 1).toString(16)}_${name}`, value);
  });
  body.set("0", list);
  return { body, contentType: null };
}

/** The headers that make a POST a call of the action: its id, and the cookie and Origin the caller chose. */
export function actionCallHeaders(id: string, caller: { cookie?: string; origin: string }): Record<string, string> {
  return { origin: caller.origin, accept: "text/x-component", "next-action": id, ...(caller.cookie ? { cookie: caller.cookie } : {}) };
}

/**
 * Calls a server action with these arguments, this cookie (or none) and this Origin (a page of the portal's own,
 * or another site's), on `page` (a page whose bundle carries the action). The answer is left unread.
 */
export async function callAction(
  portalOrigin: string,
  call: { page: string; id: string; args: unknown[]; cookie?: string; origin?: string },
): Promise<Response> {
  const { body, contentType } = actionCallBody(call.args);
  return fetch(`${portalOrigin}${call.page}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...actionCallHeaders(call.id, { cookie: call.cookie, origin: call.origin ?? portalOrigin }), ...(contentType ? { "content-type": contentType } : {}) },
    body,
  });
}

/**
 * The value an action returned, from its answer in React's wire format: row 0 points at the row with the value
 * ("$@1"); every row is "<id>:<json>".
 */
export function actionValue<T>(text: string): T {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
  const reference = typeof root?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(root.a)?.[1] : undefined;
  if (!reference || !rows.has(reference)) throw new Error(`Unexpected server action answer: ${text.slice(0, 300)}`);
  return JSON.parse(rows.get(reference)!) as T;
}

export type NewsroomSession = {
  /** Creates an empty Hindi draft in the section, as the "new article" form does, and returns its id. */
  createArticle: (sectionId: number) => Promise<number>;
  /** Opens the editor page, as a browser does before anything is typed. */
  openEditor: (articleId: number) => Promise<void>;
  saveArticle: (articleId: number, baseVersion: number, draft: ArticleDraftInput) => Promise<ActionResult<ArticleSaved>>;
  changeStatus: (articleId: number, version: number, transition: "publish" | "unpublish") => Promise<ActionResult<StatusChanged>>;
};

export async function newsroomSession(origin: string, account: { email: string; password: string }, buildDir: string): Promise<NewsroomSession> {
  const cookie = await signIn(origin, account.email, account.password);
  const call = async <T>(page: string, file: string, name: string, input: unknown): Promise<T> => {
    const response = await callAction(origin, { page, id: actionId(buildDir, file, name), args: [input], cookie });
    const text = await response.text();
    if (!response.ok) throw new Error(`${name} answered ${response.status}: ${text.slice(0, 300)}`);
    return actionValue<T>(text);
  };

  return {
    async createArticle(sectionId) {
      const form = new FormData();
      form.set("locale", "hi");
      form.set("sectionId", String(sectionId));
      const id = actionId(buildDir, "app/admin/articles/new/actions.ts", "createArticle");
      const response = await callAction(origin, { page: "/admin/articles/new", id, args: [form], cookie });
      await response.arrayBuffer();
      const target = response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "";
      const articleId = /\/admin\/articles\/(\d+)/.exec(target)?.[1];
      if (!articleId) throw new Error(`createArticle did not open an editor (status ${response.status}, redirect "${target}")`);
      return Number(articleId);
    },
    async openEditor(articleId) {
      const response = await fetch(`${origin}/admin/articles/${articleId}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`The editor for article ${articleId} answered ${response.status}`);
    },
    saveArticle: (articleId, baseVersion, draft) => call(`/admin/articles/${articleId}`, "app/admin/articles/[id]/actions.ts", "saveArticle", { articleId, baseVersion, draft }),
    changeStatus: (articleId, version, transition) => call(`/admin/articles/${articleId}`, "app/admin/articles/[id]/workflow.ts", "changeStatus", { articleId, version, transition }),
  };
}
