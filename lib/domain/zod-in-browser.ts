// zod probes whether it may compile validators with `new Function("")`. The Content-Security-Policy
// (no 'unsafe-eval') blocks the probe, and although zod catches the error, the browser reports a
// CSP violation. In the browser, jitless skips the probe: zod validates without compiled code.
//
// Imported for this effect by every module whose zod schemas run in the browser (they load after the
// first view, which has no zod), so the setting comes with zod itself. zod/mini and zod share this
// core setting. On the server zod keeps its compiled validators.
import { config } from "zod/mini";

if (typeof window !== "undefined") config({ jitless: true });
