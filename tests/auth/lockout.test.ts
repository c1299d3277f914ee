import { describe, expect, it } from "vitest";
import { memoryCookieJar } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { unique, useTestDb } from "../helpers/db";
import { MINUTE, PASSWORD, signUpConfirmed, testLocalEngine } from "./helpers";

useTestDb();

const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.20";

async function outcome(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "signed in",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

describe("sign-in lockout per (email, IP)", () => {
  it("locks the guesser's address out, never the account's owner on theirs", async () => {
    const { engine, clock } = testLocalEngine();
    const email = `${unique("victim")}@example.com`;
    await signUpConfirmed(engine, { email, password: PASSWORD });
    const attempt = (password: string, ip: string) =>
      outcome(engine.signIn({ email, password }, memoryCookieJar(), { ip }));

    // Someone else hammers the account with wrong passwords, from their address.
    for (let i = 0; i < 5; i++) {
      expect(await attempt(`guess ${i} wrong!!`, ATTACKER)).toBe("unauthenticated");
      clock.advance(MINUTE);
    }
    // They are locked out, even with the right password...
    expect(await attempt(PASSWORD, ATTACKER)).toBe("rate_limited");
    // ...while the owner, on their own address, signs in as usual.
    expect(await attempt(PASSWORD, OWNER)).toBe("signed in");
    // And the owner's success does not unlock the attacker's address.
    expect(await attempt(PASSWORD, ATTACKER)).toBe("rate_limited");
  });
});
