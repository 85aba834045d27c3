// The bare Next reference's configuration: Next's defaults, none of the guide's. bench:web copies
// this folder to a scratch folder outside the repository and builds it there
// (bench/web/next-reference.ts). Turbopack's root is "/" because the scratch folder reaches the
// guide's node_modules through a symbolic link and Turbopack resolves nothing outside its root;
// with the root at the repository instead, Turbopack built the guide's own proxy.ts into the
// reference (Next 16.4.6).
const config = { turbopack: { root: "/" } };

export default config;
