import { z } from "zod";

// Shared by the forms (client-side hints) and the server (the check that counts). No server
// imports here: the sign-in and sign-up pages bundle this file for the browser.
export const PASSWORD_MIN = 10;

const ZEmailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((v) => v.toLowerCase());

export const ZSignUpSchema = z.object({
  fullName: z.string().trim().max(200, "Name is too long (200 characters at most)").optional(),
  email: ZEmailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(200, "Password is too long (200 characters at most)"),
});

export const ZSignInSchema = z.object({
  email: ZEmailSchema,
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
});

export type SignUpInput = z.input<typeof ZSignUpSchema>;
export type SignInInput = z.input<typeof ZSignInSchema>;
