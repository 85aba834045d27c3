// Hostile inputs every staff and visitor form is tested with (stored XSS): each must come back as
// inert text in every page, panel, API, export and plaque that shows it.
export const XSS_PAYLOADS = {
  imgOnerror: `<img src=x onerror="window.__xss=1">`,
  scriptTag: `<script>window.__xss=1</script>`,
  svgOnload: `<svg onload="window.__xss=1"></svg>`,
  javascriptUrl: "javascript:window.__xss=1",
  quoteBreakout: `"><img src=x onerror=window.__xss=1>`,
  rightToLeftOverride: "\u202Eevil.exe\u202C 名称",
  longString: "长".repeat(10 * 1024),
} as const;

/** A URL field's hostile values: none may become a link (only http/https are accepted). */
export const HOSTILE_URLS = ["javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:msgbox(1)", " javascript:alert(1)"];
