import type { ReactNode } from "react";
import { SHARE_CARD } from "@/lib/domain/share/share-card-size";

// The frame of the 1200 × 630 Open Graph cards (drawn by satori through next/og's ImageResponse:
// inline styles only, and every element with more than one child is a flex box). A band in the
// place's colour on the left, the content, and the guide's name and address at the foot.
export function ShareCard({ color, footer, host, children }: { color: string; footer: string; host: string; children: ReactNode }) {
  return (
    <div style={{ display: "flex", width: SHARE_CARD.width, height: SHARE_CARD.height, background: "#fbfaf7", color: "#1d1d1b" }}>
      <div style={{ display: "flex", width: 28, height: "100%", background: color }} />
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "64px 72px 48px" }}>
        <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>{children}</div>
        <div style={{ display: "flex", justifyContent: "space-between", borderTop: "2px solid #d9d5cc", paddingTop: 20, fontSize: 28, color: "#5b5b57" }}>
          <span>{footer}</span>
          <span>{host}</span>
        </div>
      </div>
    </div>
  );
}
