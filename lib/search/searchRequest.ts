import { z } from "zod";
import { normalizeLine } from "@/lib/hindi/normalize";
import { maxQueryLength } from "./queryWords";

/** A reader's search as the /search page and GET /api/search take it from the URL. */
export type SearchRequest = { query: string; sectionSlug: string | null; from: string | null; to: string | null; page: number };
export type SearchRequestField = "page" | "section" | "from" | "to";
export type ParsedSearchRequest =
  | { ok: true; request: SearchRequest }
  | { ok: false; error: string; field: SearchRequestField };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** A query over the limit is cut at its last whole word rather than refused: the reader still gets results. */
export function cutQuery(query: string): string {
  const line = normalizeLine(query);
  if (line.length <= maxQueryLength) return line;
  const head = line.slice(0, maxQueryLength + 1);
  const lastSpace = head.lastIndexOf(" ");
  // One unbroken run of letters: cut by characters, never inside a surrogate pair.
  return lastSpace > 0 ? head.slice(0, lastSpace).trimEnd() : Array.from(line).slice(0, maxQueryLength).join("");
}

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Forms submit empty fields ("section="), which mean the same as leaving the parameter out.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const day = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date written yyyy-mm-dd, such as 2024-09-14`)
    .refine(isCalendarDate, `${name} is not a date in the calendar`);

const searchParams = z
  .object({
    q: z.string().default("").transform(cutQuery),
    page: optional(
      z
        .string()
        .trim()
        .regex(/^\d+$/, "page must be a whole number from 1 upwards")
        .transform(Number)
        .refine((page) => Number.isSafeInteger(page) && page >= 1, "page must be a whole number from 1 upwards"),
    ),
    section: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "section must be a section's slug, such as khel")
        .max(100, "section must be a section's slug, such as khel"),
    ),
    from: optional(day("from")),
    to: optional(day("to")),
  })
  .refine(({ from, to }) => !from || !to || from <= to, { path: ["to"], message: "to must not be earlier than from" });

function first(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Validates the URL parameters q, page, section, from and to; unknown parameters are ignored. */
export function parseSearchRequest(params: Params): ParsedSearchRequest {
  const parsed = searchParams.safeParse(
    Object.fromEntries(["q", "page", "section", "from", "to"].map((name) => [name, first(params, name)])),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issue.message, field: issue.path[0] as SearchRequestField };
  }
  const { q, page, section, from, to } = parsed.data;
  return { ok: true, request: { query: q, sectionSlug: section ?? null, from: from ?? null, to: to ?? null, page: page ?? 1 } };
}
