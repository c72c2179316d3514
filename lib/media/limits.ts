/** Upload limits, shared by the server's checks and the browser's early warnings (no server-only imports here). */

/** The largest upload we accept: a full-resolution news photo fits well under it. */
export const maxImageBytes = 15 * 1024 * 1024;
/** The largest request body the server reads: one upload with its form fields around it. */
export const maxRequestBodyBytes = 16 * 1024 * 1024;
/** 50 megapixels: above any newsroom camera, far below what would exhaust the server when decoded. */
export const maxImagePixels = 50_000_000;

export const acceptedImageMimeTypes = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;

export const maxAltLength = 300;
export const maxCaptionLength = 500;
export const maxCreditLength = 120;
