import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRandom } from "../lib/wire/generator/random";
import { expect, test } from "@playwright/test";
import { filledLoginForm, loginFormFields, readActionManifest, sessionCookieFrom } from "../scripts/bench/newsroomClient";
import { sessionCookie } from "../lib/auth/cookieNames";
import { encodeSegment, hostilePayloads } from "./hostilePayloads";
import { staff } from "./staff";

/**
 * Random and malformed requests to every route of the app's route tree: no answer is a 5xx, none shows a stack
 * trace or a file path, and the server answers its health check after every batch. Reproducible: the seed is
 * printed, and FUZZ_SEED=<seed> runs the same requests again.
 */

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const requestsPerRoute = Number(process.env.FUZZ_PER_ROUTE ?? 45);

/** The wire generator's seeded source, read the way the fuzzer asks: an index below a count, an item, a chance. */
function generator(start: number) {
  const source = createRandom(String(start));
  return { next: source.next, int: (below: number) => source.int(0, below - 1), pick: source.uniform, chance: source.chance };
}
type Random = ReturnType<typeof generator>;

/** The URL templates of the app: every page.tsx and route.ts, "[param]" segments kept for filling in. */
function routeTemplates(): string[] {
  const templates: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        const segments = path.relative("app", dir).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
        templates.push(`/${segments.join("/")}`);
      }
    }
  };
  walk("app");
  return templates.sort();
}

const knownValues: Record<string, string[]> = {
  locale: ["", "hi", "en", "fr", "HI", "..", "%2e%2e"],
  section: ["khel", "desh", "no-such-section", "KHEL", "khel.", "admin", "_next", "api"],
  article: ["no-such-story-1", "x-999999999999", "-1", "0", "a-0", "a-9007199254740993", "a--1", "a-1e3"],
  page: ["0", "1", "2", "-1", "1.5", "1e3", "99999999", "9007199254740993", "0x10", "NaN", "Infinity", "01"],
  tag: ["cricket", "no-such-tag"],
  author: ["no-such-author"],
  file: ["a.jpg", "0".repeat(64) + ".jpg", "f".repeat(64) + ".webp", "x.png", "sitemap.xml", "articles-2026-11.xml", "articles-9999-99.xml", "sections-2.xml", "1.png", "-1.png"],
  id: ["0", "-1", "1.5", "abc", "99999999999999", "9007199254740993", "1e309", "0x1", " 1"],
  revisionId: ["0", "-1", "abc", "99999999999999"],
  rest: ["a", "a/b/c", "..", "amp", "feed", "rss.xml"],
};

/** Values no handler expects: hostile text, broken percent-encoding, huge and odd numbers. */
function wildValue(random: Random): string {
  switch (random.int(7)) {
    case 0:
      return encodeSegment(random.pick(hostilePayloads).text).slice(0, 3000);
    case 1:
      return random.pick(["%", "%zz", "%00", "%c0%af", "%ff%fe", "%ed%a0%80", "%e0%a4", "%2e%2e", "%2e%2e%2f%2e%2e", "..%2f..%2fetc%2fpasswd", "%252e%252e"]);
    case 2:
      return "x".repeat(random.pick([256, 2000, 6000]));
    case 3:
      return Array.from({ length: 1 + random.int(30) }, () => String.fromCodePoint(random.pick([0x20, 0x41, 0x915, 0x93c, 0x200d, 0x202e, 0xfeff, 0x1f4f0, 0x3c, 0x22, 0x27]) + random.int(5))).join("");
    case 4:
      return random.pick(["-1", "0", "NaN", "1e309", "18446744073709551616", "0.0000001", "١٢٣", "१२३"]);
    case 5:
      return random.pick(["__proto__", "constructor", "null", "undefined", "[]", "{}", "true"]);
    default:
      return encodeURIComponent(Array.from({ length: random.int(40) }, () => String.fromCharCode(32 + random.int(95))).join(""));
  }
}

function fillTemplate(template: string, random: Random): string {
  const filled = template
    .split("/")
    .map((segment) => {
      const match = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
      if (!match) return segment;
      const name = match[2]!;
      if (name === "id" && template.startsWith("/admin")) {
        // Never a real article: an editor's session opening it would take its lock from a parallel test.
        return random.chance(0.5) ? random.pick(["abc", "0", "-1", "1.5", "99999999999999", "9007199254740993"]) : wildValue(random);
      }
      return random.chance(0.5) && knownValues[name] ? random.pick(knownValues[name]!) : wildValue(random);
    })
    .join("/");
  return filled.replace(/\/{2,}/g, "/") || "/";
}

const queryKeys = ["q", "page", "section", "from", "to", "locale", "lite", "_rsc", "utm_source", "next", "callbackUrl", "__proto__", "a[]", "%zz"];

function queryString(random: Random): string {
  if (random.chance(0.4)) return "";
  if (random.chance(0.1)) return `?${"q=" + "क".repeat(random.pick([1000, 4000]))}`;
  if (random.chance(0.1)) return `?${Array.from({ length: 300 }, (_, index) => `k${index}=${index}`).join("&")}`;
  const pairs = Array.from({ length: 1 + random.int(4) }, () => `${random.pick(queryKeys)}=${wildValue(random)}`);
  return `?${pairs.join("&")}`;
}

/** What fetch can put in a header: printable ASCII (the raw-socket requests send the rest). */
function headerValue(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "%").slice(0, 4000);
}

type Body = { contentType?: string; body: string | Uint8Array<ArrayBuffer> };

function garbageBody(random: Random): Body {
  switch (random.int(8)) {
    case 0:
      return { contentType: "application/json", body: '{"a":' };
    case 1:
      return { contentType: "application/json", body: JSON.stringify({ tags: random.pick(hostilePayloads).text, lite: [1], __proto__: { x: 1 } }) };
    case 2:
      return { contentType: "application/x-www-form-urlencoded", body: `lite=${wildValue(random)}&%zz=%` };
    case 3:
      return { contentType: "multipart/form-data; boundary=----nope", body: "------nope\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"$K1\"" };
    case 4:
      return { contentType: "text/plain;charset=UTF-8", body: `[${wildValue(random)}]` };
    case 5:
      // Over the one-megabyte limit of server actions and route bodies alike.
      return { contentType: random.pick(["application/json", "text/plain;charset=UTF-8", "multipart/form-data; boundary=x"]), body: "[" + "9,".repeat(1_100_000) + "9]" };
    case 6:
      return { contentType: "application/octet-stream", body: new Uint8Array(Array.from({ length: 2000 }, () => random.int(256))) };
    default:
      return { body: "" };
  }
}

/** Lines that only a stack trace or a leaked file path would put into an answer. */
const leaks: [string, RegExp][] = [
  ["stack frame", /\n\s+at [^\n]*\(/],
  ["node_modules path", /node_modules[/\\]/],
  ["project path", /\/work\/|\/home\/|\/app\/\.next/],
  ["source position", /\.(?:tsx?|m?js|cjs):\d+:\d+/],
  ["error name", /\b(?:Type|Reference|Syntax|Range|Sqlite)?Error: /],
  ["sqlite message", /SQLITE_|no such column|fts5: syntax error/i],
];

function leakIn(body: string): string | null {
  for (const [name, pattern] of leaks) if (pattern.test(body)) return `${name}: ${pattern.exec(body)![0].slice(0, 80)}`;
  return null;
}

type Outcome = { request: string; status: number; body: string; contentType: string };

async function send(origin: string, method: string, target: string, headers: Record<string, string>, body?: Body): Promise<Outcome> {
  const response = await fetch(`${origin}${target}`, {
    method,
    redirect: "manual",
    headers: { ...headers, ...(body?.contentType ? { "content-type": body.contentType } : {}) },
    body: method === "GET" || method === "HEAD" ? undefined : body?.body,
    signal: AbortSignal.timeout(30_000),
  });
  const contentType = response.headers.get("content-type") ?? "";
  const bytes = new Uint8Array(await response.arrayBuffer());
  const textual = !/^(image|font|application\/octet-stream)/.test(contentType);
  return { request: `${method} ${target.slice(0, 200)}`, status: response.status, contentType, body: textual ? new TextDecoder().decode(bytes) : "" };
}

/** What fetch cannot send: raw bytes on the wire. Resolves with what came back before the server closed or went quiet. */
function sendRaw(port: number, bytes: Buffer, quietMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let timer = setTimeout(() => socket.destroy(), quietMs);
    const finish = () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    socket.on("connect", () => socket.write(bytes));
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      clearTimeout(timer);
      timer = setTimeout(() => socket.destroy(), 300);
    });
    socket.on("error", finish);
    socket.on("close", finish);
  });
}

function rawRequests(random: Random): { label: string; bytes: Buffer }[] {
  const host = "Host: 127.0.0.1\r\n";
  const line = (text: string) => Buffer.from(text, "latin1");
  const withPath = (pathBytes: number[]) => Buffer.concat([line("GET /"), Buffer.from(pathBytes), line(` HTTP/1.1\r\n${host}Connection: close\r\n\r\n`)]);
  const requests = [
    { label: "invalid UTF-8 in a reader path", bytes: withPath([0xff, 0xfe, 0x2f, 0xc0, 0xaf]) },
    { label: "overlong slash in a section path", bytes: withPath([0x6b, 0x68, 0x65, 0x6c, 0x2f, 0xc0, 0xaf, 0x2e, 0x2e]) },
    { label: "lone surrogate bytes in a path", bytes: withPath([0xed, 0xa0, 0x80]) },
    { label: "raw percent in a path", bytes: line(`GET /khel/%%%/% HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "raw percent in the search", bytes: line(`GET /search?q=%&page=%zz HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "NUL byte in a path", bytes: withPath([0x61, 0x00, 0x62]) },
    { label: "raw dot-dot in media", bytes: line(`GET /media/../../etc/passwd HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "absolute-form request target", bytes: line(`GET http://evil.example/admin HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "asterisk request target", bytes: line(`OPTIONS * HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "TRACE", bytes: line(`TRACE / HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "unknown method", bytes: line(`BREW /coffee HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "HTTP/0.9 style", bytes: line("GET /\r\n\r\n") },
    { label: "no Host header", bytes: line("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") },
    { label: "hostile Host header", bytes: line(`GET / HTTP/1.1\r\nHost: <script>.example:99999\r\nConnection: close\r\n\r\n`) },
    { label: "huge header", bytes: line(`GET / HTTP/1.1\r\n${host}X-Big: ${"a".repeat(70_000)}\r\nConnection: close\r\n\r\n`) },
    { label: "a thousand headers", bytes: line(`GET / HTTP/1.1\r\n${host}${Array.from({ length: 1000 }, (_, i) => `X-H${i}: ${i}\r\n`).join("")}Connection: close\r\n\r\n`) },
    { label: "header without colon", bytes: line(`GET / HTTP/1.1\r\n${host}Broken header\r\nConnection: close\r\n\r\n`) },
    { label: "absurd cookie", bytes: line(`GET /admin HTTP/1.1\r\n${host}Cookie: ${sessionCookie}=${"%".repeat(4000)}; a=\u00ff\r\nConnection: close\r\n\r\n`) },
    { label: "absurd accept-language and if-none-match", bytes: line(`GET /khel HTTP/1.1\r\n${host}Accept-Language: ${"*;q=9,".repeat(500)}\r\nIf-None-Match: ${'W/"'.repeat(500)}\r\nIf-Modified-Since: yesterday\r\nConnection: close\r\n\r\n`) },
    { label: "negative Content-Length", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Content-Length: -5\r\nConnection: close\r\n\r\nlite=on`) },
    { label: "non-numeric Content-Length", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Content-Length: abc\r\nConnection: close\r\n\r\nlite=on`) },
    { label: "two Content-Lengths", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Content-Length: 7\r\nContent-Length: 8\r\nConnection: close\r\n\r\nlite=on`) },
    { label: "Content-Length and chunked", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Content-Length: 7\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`) },
    { label: "broken chunked body", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nlite=on\r\n0\r\n\r\n`) },
    { label: "truncated body to a route", bytes: line(`POST /api/lite HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\nConnection: close\r\n\r\nlite=o`) },
    { label: "truncated body to a server action", bytes: line(`POST /admin/articles/new HTTP/1.1\r\n${host}Next-Action: ${"a".repeat(42)}\r\nContent-Type: text/plain\r\nContent-Length: 900\r\nConnection: close\r\n\r\n["$K1"`) },
    { label: "pipelined requests", bytes: line(`GET /api/health HTTP/1.1\r\n${host}\r\nGET /%zz HTTP/1.1\r\n${host}\r\nGET /khel HTTP/1.1\r\n${host}Connection: close\r\n\r\n`) },
    { label: "bare LF line endings", bytes: line(`GET / HTTP/1.1\n${host.trim()}\nConnection: close\n\n`) },
    { label: "HTTP/2 preface on HTTP/1", bytes: line("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") },
  ];
  // Random bytes where the path goes: the parser decides, never the app.
  for (let index = 0; index < 20; index++) {
    requests.push({ label: `random path bytes #${index}`, bytes: withPath(Array.from({ length: 1 + random.int(40) }, () => 0x21 + random.int(0xde))) });
  }
  return requests;
}

async function signInCookie(origin: string): Promise<string> {
  const body = filledLoginForm(await loginFormFields(origin), staff.editor);
  const response = await fetch(`${origin}/admin/login`, { method: "POST", body, redirect: "manual", headers: { origin } });
  const cookie = sessionCookieFrom(response.headers.getSetCookie());
  if (!cookie) throw new Error(`signing in as the editor failed (${response.status})`);
  return cookie;
}

/** Server action ids of the build, except the login's: garbage there would count as failed logins from 127.0.0.1. */
function actionIds(): string[] {
  return Object.entries(readActionManifest(process.env.NEXT_DIST_DIR ?? ".next"))
    .filter(([, entry]) => entry.filename?.startsWith("app/") && !entry.filename.startsWith("app/admin/login"))
    .map(([id]) => id);
}

test.describe("fuzzing every route", () => {
  test("random and malformed requests never get a 5xx or a stack trace, and the server keeps serving", async ({ baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "requests without a browser: one project is enough");
    test.setTimeout(240_000);
    const origin = baseURL!;
    const port = Number(new URL(origin).port);
    const random = generator(seed);
    const templates = routeTemplates();
    const actions = actionIds();
    const cookie = await signInCookie(origin);
    const problems: string[] = [];
    const covered = new Set<string>();
    let sent = 0;

    const check = (outcome: Outcome, route: string) => {
      sent++;
      covered.add(route);
      if (outcome.status >= 500) problems.push(`${outcome.request} → ${outcome.status}: ${outcome.body.slice(0, 200)}`);
      const leak = leakIn(outcome.body);
      if (leak) problems.push(`${outcome.request} → ${outcome.status} shows a ${leak}`);
    };
    const healthy = async (after: string) => {
      const health = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(15_000) });
      expect(health.status, `health after ${after}`).toBe(200);
    };

    const methods = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
    for (const template of templates) {
      const admin = template.startsWith("/admin");
      const batch: Promise<void>[] = [];
      for (let index = 0; index < requestsPerRoute; index++) {
        const target = fillTemplate(template, random) + queryString(random);
        const withSession = admin && random.chance(0.5);
        // Never the login form (failed logins from 127.0.0.1 lock everyone out), never a write with a session.
        const method = template === "/admin/login" || withSession ? random.pick(["GET", "HEAD"]) : random.pick(methods);
        const headers: Record<string, string> = {};
        if (withSession) headers.cookie = cookie;
        if (method === "POST" && random.chance(0.5)) {
          headers["next-action"] = random.chance(0.5) ? random.pick(actions) : headerValue(random.pick(["", "x", "0".repeat(42), "f".repeat(1000), "../../etc", wildValue(random)]));
          headers.accept = "text/x-component";
        }
        if (random.chance(0.15)) headers["next-router-state-tree"] = random.pick(["%5B%22%22%5D", "garbage", encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]'), "%ff"]);
        if (random.chance(0.1)) headers.rsc = "1";
        if (random.chance(0.1)) headers["next-router-prefetch"] = "1";
        if (random.chance(0.1)) headers.origin = random.pick(["https://evil.example", "null", origin]);
        if (random.chance(0.1)) headers["if-none-match"] = random.pick(["*", 'W/"x"', "garbage"]);
        if (random.chance(0.1)) headers["accept-language"] = random.pick(["en", "*", "xx-YY;q=abc"]);
        const body = method === "GET" || method === "HEAD" ? undefined : garbageBody(random);
        batch.push(
          send(origin, method, target, headers, body).then(
            (outcome) => check(outcome, template),
            (error: unknown) => void problems.push(`${method} ${target.slice(0, 200)} failed: ${String(error)}`),
          ),
        );
        if (batch.length >= 6) await Promise.all(batch.splice(0));
      }
      await Promise.all(batch);
      await healthy(template);
    }

    // Paths outside the route tree: assets, files and things attackers probe for.
    for (const probe of ["/_next/static/../../server/app.js", "/_next/image?url=%2Fmedia%2Fx&w=99999&q=0", "/_next/image?url=http://evil.example/x.png&w=64&q=75", "/_next/data/x/y.json", "/.env", "/.git/config", "/favicon.ico", "/robots.txt?x=%ff", "/wp-login.php", "/%2e%2e/%2e%2e/etc/passwd", "/khel/%2e%2e%2f%2e%2e%2fadmin", "/en/en/en", "/hi/khel", "/index.php?id=1'"]) {
      check(await send(origin, "GET", probe, {}), "probe");
    }

    const raw = rawRequests(random);
    for (const { label, bytes } of raw) {
      const answer = await sendRaw(port, bytes);
      sent++;
      for (const status of answer.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)) {
        if (Number(status[1]) >= 500) problems.push(`raw ${label} → ${status[1]}: ${answer.slice(0, 200)}`);
      }
      const leak = leakIn(answer);
      if (leak) problems.push(`raw ${label} shows a ${leak}`);
    }
    covered.add("raw socket");
    await healthy("raw requests");

    console.log(`fuzz: seed ${seed}, ${sent} requests (${raw.length} raw), ${templates.length} routes from the route tree + probes + raw socket`);
    testInfo.annotations.push({ type: "fuzz", description: `seed ${seed}; ${sent} requests; ${templates.length} routes` });
    expect(problems, `seed ${seed}: rerun with FUZZ_SEED=${seed}`).toEqual([]);
  });

  // Next reads a form posted to a newsroom page as a server action, and answered 500 when the body did not parse;
  // the proxy now reads such a body first (proxy.ts, isUnreadableFormPost).
  test("a form post from this site to the login page whose body does not parse is refused with a 400, not answered 500", async ({ baseURL }) => {
    for (const contentType of ["multipart/form-data; boundary=----nope", "multipart/form-data"]) {
      const response = await fetch(`${baseURL}/admin/login`, { method: "POST", headers: { "content-type": contentType, origin: baseURL! }, body: "xx" });
      expect(response.status, contentType).toBe(400);
    }
  });

  test("a form post from another site to a newsroom page is refused with a 403 before Next reads it", async ({ baseURL }) => {
    const response = await fetch(`${baseURL}/admin/login`, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=----nope", origin: "https://evil.example" }, body: "xx" });
    expect(response.status).toBe(403);
  });
});
