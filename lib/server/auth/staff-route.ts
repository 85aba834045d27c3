import "server-only";
import { jsonError, withErrors } from "@/lib/server/api-response";
import type { StaffActor, StaffRole } from "@/lib/domain/staff/roles";
import { AuthError } from "./auth-error";
import { assertSameOrigin } from "./origin";
import { requireStaff } from "./session";

/**
 * A staff write route handler: checks Origin, then the session and role, and maps AuthError to a
 * JSON 401/403. The data-layer function it calls checks the session again (requireStaff): a
 * handler that forgot this wrapper still cannot write.
 */
export function staffWrite<C>(
  role: StaffRole,
  handler: (request: Request, actor: StaffActor, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return (request, context) =>
    withErrors(async () => {
      try {
        await assertSameOrigin();
        const actor = await requireStaff(role);
        return await handler(request, actor, context);
      } catch (err) {
        if (err instanceof AuthError) return jsonError(err.status, err.code, err.message);
        throw err;
      }
    });
}
