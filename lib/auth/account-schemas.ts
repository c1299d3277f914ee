import { z } from "zod";
import { PASSWORD_MIN } from "./schemas";

// Client-safe: the forms of password reset and Settings › Account, checked again on the server.

const ZEmailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((v) => v.toLowerCase());

export const ZNewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(200, "Password is too long (200 characters at most)");

export const ZForgotPasswordSchema = z.object({ email: ZEmailSchema });

export const ZResetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: ZNewPasswordSchema,
});

export const ZChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword: ZNewPasswordSchema,
});

export const ZChangeEmailSchema = z.object({
  email: ZEmailSchema,
  currentPassword: z.string().min(1, "Enter your current password").max(200),
});

export const ZProfileNameSchema = z.object({
  fullName: z.string().trim().max(200, "Name is too long (200 characters at most)"),
});

export type ForgotPasswordInput = z.input<typeof ZForgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof ZResetPasswordSchema>;
export type ChangePasswordInput = z.input<typeof ZChangePasswordSchema>;
export type ChangeEmailInput = z.input<typeof ZChangeEmailSchema>;
