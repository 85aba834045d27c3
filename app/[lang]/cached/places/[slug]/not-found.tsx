import { CachedPlaceNotFound } from "@/components/cached-place-not-found";
import { stampPageRender } from "@/lib/server/cache-tags";
import { getArchivedPlaceNames } from "@/lib/server/places";

// The cached place page's 404 (see ../../page.tsx). A static page reads no request headers, and a
// not-found page gets no params, so the archived places' names come with it and the slug is read
// from the route while it renders (on the server too: the name is in the HTML).
export default async function NotFound() {
  await stampPageRender(); // as the page does, before it reads
  return <CachedPlaceNotFound archived={await getArchivedPlaceNames()} />;
}
