import { createLocalUser } from "@/lib/auth/users";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/** user create --email E --password P [--full-name N]: a local user, as sign-up would make. */
export async function userCreate(argv: string[]): Promise<object> {
  const args = parseCommandArgs(argv, { required: ["email", "password"], optional: ["full-name"] });
  await openCliDb();
  const user = await createLocalUser({
    email: args.email,
    password: args.password,
    fullName: args["full-name"],
  });
  return { user: { id: user.id, email: user.email } };
}
