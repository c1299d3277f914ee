import { grantCredits } from "@/lib/billing/admin";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/** credits grant --org SLUG --amount N --reason TEXT: purchased-bucket credits, reason in the ledger. */
export async function creditsGrant(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, { required: ["org", "amount", "reason"] });
  await openCliDb();
  return grantCredits({ org: args.org, amount: args.amount, reason: args.reason });
}
