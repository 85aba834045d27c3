"use client";

/** Something did not load, said at once (role="alert"), with a button that tries again. */
export function RetryAlert({ message, retryLabel, onRetry, className }: { message: string; retryLabel: string; onRetry: () => void; className?: string }) {
  return (
    <p className={className} role="alert">
      {message}{" "}
      <button type="button" className="link-button" onClick={onRetry}>
        {retryLabel}
      </button>
    </p>
  );
}
