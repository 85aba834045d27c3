import { GuideShell } from "@/components/guide-shell";
import { SiteHeader } from "@/components/site-header";
import { getPlaces } from "@/lib/server/places";
import { getTileConfig } from "@/lib/server/config";
import { pageLang } from "@/lib/server/page-lang";

// Data is edited by township staff, so pages read the database on each request.
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  const places = await getPlaces();
  return (
    <>
      <SiteHeader lang={lang} path="/" />
      <main>
        <GuideShell lang={lang} places={places} tiles={getTileConfig()} initialSlug={null} />
      </main>
    </>
  );
}
