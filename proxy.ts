import { NextResponse, type NextRequest } from "next/server";
import { LANG_COOKIE } from "@/lib/domain/i18n";

// Chinese is the default language and has no path prefix (/places/x); English lives under /en.
// Requests without a prefix are rewritten to the internal /zh segment (pages declare the unprefixed
// URL canonical). The visible path is passed on as x-guide-path so
// pages without params (not-found) know the language.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    if (isDecodable(pathname)) return NextResponse.next();
    return Response.json(
      { error: { status: 400, code: "bad_path", message: "The path has broken percent-encoding." } },
      { status: 400 },
    );
  }
  if (!isDecodable(pathname)) return badPath();
  const headers = new Headers(request.headers);
  headers.set("x-guide-path", pathname);
  if (pathname === "/en" || pathname.startsWith("/en/")) return NextResponse.next({ request: { headers } });
  // The internal Chinese segment passes through (the rewrite below may reach the proxy again).
  if (pathname === "/zh" || pathname.startsWith("/zh/")) return NextResponse.next({ request: { headers } });
  // A visitor who chose English before gets the English page of an unprefixed address.
  if (request.cookies.get(LANG_COOKIE)?.value === "en") {
    const url = request.nextUrl.clone();
    url.pathname = pathname === "/" ? "/en" : `/en${pathname}`;
    return NextResponse.redirect(url, 307);
  }
  const url = request.nextUrl.clone();
  url.pathname = `/zh${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Everything but Next's assets and files with an extension (icons, sitemap.xml, …).
  matcher: ["/((?!_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A path with broken percent-encoding (e.g. "%E0%A4%A") gets a friendly 400 page, not a crash. */
function badPath(): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>链接有误 · Bad link</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>链接有误 · This link is broken</h1>
<p>地址中含有无法识别的字符。 The address contains characters that cannot be read.</p><p><a href="/">返回地图 · Back to the map</a></p></body></html>`;
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
