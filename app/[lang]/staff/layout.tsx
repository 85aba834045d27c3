import type { Metadata } from "next";

// The staff area is for township staff only: never indexed, never cached (proxy.ts sends
// private, no-store), and every page and write checks the session in the data layer.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <div className="staff">{children}</div>;
}
