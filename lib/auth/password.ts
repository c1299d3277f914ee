import { hash, verify } from "@node-rs/argon2";

// Argon2id (the library's default algorithm) with OWASP's suggested floor: 19 MiB, 2 passes, 1 lane.
// Stored as the PHC string, so the parameters travel with the hash and can be raised later.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for anything that is not a hash we can read. */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Checked against when the email is unknown, so a miss costs as long as a wrong password and the
// response time does not reveal which emails have accounts.
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-0000");
  return dummy;
}
