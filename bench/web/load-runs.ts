// Loopback load with autocannon: N connections for D seconds against one URL (or a cycle of paths
// on one origin), reduced to the figures the budgets speak of. Traffic goes only to 127.0.0.1 and
// stops by itself.
import autocannon from "autocannon";

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, time-outs and non-2xx answers together. */
  errors: number;
  /** The same, one by one (autocannon's own `errors` counts the time-outs too: here they are apart). */
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
  requests: number;
  bytesPerRequest: number;
  /** Connection errors and time-outs by kind ("ECONNRESET": 3, "request timed out": 2). */
  errorKinds: Record<string, number>;
};

export type LoadOptions = {
  connections: number;
  durationS: number;
  headers?: Record<string, string>;
  /** Requests per second over all connections (no limit when absent). */
  overallRate?: number;
  /** Paths requested in turn on each connection, on the origin of `url` (only `url` when absent). */
  paths?: readonly string[];
  /** Seconds before an unanswered request counts as a time-out. */
  timeoutS?: number;
};

/**
 * Waits until the server answers `url` within `withinMs` again (at most `maxS` seconds), so that
 * requests still queued from one load run do not fall into the next one's figures.
 */
export async function waitUntilSettled(url: string, { withinMs = 1000, maxS = 120 } = {}): Promise<void> {
  const until = Date.now() + maxS * 1000;
  while (Date.now() < until) {
    const started = Date.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(maxS * 1000) });
      await res.arrayBuffer();
      if (res.ok && Date.now() - started <= withinMs) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Throws unless `url` is this machine's loopback: load is never sent anywhere else. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
    throw new Error(`Load is only sent to this machine's loopback, not to ${host}`);
  }
}

export async function runLoad(url: string, { connections, durationS, headers = {}, overallRate, paths, timeoutS = 10 }: LoadOptions): Promise<LoadFigures> {
  assertLoopback(url);
  const errorKinds: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationS,
        headers,
        timeout: timeoutS,
        ...(overallRate === undefined ? {} : { overallRate }),
        ...(paths === undefined ? {} : { requests: paths.map((path) => ({ method: "GET" as const, path })) }),
      },
      (err: unknown, done: autocannon.Result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(done)),
    );
    instance.on("reqError", (err: unknown) => {
      const kind = (err as { code?: unknown })?.code ?? (err instanceof Error ? err.message : String(err));
      errorKinds[String(kind)] = (errorKinds[String(kind)] ?? 0) + 1;
    });
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    errorKinds,
  };
}
