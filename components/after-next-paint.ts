// The browser paints a frame between requestAnimationFrame and the next task: work put there
// runs after what the page shows now has reached the screen.

/** Runs `fn` once the next frame has been painted; returns a function that cancels it. */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
