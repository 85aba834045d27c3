// Code the first view does not need, loaded with import() when it is first wanted and read in
// render with React's use(). The promise carries React's own status fields, so once the module
// has arrived use() returns it at once: a part that starts loading on the visitor's intent (a
// pointer or the focus reaching what opens it) renders without suspending. When the module has
// not arrived yet, the nearest Suspense boundary shows its fallback; on the server, rendering
// waits for it, so the part is in the HTML. A failed load is forgotten, so the next read retries.
// A part that a page sends with itself (a server page renders one of its client components, so
// Next loads its chunk before hydration) settles its own LazyModule when it is evaluated
// (`settle`): then hydration finds it loaded and nothing waits.

type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T; reason?: unknown };

export type LazyModule<T> = {
  /** Starts loading (once) and gives the promise to read with use(). */
  load: () => Promise<T>;
  /** The module itself, evaluated with the page: marks it loaded without an import(). */
  settle: (value: T) => void;
};

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let current: Tracked<T> | null = null;
  const load = (): Promise<T> => {
    if (current !== null) return current;
    const promise: Tracked<T> = importer();
    promise.status = "pending";
    promise.then(
      (value) => {
        promise.status = "fulfilled";
        promise.value = value;
      },
      (reason: unknown) => {
        promise.status = "rejected";
        promise.reason = reason;
        if (current === promise) current = null;
      },
    );
    current = promise;
    return promise;
  };
  const settle = (value: T) => {
    if (current?.status === "fulfilled") return;
    const promise: Tracked<T> = Promise.resolve(value);
    promise.status = "fulfilled";
    promise.value = value;
    current = promise;
  };
  return { load, settle };
}
