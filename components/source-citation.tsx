import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSourceRef } from "@/lib/domain/place";
import { placeMessages } from "@/lib/domain/messages-place";

const HAN = /\p{Script=Han}/u;

/**
 * One cited source: linked title, publisher, date and how far the guide trusts it. A text seen only
 * in a republished copy has no link, and the citation says the publisher's page is not known.
 */
export function SourceCitation({ lang, source }: { lang: Lang; source: Omit<PlaceSourceRef, "note"> & { note?: string | null } }) {
  const t = placeMessages(lang);
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" lang={HAN.test(source.title) ? "zh-CN" : undefined}>
          {source.title}
        </a>
      ) : (
        <span lang={HAN.test(source.title) ? "zh-CN" : undefined}>{source.title}</span>
      )}
      {source.publisher ? ` · ${source.publisher}` : ""}
      {source.published ? ` · ${source.published}` : ""}
      {source.publisherPageUnknown ? <span> · {t.publisherPageUnknown}</span> : null}
      <span className="muted">
        {" "}
        · {t.confidence}: {t.confidenceLevels[source.confidence]}
      </span>
      {source.note ? <span className="sources__note">{source.note}</span> : null}
    </>
  );
}
