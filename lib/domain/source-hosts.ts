// The allow-list of hosts a seed source may link to (data/source-hosts.json): several copies of the
// guide's reports circulate on spam or hijacked domains, so a source URL must point to a host that
// was checked to be the publisher's own site or a recognised archive. A republished copy is never
// linked: a source whose publisher's page is not known keeps its title and date, has no URL and is
// marked publisherPageUnknown (guide-data-schema.ts). sourceHostProblems() is run by the data tests
// and by the seed (prisma/seed.ts).
import { z } from "zod";

export const SOURCE_HOST_KINDS = ["publisher", "archive"] as const;

const hostName = z
  .string()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "a host is a lower-case domain name such as www.thepaper.cn");

export const sourceHostsSchema = z
  .object({
    about: z.string().trim().min(1),
    hosts: z
      .array(z.object({ host: hostName, kind: z.enum(SOURCE_HOST_KINDS), note: z.string().trim().min(1).max(300) }).strict())
      .min(1),
  })
  .strict();

export type SourceHosts = z.infer<typeof sourceHostsSchema>;

/** The host of an http(s) URL, lower-case; null when the text is not one. */
export function urlHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.hostname.toLowerCase() || null;
}

/** One line per source whose URL is not on the allow-list (sources without a URL are not links). */
export function sourceHostProblems(
  sources: readonly { key: string; url?: string | null | undefined }[],
  allowList: SourceHosts,
): string[] {
  const allowed = new Set(allowList.hosts.map((h) => h.host));
  const problems: string[] = [];
  for (const s of sources) {
    if (s.url === undefined || s.url === null) continue;
    const host = urlHost(s.url);
    if (host === null) problems.push(`source "${s.key}": "${s.url}" is not an http(s) URL`);
    else if (!allowed.has(host)) problems.push(`source "${s.key}": host "${host}" is not on the allow-list (data/source-hosts.json)`);
  }
  return problems;
}
