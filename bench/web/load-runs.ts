// Loopback load with autocannon: N connections for D seconds against one URL, reduced to the
// figures the budgets speak of. Traffic goes only to 127.0.0.1 and stops by itself.
import autocannon from "autocannon";

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, time-outs and non-2xx answers together. */
  errors: number;
  bytesPerRequest: number;
};

export type LoadOptions = { connections: number; durationS: number; headers?: Record<string, string> };

export async function runLoad(url: string, { connections, durationS, headers = {} }: LoadOptions): Promise<LoadFigures> {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
    throw new Error(`Load is only sent to this machine's loopback, not to ${host}`);
  }
  const result = await autocannon({ url, connections, duration: durationS, headers, timeout: 10 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}
