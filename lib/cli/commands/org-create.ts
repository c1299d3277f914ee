import { createOrganization } from "@/lib/orgs/create-organization";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";
import { claimsForEmail } from "./claims-for-email";

/** org create --name N --owner EMAIL [--slug S]: an organization with the owner as its admin. */
export async function orgCreate(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, { required: ["name", "owner"], optional: ["slug"] });
  await openCliDb();
  const owner = await claimsForEmail(args.owner, "owner");
  const organization = await createOrganization(owner, { name: args.name, slug: args.slug });
  return { organization };
}
