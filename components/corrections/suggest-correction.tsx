"use client";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { placeMessages } from "@/lib/domain/messages-place";
import { useHydrated } from "../use-hydrated";

// "报告问题 / Suggest a correction" in a place's panel: a disclosure button. The form's code is
// loaded only when a visitor opens it (or points at the button), so it costs the first view
// nothing; closing it gives focus back to the button. It is disabled until the page has hydrated,
// so an early press is not lost.
const loadForm = () => import("./correction-form");
const CorrectionForm = dynamic(loadForm, {
  ssr: false,
  loading: () => <p className="muted">…</p>,
});

export function SuggestCorrection({ lang, slug, name }: { lang: Lang; slug: string; name: string }) {
  const t = placeMessages(lang);
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formId = `correction-form-${slug}`;
  return (
    <section className="suggest-correction">
      <button
        ref={buttonRef}
        type="button"
        className="link-button"
        aria-expanded={open}
        disabled={!hydrated}
        aria-controls={open ? formId : undefined}
        onPointerEnter={() => void loadForm()}
        onFocus={() => void loadForm()}
        onClick={() => setOpen((o) => !o)}
      >
        {t.suggestCorrection}
      </button>
      {open ? (
        <CorrectionForm
          id={formId}
          lang={lang}
          slug={slug}
          name={name}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
