// Runs in the browser before React hydrates (Next's client instrumentation file).
//
// zod probes whether it may compile validators with `new Function("")`; the Content-Security-Policy
// (no 'unsafe-eval') blocks the probe, and although zod catches the error, the browser reports a
// CSP violation on every page. jitless skips the probe: zod validates without compiled code.
// From zod/mini, which the browser's schemas use (both builds share this core setting).
import { config } from "zod/mini";

config({ jitless: true });
