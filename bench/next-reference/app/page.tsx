// The bare Next reference of `npm run bench:web` (bench/web/next-reference.ts): what the fixed stack
// (Next 16, React 19, react-leaflet 5) costs with nothing of the guide's own. It shows what the floor
// page shows (a heading, the places on a lazily loaded react-leaflet map, a plain list), server-
// rendered on each request from the guide's own /api/places (GUIDE_URL), with the tiles of TILE_URL.
// The first-load JS budget is 1.2× such a page; measuring it in the same run tells which of
// the other budgets the stack itself can meet on this machine.
import { LazyMap, type ReferencePlace } from "./lazy-map";

export const dynamic = "force-dynamic";

type Feature = { geometry: { coordinates: [number, number] } | null; properties: { slug: string; nameZh: string } };

export default async function Page() {
  const guide = process.env.GUIDE_URL;
  const tileUrl = process.env.TILE_URL;
  if (!guide || !tileUrl) throw new Error("Start the reference with GUIDE_URL (the guide's origin) and TILE_URL set.");
  const response = await fetch(`${guide}/api/places`, { cache: "no-store" });
  if (!response.ok) throw new Error(`${guide}/api/places answered ${response.status}`);
  const { features } = (await response.json()) as { features: Feature[] };
  const located: ReferencePlace[] = features.flatMap((f) =>
    f.geometry ? [{ slug: f.properties.slug, name: f.properties.nameZh, lat: f.geometry.coordinates[1], lng: f.geometry.coordinates[0] }] : [],
  );
  return (
    <>
      <main style={{ padding: "0 1rem" }}>
        <h1>三官寺土家族乡</h1>
        <p>
          {features.length} 处地点，其中 {located.length} 处位置已知、画在地图上。
        </p>
      </main>
      <LazyMap places={located} tileUrl={tileUrl} />
      <main style={{ padding: "0 1rem" }}>
        <ul>
          {features.map((f) => (
            <li key={f.properties.slug}>{f.properties.nameZh}</li>
          ))}
        </ul>
      </main>
    </>
  );
}
