import type { JsonLd as JsonLdData } from "@/lib/seo/jsonLd";
import { serializeJsonLd } from "@/lib/seo/serializeJsonLd";

/** One block of structured data; the escaped serialisation is what makes the raw HTML below safe. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
