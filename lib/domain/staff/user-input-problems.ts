import type { z } from "zod";

// What is wrong with a new account's fields, as codes per field (the messages say it in words,
// in the form's language: userAdminMessages(lang).problems). From newUserSchema's zod issues.

export type UserInputProblem =
  | "name-short"
  | "name-long"
  | "name-chars"
  | "role-invalid"
  | "password-short"
  | "password-long";

export type UserInputProblems = Partial<Record<"name" | "role" | "password", UserInputProblem>>;

/** The first problem of each field; fields without a problem are absent. */
export function userInputProblems(error: z.ZodError): UserInputProblems {
  const out: UserInputProblems = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === "name" && !out.name) {
      out.name = issue.code === "too_big" ? "name-long" : issue.code === "invalid_format" ? "name-chars" : "name-short";
    } else if (field === "password" && !out.password) {
      out.password = issue.code === "too_big" ? "password-long" : "password-short";
    } else if (field === "role" && !out.role) {
      out.role = "role-invalid";
    }
  }
  return out;
}
