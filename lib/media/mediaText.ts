import { z } from "zod";
import { normalizeLine } from "@/lib/hindi/normalize";
import { maxAltLength, maxCaptionLength, maxCreditLength } from "./limits";

export const mediaTextProblems = ["altMissing", "altTooLong", "captionTooLong", "creditTooLong"] as const;
export type MediaTextProblem = (typeof mediaTextProblems)[number];

/**
 * Alt text (required), caption and credit of a media item, NFC-normalised on one line. `message` turns a problem
 * into the text shown to the editor.
 */
export function mediaTextSchema(message: (problem: MediaTextProblem) => string) {
  const line = (max: number, tooLong: MediaTextProblem) =>
    z
      .string()
      .default("")
      .transform(normalizeLine)
      .pipe(z.string().max(max, message(tooLong)));
  return z.object({
    alt: z
      .string({ error: message("altMissing") })
      .transform(normalizeLine)
      .pipe(z.string().min(1, message("altMissing")).max(maxAltLength, message("altTooLong"))),
    caption: line(maxCaptionLength, "captionTooLong"),
    credit: line(maxCreditLength, "creditTooLong"),
  });
}

export type MediaText = z.infer<ReturnType<typeof mediaTextSchema>>;
