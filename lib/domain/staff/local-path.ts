// Where to go after signing in: only a path of the staff area on this site (never another host,
// never "//evil.example" or "/\evil.example", which browsers treat as another host).
export function safeStaffPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || raw.length > 300) return fallback;
  if (!/^\/(?:en\/)?staff(?:[/?#]|$)/.test(raw) || raw.includes("\\") || raw.startsWith("//")) return fallback;
  return raw;
}
