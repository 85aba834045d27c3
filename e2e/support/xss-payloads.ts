// Hostile inputs every staff and visitor form is tested with (stored XSS): each must come back as
// inert text in every page, panel, API, export and plaque that shows it. Staff forms refuse two of
// them on their field, with a clear error: a right-to-left override (direction controls,
// lib/domain/staff/direction-controls.ts) and the 10,240-character string (over 5,000).
export const XSS_PAYLOADS = {
  imgOnerror: `<img src=x onerror="window.__xss=1">`,
  scriptTag: `<script>window.__xss=1</script>`,
  svgOnload: `<svg onload="window.__xss=1"></svg>`,
  javascriptUrl: "javascript:window.__xss=1",
  quoteBreakout: `"><img src=x onerror=window.__xss=1>`,
  rightToLeftOverride: "\u202Eevil.exe\u202C 名称",
  /** 10,240 characters: over every text field's limit (5,000), refused with a clear error. */
  longString: "长".repeat(10 * 1024),
  /** 10 kB in UTF-8 (3,414 characters): within the limit, saved and shown as it is. */
  tenKilobytes: "长".repeat(3414),
} as const;

/** A URL field's hostile values: none may become a link (only http/https are accepted). */
export const HOSTILE_URLS = ["javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:msgbox(1)", " javascript:alert(1)"];
