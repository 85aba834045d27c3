import { serializeJsonLd } from "@/lib/domain/place-json-ld";

/** Structured data for search engines; the JSON is escaped so no value can end the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
