// How long the e2e servers keep an idle connection open: 65 s, not Node's 5 s. A client that sends a
// request on a kept-alive connection just as the server closes it gets ECONNRESET; Playwright's
// `request` does not retry, and a staff journey in CI once failed so on a loaded machine (the
// server's 5 s had run out between two steps). The same setting is what a production instance
// behind a balancer needs: longer than the balancer's idle time (60 s on most), so that it is
// always the balancer that closes (README, "Running at scale").
export const KEEP_ALIVE_ARGS = ["--keepAliveTimeout", "65000"] as const;
