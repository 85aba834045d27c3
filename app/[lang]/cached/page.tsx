import HomePage, { generateMetadata } from "../page";
import { stampPageRender } from "@/lib/server/cache-tags";

// The home page as most visitors open it, with no query (no filters, view or plan in the URL):
// rendered once per data version and language, kept in Next's cache and served to everyone, instead
// of being rendered for each request. proxy.ts marks a query-less request for `/` or `/en`
// (lib/domain/cached-page.ts) and next.config.ts rewrites it here; a request with a query goes to
// the dynamic page (`../page.tsx`), which renders what the URL asks for.
//
// Its reads are cached by tag (lib/server/cache-tags.ts), and Next keeps those tags on this page:
// a staff edit or a seed that expires a tag expires this page with it, so the next visitor gets
// it rendered again. The page is stamped with the moment its render began (stampPageRender), so a
// render that read before an edit and was stored after it is not served as fresh, on this
// instance or (with REDIS_URL) on another. The layouts above it read no data. The time limit
// bounds only what is not data: the planner's "today" (China time), which may be up to
// `revalidate` seconds old after midnight.
export const dynamic = "force-static";
export const revalidate = 600;

// (the home page's metadata reads no data: only the page is stamped)
export { generateMetadata };

export default async function CachedHomePage({ params }: { params: Promise<{ lang: string }> }) {
  await stampPageRender();
  return HomePage({ params, searchParams: Promise.resolve({}) });
}
