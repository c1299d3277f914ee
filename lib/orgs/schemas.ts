import { z } from "zod";

// The shapes every org/team entry point (server actions, CLI, API) validates against.
export const ROLES = ["admin", "member", "viewer"] as const;
export const ZRoleSchema = z.enum(ROLES, { message: "Choose admin, member or viewer" });
export type Role = (typeof ROLES)[number];

/** How an invitation reached its invitee: emailed, or a link handed to the inviter (no SMTP). */
export const INVITATION_DELIVERIES = ["email", "link"] as const;
export type InvitationDelivery = (typeof INVITATION_DELIVERIES)[number];

export const ZOrgIdSchema = z.string().uuid({ message: "Organization not found" });
export const ZUserIdSchema = z.string().uuid({ message: "Member not found" });

export const ZOrgNameSchema = z
  .string({ message: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "Keep the name under 100 characters");

export const ZSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/,
    "Use 1–48 lowercase letters, digits or dashes, not starting or ending with a dash",
  );

export const ZCreateOrganizationSchema = z.object({
  name: ZOrgNameSchema,
  // An empty field in a form means "derive it from the name".
  slug: z.preprocess((v) => (v === "" || v === null ? undefined : v), ZSlugSchema.optional()),
});
export type CreateOrganizationInput = z.input<typeof ZCreateOrganizationSchema>;

export const ZRenameOrganizationSchema = z.object({ name: ZOrgNameSchema });
export type RenameOrganizationInput = z.input<typeof ZRenameOrganizationSchema>;

export const ZSwitchOrganizationSchema = z.object({ orgId: ZOrgIdSchema });

export const ZInviteMemberSchema = z.object({
  email: z
    .string({ message: "Enter an email address" })
    .trim()
    .toLowerCase()
    .email("Enter a valid email address")
    .max(254, "Enter a valid email address"),
  role: ZRoleSchema,
});
export type InviteMemberInput = z.input<typeof ZInviteMemberSchema>;

export const ZChangeRoleSchema = z.object({ userId: ZUserIdSchema, role: ZRoleSchema });
export type ChangeRoleInput = z.input<typeof ZChangeRoleSchema>;

export const ZRemoveMemberSchema = z.object({ userId: ZUserIdSchema });
export const ZRevokeInvitationSchema = z.object({
  invitationId: z.string().uuid({ message: "Invitation not found" }),
});

// 32 random bytes in base64url: 43 characters from the URL-safe alphabet.
export const ZInviteTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "Invalid invitation link");
