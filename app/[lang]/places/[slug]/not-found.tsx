import Link from "next/link";
import { headers } from "next/headers";
import { messages } from "@/lib/domain/messages";
import { getArchivedPlace } from "@/lib/server/places";

// A place page that is not found (HTTP 404). When the place existed and staff archived it, the
// page says so by name instead of "not found". not-found receives no params: the slug comes
// from the path the visitor asked for (proxy.ts sets x-guide-path).
export default async function PlaceNotFound() {
  const path = (await headers()).get("x-guide-path") ?? "";
  const lang = path === "/en" || path.startsWith("/en/") ? "en" : "zh";
  const t = messages(lang);
  const slug = /\/places\/([^/]+)$/.exec(path)?.[1];
  const archived = slug ? await getArchivedPlace(slug) : null;
  const name = archived ? (lang === "en" && archived.nameEn ? archived.nameEn : archived.nameZh) : null;
  return (
    <main className="message-page">
      <h1>{name ? t.archivedTitle(name) : t.notFoundTitle}</h1>
      <p>{name ? t.archivedBody : t.notFoundBody}</p>
      <p>
        <Link href={lang === "en" ? "/en" : "/"}>{t.backToMap}</Link>
      </p>
    </main>
  );
}
