import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { readActionManifest } from "@/scripts/bench/newsroomClient";

/**
 * What the portal answers that a stranger could use to read the newsroom or change anything, found in the source
 * tree rather than listed by hand: admin pages, route handlers that write (and any route handler under /admin),
 * and server actions. The build's manifests are read beside it, so that what the tree and the build say can be
 * compared.
 */

const root = process.cwd();
const writingMethods = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Files under `dir` (relative to the project), depth first, sorted so that failures read the same every run. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...filesUnder(relative));
    else found.push(relative);
  }
  return found;
}

/** Folders that are not part of the URL: route groups `(name)` and parallel-route slots `@slot`. */
const outsideTheUrl = (segment: string) => !segment || /^\(.*\)$/.test(segment) || segment.startsWith("@");

/** The URL pattern of an app-router file's folder; `[id]` stays a placeholder. */
function routePattern(file: string, leaf: string): string {
  return `/${file.slice("app/".length, -leaf.length - 1).split("/").filter((segment) => !outsideTheUrl(segment)).join("/")}`;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The directives ("use server", "use cache", "use client") at the top of a file or of a function body. */
function directivesOf(statements: ts.NodeArray<ts.Statement>): string[] {
  const found: string[] = [];
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    found.push(statement.expression.text);
  }
  return found;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Names of the values a module exports (functions, consts, `export { … }`), not its types. */
function exportedValues(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    }
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    }
    if (ts.isExportAssignment(statement)) names.push("default");
  }
  return names;
}

/** Functions anywhere in the file whose own body starts with the directive ("use server" inside a component). */
function inlineDirectiveCount(source: ts.SourceFile, directive: string): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) && node.body && ts.isBlock(node.body)) {
      if (directivesOf(node.body.statements).includes(directive)) count++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

export type AdminPage = { pattern: string; file: string };
export type WritingRoute = { pattern: string; file: string; methods: string[] };
export type ServerAction = { file: string; name: string };
/** A function that is a server reference without being an exported action: a "use server" or "use cache" function inside a module. */
export type InlineReference = { file: string; directive: "use server" | "use cache"; count: number };

export type RouteTree = {
  pages: AdminPage[];
  /** Route handlers that write, or that answer under /admin. */
  routes: WritingRoute[];
  /** Every route handler's pattern, and Next's metadata files (icon.svg → /icon.svg), which answer GET only. */
  allRoutePatterns: string[];
  actions: ServerAction[];
  inline: InlineReference[];
};

/** Metadata files Next serves as GET-only routes: `app/icon.svg` at /icon.svg, `app/manifest.ts` at /manifest.webmanifest. */
const metadataFile = /^(icon|apple-icon|favicon|opengraph-image|twitter-image)\d*\.\w+$|^(manifest|robots|sitemap)\.(ts|tsx|js)$/;
function metadataRoute(file: string): string | undefined {
  const name = path.basename(file);
  if (!metadataFile.test(name)) return undefined;
  const folder = routePattern(file, name).replace(/\/$/, "");
  const served = name.replace(/^manifest\.(ts|tsx|js)$/, "manifest.webmanifest").replace(/^robots\.(ts|tsx|js)$/, "robots.txt").replace(/^sitemap\.(ts|tsx|js)$/, "sitemap.xml");
  return `${folder}/${served}`;
}

const sourceFile = /\.(ts|tsx)$/;
const isTest = /\.(test|spec)\.tsx?$/;

/**
 * Reads the tree: every page file under app/admin, every route.ts under app that exports POST, PUT, PATCH or
 * DELETE (or anything, under /admin), and every "use server" module in app/, lib/ and components/.
 */
export function readRouteTree(): RouteTree {
  const appFiles = filesUnder("app");
  const pages = appFiles
    .filter((file) => file.startsWith("app/admin/") && /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .map((file) => ({ pattern: routePattern(file, path.basename(file)), file }));

  const routes: WritingRoute[] = [];
  const routeFiles = appFiles.filter((candidate) => /\/route\.(ts|js)$/.test(candidate));
  const allRoutePatterns = [
    ...routeFiles.map((file) => routePattern(file, path.basename(file))),
    ...appFiles.flatMap((file) => metadataRoute(file) ?? []),
  ];
  for (const file of routeFiles) {
    const pattern = routePattern(file, path.basename(file));
    const exported = exportedValues(parse(file));
    const methods = exported.filter((name) => (writingMethods as readonly string[]).includes(name) || (pattern.startsWith("/admin") && name === "GET"));
    if (methods.length > 0) routes.push({ pattern, file, methods });
  }

  const actions: ServerAction[] = [];
  const inline: InlineReference[] = [];
  const modules = ["app", "lib", "components"].flatMap(filesUnder).filter((file) => sourceFile.test(file) && !isTest.test(file));
  for (const file of modules) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    if (!text.includes("use server") && !text.includes("use cache")) continue;
    const source = parse(file);
    const directives = directivesOf(source.statements);
    if (directives.includes("use server")) actions.push(...exportedValues(source).map((name) => ({ file, name })));
    for (const directive of ["use server", "use cache"] as const) {
      const count = inlineDirectiveCount(source, directive) + (directive === "use cache" && directives.includes("use cache") ? exportedValues(source).length : 0);
      if (count > 0) inline.push({ file, directive, count });
    }
  }
  return { pages, routes, allRoutePatterns, actions, inline };
}

export type BuiltReference = { id: string; file: string; name: string; workers: string[] };

/** The build's server references (actions and "use cache" functions), with the page bundles that carry each. */
export function readBuiltReferences(buildDir: string): BuiltReference[] {
  return Object.entries(readActionManifest(buildDir)).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "",
    name: entry.exportedName ?? "",
    workers: Object.keys(entry.workers ?? {}),
  }));
}

/** The build's app routes as URL patterns: "/admin/users" for app/admin/users/page, with whether each is a page or a route handler. */
export function readBuiltRoutes(buildDir: string): { pattern: string; kind: "page" | "route" }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest).flatMap((key) => {
    const match = /^(.*)\/(page|route)$/.exec(key);
    if (!match) return [];
    const pattern = match[1]!.split("/").filter((segment) => !outsideTheUrl(segment)).join("/");
    return [{ pattern: `/${pattern}`, kind: match[2] as "page" | "route" }];
  });
}

/** A worker key from the manifest ("app/admin/tags/[id]/page") as a URL pattern ("/admin/tags/[id]"). */
export function workerPattern(worker: string): string | undefined {
  const match = /^app(\/.*)?\/page$/.exec(worker);
  return match ? (match[1] ?? "/") : undefined;
}
