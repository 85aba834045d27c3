import { headers } from "next/headers";
import { pageMessages } from "@/lib/domain/messages-page";

// not-found receives no params; the language comes from the path the visitor asked for.
export default async function NotFound() {
  const h = await headers();
  const path = h.get("x-guide-path") ?? "";
  const lang = path === "/en" || path.startsWith("/en/") ? "en" : "zh";
  const t = pageMessages(lang);
  return (
    <main className="message-page">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <a href={lang === "en" ? "/en" : "/"}>{t.backToMap}</a>
      </p>
    </main>
  );
}
