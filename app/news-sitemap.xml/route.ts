import { readNewsSitemap } from "@/lib/cache/feedData";
import { xmlContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { body, lastModified } = await readNewsSitemap();
  return xmlResponse(request, body, { contentType: xmlContentType, lastModified });
}
