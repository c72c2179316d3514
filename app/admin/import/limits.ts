/**
 * Limits of the newsroom's wire-copy upload, shared by the form (which batches and pre-screens) and the action
 * (which enforces them whatever the form did).
 */

/** The importer's own limit (1 MB): the form skips larger files and the action refuses them before reading. */
export { maxWireFileBytes } from "@/lib/import/readWireFile";

/**
 * Files per request. 10 files of at most 1 MB stay well under the server-action body limit of 16 MB
 * (next.config.ts), so the form needs no byte arithmetic and the limit meant for images stays as it is.
 */
export const wireFilesPerRequest = 10;

/** Files one upload may hold; a bigger delivery goes through `npm run import` on the server. */
export const maxWireFilesPerUpload = 200;

export const wireImportStatuses = ["draft", "in_review", "published"] as const;
export type WireImportStatus = (typeof wireImportStatuses)[number];
