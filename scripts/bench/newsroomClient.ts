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

/** The login page's form as a browser without JavaScript posts it: React's hidden action fields plus ours. */
export async function loginFormFields(origin: string): Promise<[string, string][]> {
  const html = await (await fetch(`${origin}/admin/login`)).text();
  const form = /<form[^>]*class="login-form"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("No login form on /admin/login");
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [unescapeHtml(m[1]!), unescapeHtml(m[2] ?? "")]);
}

/** Posts the login form; the answer to a right password is a redirect that sets the session cookie. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const body = new FormData();
  for (const [name, value] of await loginFormFields(origin)) body.append(name, value);
  body.set("email", email);
  body.set("password", password);
  const response = await fetch(`${origin}/admin/login`, { method: "POST", body, redirect: "manual", headers: { origin } });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookie}=`));
  if (!cookie) throw new Error(`Signing in as ${email} failed (status ${response.status})`);
  return cookie.split(";", 1)[0]!;
}

type ActionEntry = { exportedName?: string; filename?: string };

/** The id the build gave a server action: what the browser's script sends in `Next-Action`. */
function actionId(buildDir: string, file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ActionEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename === file);
  if (!found) throw new Error(`No server action ${name} in ${file} in the build at ${buildDir}`);
  return found[0];
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
  const post = (page: string, action: string, contentType: string | null, body: string | FormData) =>
    fetch(`${origin}${page}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin, accept: "text/x-component", "next-action": action, ...(contentType ? { "content-type": contentType } : {}) },
      body,
    });
  const call = async <T>(page: string, file: string, name: string, input: unknown): Promise<T> => {
    const response = await post(page, actionId(buildDir, file, name), "text/plain;charset=UTF-8", JSON.stringify([input]));
    const text = await response.text();
    if (!response.ok) throw new Error(`${name} answered ${response.status}: ${text.slice(0, 300)}`);
    return actionValue<T>(text);
  };

  return {
    async createArticle(sectionId) {
      // A form's FormData as React sends it: the argument list refers to the form ("$K1"), whose fields carry its prefix.
      const form = new FormData();
      form.set("1_locale", "hi");
      form.set("1_sectionId", String(sectionId));
      form.set("0", JSON.stringify(["$K1"]));
      const response = await post("/admin/articles/new", actionId(buildDir, "app/admin/articles/new/actions.ts", "createArticle"), null, form);
      await response.arrayBuffer();
      const target = response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "";
      const id = /\/admin\/articles\/(\d+)/.exec(target)?.[1];
      if (!id) throw new Error(`createArticle did not open an editor (status ${response.status}, redirect "${target}")`);
      return Number(id);
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
