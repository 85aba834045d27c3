import { jsonError } from "@/lib/server/api-response";

function notFound(request: Request) {
  return jsonError(404, "not_found", `No API endpoint at ${new URL(request.url).pathname.slice(0, 200)}.`);
}
export const GET = notFound;
export const POST = notFound;
