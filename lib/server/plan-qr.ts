import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";

/** The absolute URL of a page as the visitor reached it (host from the request). */
export async function absoluteRequestUrl(pathAndQuery: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}${pathAndQuery}`;
}

/** A QR code (SVG data URL) that opens `url` on a phone: printed plans carry their links this way. */
export async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
