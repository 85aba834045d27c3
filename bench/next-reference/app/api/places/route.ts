// The guide's /api/places bytes, served by a bare Next route handler: what Next's own request path
// (routing, web streams, compression) costs per request, for bench:web's throughput figures. The
// body is fetched from the guide once and then served from memory, so no work of the guide's is in it.
export const dynamic = "force-dynamic";

let body: Promise<string> | null = null;

export async function GET() {
  body ??= fetch(`${process.env.GUIDE_URL}/api/places`)
    .then((r) => {
      if (!r.ok) throw new Error(`${process.env.GUIDE_URL}/api/places answered ${r.status}`);
      return r.text();
    })
    .catch((err: unknown) => {
      body = null; // asked again on the next request, not failed for good
      throw err;
    });
  return new Response(await body, { headers: { "content-type": "application/geo+json; charset=utf-8" } });
}
