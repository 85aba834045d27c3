import { headers } from "next/headers";
import { PlaceNotFoundMessage } from "@/components/place-not-found";
import { localized } from "@/lib/domain/i18n";
import { getArchivedPlace } from "@/lib/server/places";

// A place page that is not found (HTTP 404). When the place existed and staff archived it, the
// page says so by name instead of "not found". not-found receives no params: the slug comes
// from the path the visitor asked for (proxy.ts sets x-guide-path).
export default async function PlaceNotFound() {
  const path = (await headers()).get("x-guide-path") ?? "";
  const lang = path === "/en" || path.startsWith("/en/") ? "en" : "zh";
  const slug = /\/places\/([^/]+)$/.exec(path)?.[1];
  const archived = slug ? await getArchivedPlace(slug) : null;
  return <PlaceNotFoundMessage lang={lang} archivedName={archived ? localized(lang, archived.nameZh, archived.nameEn).text : null} />;
}
