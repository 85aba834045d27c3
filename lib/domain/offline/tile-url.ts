// Leaflet tile URL templates ("https://{s}.tile.example.org/{z}/{x}/{y}.png"): the URL of one tile,
// and a matcher that tells the service worker which requests are tiles of the configured provider.

const SUBDOMAINS = "abc";

/**
 * The URL of tile z/x/y in `template`, the very URL Leaflet asks for (so a saved tile is found in the
 * cache): {s} is Leaflet's default subdomain a, b or c picked as |x + y| mod 3; {r} is "".
 */
export function tileUrl(template: string, { z, x, y }: { z: number; x: number; y: number }): string {
  const s = SUBDOMAINS[Math.abs(x + y) % SUBDOMAINS.length] ?? "a";
  return template
    .replaceAll("{z}", String(z))
    .replaceAll("{x}", String(x))
    .replaceAll("{y}", String(y))
    .replaceAll("{s}", s)
    .replaceAll("{r}", "");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching exactly the URLs `template` makes: {z}/{x}/{y} are numbers, {s} a subdomain
 * label, {r} empty or "@2x", any other placeholder one path or query value.
 */
export function tileUrlPattern(template: string): RegExp {
  const parts = template.split(/(\{[a-z]+\})/i).map((part) => {
    if (part === "{z}" || part === "{x}" || part === "{y}") return "\\d+";
    if (part === "{s}") return "[a-z0-9-]+";
    if (part === "{r}") return "(?:@2x)?";
    if (/^\{[a-z]+\}$/i.test(part)) return "[^/?&#]*";
    return escapeRegExp(part);
  });
  return new RegExp(`^${parts.join("")}$`, "i");
}
