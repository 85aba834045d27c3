import { z } from "zod";
import { jsonError } from "@/lib/server/api-response";
import { staffWrite } from "@/lib/server/auth/staff-route";
import { suggestPinyin } from "@/lib/server/staff/pinyin";
import { readJsonBody } from "@/lib/server/staff/write-response";

const bodySchema = z.object({ nameZh: z.string().trim().min(1).max(80) });

/** POST /api/staff/pinyin { nameZh }: { pinyin } with tone marks (pinyin-pro runs on the server only). */
export const POST = staffWrite("editor", async (request) => {
  const parsed = bodySchema.safeParse(await readJsonBody(request, 2000));
  if (!parsed.success) return jsonError(400, "bad_body", "Send { nameZh } with 1 to 80 characters.");
  return Response.json({ pinyin: await suggestPinyin(parsed.data.nameZh) }, { headers: { "Cache-Control": "no-store" } });
});
