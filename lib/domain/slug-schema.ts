// The slug rule of slug.ts as a zod schema, for the schemas that validate input (the data file,
// staff writes, API parameters, corrections) and for the plan schema the codec's tests use.
//
// zod/mini, not zod: the correction form's rules (corrections/correction-input.ts) also load in the
// browser, after the first view, where the full zod weighs about 33 kB gzip and zod/mini less.
// Full-zod schemas on the server compose it as it is (`z.array(slugSchema)`,
// `z.nullable(slugSchema)`: both builds share zod's core).
import "./zod-in-browser";
import * as z from "zod/mini";
import { SLUG_MAX_LENGTH, SLUG_MESSAGE, SLUG_PATTERN } from "./slug";

export const slugSchema = z.string().check(z.minLength(1), z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG_PATTERN, SLUG_MESSAGE));
