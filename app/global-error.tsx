"use client";
import { errorMessages } from "@/lib/domain/messages-error";

// Replaces the root layout when that layout itself fails, so neither the [lang] segment nor the
// page's language is known here: the texts come from the message files in both languages, Chinese
// first (the default language), each marked with its own lang.
const zh = errorMessages("zh");
const en = errorMessages("en");

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main style={{ padding: "2rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>
            {zh.errorTitle} · <span lang="en">{en.errorTitle}</span>
          </h1>
          <p>
            {zh.errorBody} <span lang="en">{en.errorBody}</span>
          </p>
          <button type="button" onClick={() => reset()}>
            {zh.retry} · <span lang="en">{en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
