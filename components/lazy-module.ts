// Code the first view does not need, loaded with import() when it is first wanted and read in
// render with React's use(). The promise carries React's own status fields, so once the module
// has arrived use() returns it at once: a part that starts loading on the visitor's intent (a
// pointer or the focus reaching what opens it) renders without suspending. When the module has
// not arrived yet, the nearest Suspense boundary shows its fallback; on the server, rendering
// waits for it, so the part is in the HTML.
// A failed load stays failed for `read` (so the part's error boundary shows it, rather than
// render after render asking again) until `load` asks again: a retry, or the next intent.
// A part that a page sends with itself (a server page renders one of its client components, so
// Next loads its chunk before hydration) settles its own LazyModule when it is evaluated
// (`settle`): then hydration finds it loaded and nothing waits.

type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

export type LazyModule<T> = {
  /** The promise to read in render with use(): the current load, started if there is none. A failed one stays failed. */
  read: () => Promise<T>;
  /** Starts loading, or loading again after a failure (a preload on intent, a retry), and gives the promise. */
  load: () => Promise<T>;
  /** The module when it has loaded, else null (nothing starts loading). */
  peek: () => T | null;
  /** The module itself, evaluated with the page: marks it loaded without an import(). */
  settle: (value: T) => void;
};

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let current: Tracked<T> | null = null;
  const start = (): Promise<T> => {
    const promise: Tracked<T> = importer();
    promise.status = "pending";
    promise.then(
      (value) => {
        promise.status = "fulfilled";
        promise.value = value;
      },
      (reason: unknown) => {
        promise.status = "rejected";
        // Turbopack rejects a chunk that did not load with no reason: use() throws this instead.
        promise.reason = reason ?? new Error("a part of the guide's code did not load");
      },
    );
    current = promise;
    return promise;
  };
  const read = () => current ?? start();
  const load = () => (current === null || current.status === "rejected" ? start() : current);
  const peek = () => (current?.status === "fulfilled" ? (current.value ?? null) : null);
  const settle = (value: T) => {
    if (current?.status === "fulfilled") return;
    const promise: Tracked<T> = Promise.resolve(value);
    promise.status = "fulfilled";
    promise.value = value;
    current = promise;
  };
  return { read, load, peek, settle };
}
