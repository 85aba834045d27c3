import { lazyModule } from "../lazy-module";

// The clustering layer's code (cluster-layer.tsx with supercluster), loaded on demand: by the map
// when it clusters (leaflet-map.tsx, useLazyModule), and ahead of it by guide-map.tsx. One import()
// for both, so one chunk.
export const clusterLayerCode = lazyModule(() => import("./cluster-layer"));
