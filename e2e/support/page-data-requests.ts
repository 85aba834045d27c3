import type { Page } from "@playwright/test";

/**
 * The requests `page` makes from now on for a page's data in Next's RSC format: what next/link
 * prefetches when a link comes into view, and what a client-side navigation asks for (`_rsc=` in
 * the URL, or an `RSC` request header). The guide's links are plain <a>, so it should make none.
 */
export function recordPageDataRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("_rsc=") || r.headers()["rsc"] !== undefined) urls.push(r.url());
  });
  return urls;
}
