import { buildNewsSitemap } from "@/lib/feeds/newsSitemap";
import { xmlContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { body, lastModified } = await buildNewsSitemap();
  return xmlResponse(request, body, { contentType: xmlContentType, lastModified });
}
