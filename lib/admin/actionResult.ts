import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/permissions";
import { UnauthenticatedError } from "@/lib/auth/session";

/** What every newsroom server action answers: never a stack trace, always a message an editor can act on. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      code?: "forbidden" | "signedOut" | "invalid" | "conflict" | "notFound";
      conflict?: SaveConflict;
    };

/**
 * Why a save was refused with code "conflict": the version that stands now, so the editor can show it beside the
 * editor's own text. `lockedBy` is set when another editor has taken the article over.
 */
export type SaveConflict = { version: number; savedBy: string | null; savedAt: string; snapshot: unknown; lockedBy?: string };

export class NotFoundError extends Error {}

/**
 * Runs the body of a server action and turns the expected failures (signed out, not allowed, invalid input,
 * missing record) into a clear result. Anything else is logged and answered with a generic message.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  const t = await getTranslations("admin.errors");
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) return { ok: false, code: "signedOut", error: t("signedOut") };
    if (error instanceof ForbiddenError) return { ok: false, code: "forbidden", error: t("forbidden") };
    if (error instanceof NotFoundError) return { ok: false, code: "notFound", error: t("notFound") };
    if (error instanceof z.ZodError) {
      return { ok: false, code: "invalid", error: t("invalid"), fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> };
    }
    // Next's redirect() and notFound() work by throwing; they must pass through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error(error);
    return { ok: false, error: t("unexpected") };
  }
}
