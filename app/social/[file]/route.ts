import { socialImageResponse } from "@/lib/seo/socialImageResponse";

// Paths with a dot pass the proxy untouched, so share images have no locale prefix.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return socialImageResponse(request, (await params).file);
}
