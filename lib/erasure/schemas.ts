import { z } from "zod";

// Client-safe: what the deletion forms send. Typing the name is the confirmation, so it is
// checked against the organization (or the account's address) on the server, not only here.

export const ZDeleteOrganizationSchema = z.object({
  confirm: z
    .string({ error: "Type the organization's name to confirm" })
    .trim()
    .min(1, "Type the organization's name to confirm")
    .max(200, "That is longer than any organization's name"),
});
export type DeleteOrganizationInput = z.input<typeof ZDeleteOrganizationSchema>;

export const ZDeleteAccountSchema = z.object({
  confirm: z
    .string({ error: "Type your email address to confirm" })
    .trim()
    .min(1, "Type your email address to confirm")
    .max(320, "That is longer than any email address"),
});
export type DeleteAccountInput = z.input<typeof ZDeleteAccountSchema>;
