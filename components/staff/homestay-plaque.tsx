import type { Lang } from "@/lib/domain/i18n";
import { homestayMessages } from "@/lib/domain/messages-homestay";
import { PrintButton } from "./print-button";
import styles from "./plaque.module.css";

export type PlaqueView = {
  number: string;
  nameZh: string;
  nameEn: string | null;
  village: { nameZh: string; nameEn: string };
  /** Absolute URL of the public page (from SITE_URL) and its QR code as a data URL. */
  url: string;
  qr: string;
};

// A homestay's plaque: A5, one page, in both languages at once (the plaque hangs at the door for
// every visitor). Names are user text: rendered as text only, each isolated (<bdi>) so a
// right-to-left override in one cannot reorder what follows it.
export function HomestayPlaque({ plaque }: { plaque: PlaqueView }) {
  const zh = homestayMessages("zh");
  const en = homestayMessages("en");
  return (
    <section className={styles.plaque} aria-label={`${zh.plaqueNumberLabel} ${plaque.number}`} data-plaque={plaque.number}>
      <p className={styles.heading}>
        {zh.plaqueHeading} · {en.plaqueHeading}
      </p>
      <p className={styles.township}>
        {zh.plaqueTownship}
        <br />
        {en.plaqueTownship}
      </p>
      <p className={styles.numberLabel}>
        {zh.plaqueNumberLabel} · {en.plaqueNumberLabel}
      </p>
      <p className={styles.number}>{plaque.number}</p>
      <p className={styles.nameZh} lang="zh-CN">
        <bdi>{plaque.nameZh}</bdi>
      </p>
      <p className={styles.nameEn} lang="en">
        {plaque.nameEn ? <bdi>{plaque.nameEn}</bdi> : <span className={styles.missing}>{en.plaqueNameMissing} · {zh.plaqueNameMissing}</span>}
      </p>
      <p className={styles.village}>
        {zh.plaqueVillageLabel} · {en.plaqueVillageLabel}:{" "}
        <bdi lang="zh-CN">{plaque.village.nameZh}</bdi> · <bdi lang="en">{plaque.village.nameEn}</bdi>
      </p>
      <figure className={styles.qr}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL SVG made on the server; next/image adds nothing to it */}
        <img src={plaque.qr} alt={en.plaqueQrAlt(plaque.url)} width={174} height={174} />
        <figcaption>
          {zh.plaqueScan} · {en.plaqueScan}
          <br />
          <span className={styles.url} data-testid="plaque-url">
            {plaque.url}
          </span>
        </figcaption>
      </figure>
    </section>
  );
}

/** The printable document: a toolbar on screen (back, print; never printed) and the plaques. */
export function PlaqueDocument({ lang, backHref, title, note, children }: { lang: Lang; backHref: string; title: string; note?: string; children: React.ReactNode }) {
  const t = homestayMessages(lang);
  return (
    <main>
      <div className={styles.toolbar}>
        <a href={backHref}>{t.backToRegister}</a>
        <h1>{title}</h1>
        <PrintButton label={t.print} />
        <p>
          {note ? `${note} ` : ""}
          {t.printHint}
        </p>
      </div>
      <div className={styles.sheet}>{children}</div>
    </main>
  );
}
