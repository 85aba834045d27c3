import "server-only";

/** A staff request without a valid session (401), or whose role or origin is not allowed (403). */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    readonly code: "not_signed_in" | "forbidden" | "bad_origin",
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}
