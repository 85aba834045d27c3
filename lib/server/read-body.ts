import "server-only";

/**
 * The request's body as UTF-8 text, or null when it is larger than `maxBytes`: a declared
 * Content-Length over the limit is refused unread, and a body sent without one (chunked) is read
 * only up to the limit, then dropped. `request.text()` and `request.json()` read any body whole
 * into memory first, which lets one client hold the server's memory with a single request.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
