// The browser paints a frame between requestAnimationFrame and the next task: work put there
// runs after what the page shows now has reached the screen.

type TaskScheduler = { postTask: (task: () => void, options: { priority: "user-blocking"; signal: AbortSignal }) => Promise<unknown> };

/**
 * Runs `fn` once the next frame has been painted; returns a function that cancels it. With
 * `first`, its task goes ahead of the page's other waiting tasks where the browser can order them
 * (scheduler.postTask at user-blocking priority, Chromium); otherwise, and where it cannot, it waits
 * behind them (a timer).
 */
export function afterNextPaint(fn: () => void, { first = false }: { first?: boolean } = {}): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  const abort = new AbortController();
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    if (first && typeof scheduler?.postTask === "function") scheduler.postTask(fn, { priority: "user-blocking", signal: abort.signal }).catch(() => undefined);
    else timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    abort.abort();
    window.clearTimeout(timer);
  };
}
