"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main style={{ padding: "2rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>出了点问题 · Something went wrong</h1>
          <p>请稍后重试。 Please try again later.</p>
          <button type="button" onClick={() => reset()}>
            重试 · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
