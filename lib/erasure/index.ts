// Erasure: leaving is in lib/orgs; deleting an organization or an account, with everything that
// goes with it, lives here (docs/deleting-data.md).
export {
  deleteOrganization,
  CONFIRM_MISMATCH,
  type DeletedOrganization,
} from "./delete-organization";
export { deleteAccount, soleAdminMessage } from "./delete-account";
export { cancelOrganizationSubscription } from "./cancel-subscription";
export * from "./schemas";
