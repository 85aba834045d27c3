"use client";
import { useCallback, useEffect, useState } from "react";
import type { LazyModule } from "./lazy-module";

/**
 * A lazily loaded module (lazy-module.ts) held in state: null until it has loaded, from the render
 * after `wanted` first became true (or in that render when it already has). Nothing suspends, so the part
 * that shows it keeps its own elements (a live region, say) while it loads. A failed load is
 * reported (`failed`), and `retry` asks again.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted: boolean): { module: T | null; failed: boolean; retry: () => void } {
  const [module, setModule] = useState<T | null>(lazy.peek);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Already loaded when first wanted (preloaded on the visitor's intent): taken in this same render
  // (React renders again before anything is shown). Taken in the effect below, it came a commit
  // later, and the part showed "loading" for a frame in between: the list after a first search
  // keystroke (e2e/browse.spec.ts).
  if (wanted && module === null) {
    const loaded = lazy.peek();
    if (loaded !== null) setModule(() => loaded);
  }
  useEffect(() => {
    if (!wanted || module !== null) return;
    let live = true;
    lazy.load().then(
      (m) => live && setModule(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted, module, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { module, failed, retry };
}
