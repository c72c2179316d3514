import { buildSitemapIndex } from "@/lib/feeds/sitemapDocuments";
import { xmlContentType, xmlResponse } from "@/lib/feeds/xmlResponse";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { body, lastModified } = await buildSitemapIndex();
  return xmlResponse(request, body, { contentType: xmlContentType, lastModified });
}
