"use client";
import { useEffect } from "react";

// Shown when a page fails on the server (e.g. the database is unreachable). Both languages, since
// the error may have happened before the language was known.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="message-page">
      <h1>出了点问题 · Something went wrong</h1>
      <p>页面暂时无法显示，请稍后重试。 This page cannot be shown right now. Please try again.</p>
      {error.digest ? <p className="muted">Ref: {error.digest}</p> : null}
      <button type="button" onClick={() => reset()}>
        重试 · Try again
      </button>
    </main>
  );
}
