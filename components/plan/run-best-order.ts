import { bestPlanOrder, type BestOrderInput, type BestOrderResult } from "@/lib/domain/plan/best-plan-order";

/** Small plans are ordered at once (well under a millisecond); larger ones in a Web Worker. */
const WORKER_FROM_STOPS = 9;

type WorkerReply = { ok: true; result: BestOrderResult } | { ok: false; error: string };

export function runBestOrder(input: BestOrderInput): Promise<BestOrderResult> {
  if (input.stops.length < WORKER_FROM_STOPS || typeof Worker === "undefined") {
    return Promise.resolve(bestPlanOrder(input));
  }
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./order-worker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(bestPlanOrder(input));
      return;
    }
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error("ordering timed out"));
    }, 10_000);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      clearTimeout(timer);
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = () => {
      clearTimeout(timer);
      worker.terminate();
      // A browser that cannot start the worker still gets an answer (heuristic is time-bounded).
      resolve(bestPlanOrder({ ...input, timeBudgetMs: 40 }));
    };
    worker.postMessage(input);
  });
}
