import { mulberry32 } from "@/lib/domain/plan/seeded-random";
import type { ClusterInput } from "@/lib/domain/cluster-places";

/** `n` points around 20 centres (a county's villages), seeded: for the cluster tests. */
export function county(n: number, seed = 9): ClusterInput[] {
  const rand = mulberry32(seed);
  const centres = Array.from({ length: 20 }, () => ({ lng: 110.6 + rand() * 0.8, lat: 29.1 + rand() * 0.6 }));
  return Array.from({ length: n }, (_, i) => {
    const c = centres[i % centres.length] ?? { lng: 111, lat: 29.4 };
    return { slug: `p${i}`, lng: c.lng + (rand() - 0.5) * 0.02, lat: c.lat + (rand() - 0.5) * 0.02 };
  });
}
