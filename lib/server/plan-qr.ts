import "server-only";
import QRCode from "qrcode";
import { absoluteUrl } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "./config";

/**
 * The absolute URL of a path (and query) on this site, from the configured SITE_URL. Never from the
 * request's Host or X-Forwarded-Host: a page others receive must not carry a link to a host chosen
 * by whoever sent one forged request.
 */
export async function absoluteRequestUrl(pathAndQuery: string): Promise<string> {
  return absoluteUrl(getSiteUrl(), pathAndQuery);
}

/** A QR code (SVG data URL) that opens `url` on a phone: printed plans carry their links this way. */
export async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** A QR code as a PNG data URL of `size` px, for images drawn on the server (the plan poster). */
export async function qrPngDataUrl(url: string, size: number): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: size });
}
