// The clustering layer's code (cluster-layer.tsx with supercluster), loaded on demand: by the map
// when it clusters, and ahead of it by guide-map.tsx. One import() for both, so one chunk.
export const loadClusterLayer = () => import("./cluster-layer");
