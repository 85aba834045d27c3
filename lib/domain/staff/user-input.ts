import { z } from "zod";
import { STAFF_ROLES } from "./roles";

// What a staff account's name, role and password may be: one schema for the `user:add` command
// and the admins' user forms.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const userNameSchema = z
  .string()
  .trim()
  .min(2, "at least 2 characters")
  .max(40, "at most 40 characters")
  .regex(/^[\p{L}\p{N}._-]+$/u, "letters, digits, dot, underscore and hyphen only");

export const staffRoleSchema = z.enum(STAFF_ROLES);

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);

export const newUserSchema = z.strictObject({ name: userNameSchema, role: staffRoleSchema, password: passwordSchema });
