import { setPlan } from "@/lib/billing/admin";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/** plan set --org SLUG --plan free|starter|pro|enterprise: the plan, its allowance topped up now. */
export async function planSet(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, { required: ["org", "plan"] });
  await openCliDb();
  return setPlan({ org: args.org, plan: args.plan });
}
