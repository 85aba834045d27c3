"use client";
import { useEffect } from "react";
import { useParams } from "next/navigation";
import { isLang } from "@/lib/domain/i18n";
import { errorMessages } from "@/lib/domain/messages-error";

// Shown when a page fails on the server (e.g. the database is unreachable), in the page's language
// (the [lang] segment; Chinese when it cannot be read).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ lang?: string }>();
  const t = errorMessages(isLang(params?.lang) ? params.lang : "zh");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="message-page">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      {error.digest ? <p className="muted">{t.errorRef(error.digest)}</p> : null}
      <button type="button" onClick={() => reset()}>
        {t.retry}
      </button>
    </main>
  );
}
