"use client";

/** Opens the browser's print dialog (the page's print styles decide what is printed). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
