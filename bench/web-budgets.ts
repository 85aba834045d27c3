// The web budgets (issue "Fast on a phone on a mountain road"), in one place. `npm run bench:web`
// measures every figure in one run and compares it with its budget; a missed budget fails the run.
// Ratios are taken against a reference measured in the same run on the same machine, so the
// budgets hold on a faster or slower machine alike.

/** Lighthouse scores (0–100) every measured guide page must reach. */
export const MIN_PERFORMANCE = 95;
export const MIN_ACCESSIBILITY = 100;
export const MIN_BEST_PRACTICES = 100;
export const MIN_SEO = 100;

/** Largest Contentful Paint of `/`, at most this multiple of the floor page's, same run. */
export const MAX_LCP_RATIO_TO_FLOOR = 1.2;

/** Total Blocking Time on every measured guide page (Lighthouse's simulated 4× CPU). */
export const MAX_TBT_MS = 150;

/**
 * First-load JavaScript of `/`, gzip as transferred: 1.2 × a bare Next 16 page with a lazily
 * loaded react-leaflet map (177 kB, measured when the budget was set).
 */
export const MAX_FIRST_LOAD_JS_BYTES = 212_000;

/** `/api/places` throughput, at least this fraction of the same bytes served as a static file. */
export const MIN_API_RATIO_TO_FILE = 0.8;

/** `/` throughput, at least this fraction of the app's own `/robots.txt`, same run. */
export const MIN_HOME_RATIO_TO_ROBOTS = 0.5;

/** Loopback load: connections and seconds per URL (autocannon). */
export const LOAD_CONNECTIONS = 50;
export const LOAD_SECONDS = 10;

/** Lighthouse runs per page (the median is compared). */
export const LIGHTHOUSE_RUNS = 5;

/**
 * `npm run bench:load` (issue 11, "Load and soak"): each of `/`, a place page and `/api/places` in
 * turn for this many seconds at this many connections; any connection error, time-out or non-2xx
 * answer fails the run. A request unanswered after LOAD_TEST_TIMEOUT_SECONDS is a time-out.
 */
export const LOAD_TEST_CONNECTIONS = 100;
export const LOAD_TEST_SECONDS = 60;
export const LOAD_TEST_TIMEOUT_SECONDS = 30;
export const LOAD_TEST_MAX_ERRORS = 0;

/**
 * `npm run bench:soak`: the same three targets in turn at a moderate rate (requests per second over
 * all connections) for SOAK_SECONDS after SOAK_WARMUP_SECONDS of warm-up; the serving process's
 * resident memory (with its children) at the end may exceed the post-warm-up baseline by less
 * than this fraction. Baseline and end are medians of SOAK_WINDOW_SAMPLES samples taken every
 * SOAK_SAMPLE_SECONDS, so one garbage collection does not decide the verdict.
 */
export const SOAK_SECONDS = 600;
export const SOAK_WARMUP_SECONDS = 60;
export const SOAK_CONNECTIONS = 10;
export const SOAK_RATE = 20;
export const SOAK_SAMPLE_SECONDS = 5;
export const SOAK_WINDOW_SAMPLES = 6;
export const MAX_SOAK_RSS_GROWTH = 0.1;
// --- 10,000 places (issue 11), `npm run bench:scale` (bench/scale.bench.ts) ----------------------
// Absolute budgets from the issue, measured in Chromium with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate) against a production server on the synthetic county
// (npm run data:synthetic -- --count 10000).

/** Places the synthetic database must hold for the run to count. */
export const SCALE_PLACES = 10_000;
/** CPU slow-down of the browser (CDP Emulation.setCPUThrottlingRate). */
export const SCALE_CPU_THROTTLE = 4;
/** First render of `/` (navigation start → the list and the map's markers drawn), median of the runs. */
export const MAX_FIRST_RENDER_MS = 1000;
export const FIRST_RENDER_RUNS = 5;
/** A filter click or a search keystroke → the list and map updated and painted, p95. */
export const MAX_FILTER_P95_MS = 50;
/** The longest frame of a pan or zoom gesture, p95 over the gestures. */
export const MAX_PAN_ZOOM_FRAME_P95_MS = 50;
/** A bbox query (one page of GET /api/places?bbox=… from the database), p95; on SQLite and PostgreSQL. */
export const MAX_BBOX_QUERY_P95_MS = 20;
export const BBOX_QUERIES = 300;
