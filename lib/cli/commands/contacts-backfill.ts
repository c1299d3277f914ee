import { backfillContacts } from "@/lib/contacts";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/** contacts backfill [--org SLUG]: contacts from the people of leads found before contacts existed. */
export async function contactsBackfill(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, { required: [], optional: ["org"] });
  await openCliDb();
  return backfillContacts({ org: args.org });
}
