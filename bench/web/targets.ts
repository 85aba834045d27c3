// The server the web benchmarks measure (a RUNNING production server: they build nothing) and the
// pages they load, defined once for bench:web, bench:load and bench:soak.

export const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");

/** The study-group destination, a page every red-tourism visitor opens. */
export const PLACE_SLUG = "yuan-renyuan-former-residence";

/** What bench:load and bench:soak load: the home page, a place page and the API's place list. */
export const LOAD_TARGETS = [
  { name: "/", path: "/" },
  { name: "place", path: `/places/${PLACE_SLUG}` },
  { name: "/api/places", path: "/api/places" },
] as const;

/** The body of a 200 from `url`; a clear message when nothing answers or the answer is not 200. */
export async function fetchOk(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`Nothing answers at ${url}. Start the guide first (npm start, or next start on a production build) and set BENCH_URL.`);
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** A positive number from the environment variable `name`, or `fallback` when it is unset. */
export function envSeconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds, not "${raw}"`);
  return value;
}
