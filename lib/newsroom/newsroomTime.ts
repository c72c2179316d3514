import { z } from "zod";

const hasZone = /(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * A moment typed in the newsroom: ISO 8601 with a zone, or a form's `datetime-local` value, which the newsroom
 * means as IST. India has no daylight saving time, so IST is always +05:30.
 */
export const newsroomTime = z.iso
  .datetime({ offset: true, local: true })
  .transform((text) => new Date(hasZone.test(text) ? text : `${text}+05:30`));
