import HomePage, { generateMetadata } from "../page";

// The home page as most visitors open it, with no query (no filters, view or plan in the URL):
// rendered once per data version and language, kept in Next's cache and served to everyone, instead
// of being rendered for each request. proxy.ts marks a query-less request for `/` or `/en`
// (lib/domain/cached-page.ts; never with a shared cache, REDIS_URL) and next.config.ts rewrites it
// here; a request with a query goes to the dynamic page (`../page.tsx`), which renders what the URL
// asks for.
//
// Its reads are cached by tag (lib/server/cache-tags.ts), and Next keeps those tags on this page:
// a staff edit or a seed that expires a tag expires this page with it, so the next visitor gets
// it rendered again. The time limit bounds only what is not data: the planner's "today" (China
// time), which may be up to `revalidate` seconds old after midnight.
export const dynamic = "force-static";
export const revalidate = 600;

export { generateMetadata };

export default function CachedHomePage({ params }: { params: Promise<{ lang: string }> }) {
  return HomePage({ params, searchParams: Promise.resolve({}) });
}
