import "leaflet/dist/leaflet.css";
import type { ReactNode } from "react";

export const metadata = {
  title: "三官寺土家族乡 · bare Next reference",
  description: "Benchmark reference: the guide's places on a bare Next page with a lazily loaded react-leaflet map.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body style={{ margin: 0, font: "16px/1.5 system-ui, sans-serif" }}>{children}</body>
    </html>
  );
}
