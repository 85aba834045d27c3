// Runs "Best order" off the main thread, so a long search never freezes the page.
import { bestPlanOrder, type BestOrderInput } from "@/lib/domain/plan/best-plan-order";

self.onmessage = (event: MessageEvent<BestOrderInput>) => {
  try {
    self.postMessage({ ok: true, result: bestPlanOrder(event.data) });
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
