// Organizations and their teams. Every function takes the caller's JWT claims and runs under
// row-level security (withUser): the database, not this code, has the last word on access.
export { createOrganization } from "./create-organization";
export { listMemberships } from "./list-memberships";
export { requireMembership, orgNotFound } from "./membership";
export { getCurrentOrg, switchOrganization, type CurrentOrg } from "./current-org";
export { renameOrganization } from "./rename-organization";
export { getOrgSummary } from "./get-org-summary";
export { listMembers } from "./list-members";
export { inviteMember, type InviteResult } from "./invite-member";
export { listInvitations } from "./list-invitations";
export { revokeInvitation } from "./revoke-invitation";
export { acceptInvitation, INVALID_INVITATION_MESSAGE } from "./accept-invitation";
export { getInvitation, type InvitationPreview } from "./get-invitation";
export { changeRole } from "./change-role";
export { removeMember, leaveOrganization } from "./remove-member";
export { slugify } from "./slug";
export * from "./schemas";
export type * from "./types";
