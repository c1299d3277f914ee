import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { jwtVerify, SignJWT } from "jose";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { asServiceRole } from "@/lib/db";

/**
 * A loopback server speaking the slice of the Supabase Auth (GoTrue) HTTP API the app uses:
 * POST /auth/v1/signup, POST /auth/v1/token?grant_type=password|refresh_token, GET /auth/v1/user,
 * POST /auth/v1/logout?scope=global|local|others, a provider sign-in (GET /auth/v1/authorize, then
 * POST /auth/v1/token?grant_type=pkce), and password recovery: POST /auth/v1/recover,
 * POST /auth/v1/verify (type recovery, token_hash), PUT /auth/v1/user, POST /auth/v1/resend —
 * with GoTrue's answers and error codes (an unknown address is a silent 200, a second recover
 * within 60 s a 429 over_email_send_rate_limit, a dead link a 403 otp_expired, the same password
 * a 422 same_password). Users land in the test database's auth.users, as GoTrue's would in
 * Supabase's, so the profile trigger and every RLS policy see them. Tokens are HS256 JWTs with
 * GoTrue's claims; refresh tokens rotate and a spent one is refused.
 */
export interface FakeGoTrue {
  url: string;
  /** Every request as "METHOD /path?query", for asserting what the SDK actually called. */
  requests: string[];
  /** Seconds an access token lives; lower it to make the SDK refresh. */
  accessTtlSeconds: number;
  /** When false, sign-up returns a user without a session until confirmEmail() is called. */
  autoconfirm: boolean;
  /** Who the external provider (Google, GitHub) says signs in at /auth/v1/authorize. */
  oauthUser: { email: string; name?: string } | null;
  confirmEmail(email: string): Promise<void>;
  /** What GoTrue would have emailed (recovery links), newest last. */
  mail: { to: string; type: "recovery"; tokenHash: string; redirectTo: string | null }[];
  /** Moves the fake's clock (recovery links expire after an hour, as GoTrue's mailer_otp_exp). */
  advance(ms: number): void;
  close(): Promise<void>;
}

const API_VERSION = "2024-01-01";
/** The key the fake accepts on its admin API. */
export const SERVICE_ROLE_KEY = "test-service-role-key";

interface RefreshEntry {
  userId: string;
  sessionId: string;
  used: boolean;
}

export async function startFakeGoTrue(): Promise<FakeGoTrue> {
  const secret = new TextEncoder().encode(randomBytes(32).toString("hex"));
  const refreshTokens = new Map<string, RefreshEntry>();
  // session id → user id: GoTrue's sessions table, which /logout?scope=… prunes.
  const liveSessions = new Map<string, string>();
  // GoTrue keeps one recovery token per user (users.recovery_token); a new /recover replaces it.
  const recovery = new Map<string, { tokenHash: string; sentAt: number }>();
  const mail: FakeGoTrue["mail"] = [];
  let skew = 0;
  const now = () => Date.now() + skew;
  const OTP_EXPIRY_MS = 3600_000;
  const RECOVER_FREQUENCY_MS = 60_000;
  const requests: string[] = [];
  let base = "";

  const state = { accessTtlSeconds: 3600, autoconfirm: true };
  const oauth = {
    user: null as FakeGoTrue["oauthUser"],
    codes: new Map<string, { userId: string; challenge: string }>(),
  };

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, {
      "content-type": "application/json",
      "x-supabase-api-version": API_VERSION,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: string, msg: string) =>
    send(res, status, { code, error_code: code, msg });

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  async function loadUser(where: { id?: string; email?: string }) {
    return asServiceRole((tx) => {
      let q = tx.selectFrom("auth.users").selectAll();
      if (where.id) q = q.where("id", "=", where.id);
      if (where.email) q = q.where("email", "=", where.email);
      return q.executeTakeFirst();
    });
  }
  type UserRow = NonNullable<Awaited<ReturnType<typeof loadUser>>>;

  const userJson = (u: UserRow) => ({
    id: u.id,
    aud: "authenticated",
    role: "authenticated",
    email: u.email,
    email_confirmed_at: u.email_confirmed_at?.toISOString() ?? null,
    last_sign_in_at: u.last_sign_in_at?.toISOString() ?? null,
    app_metadata: { provider: "email", providers: ["email"] },
    user_metadata: u.raw_user_meta_data ?? {},
    identities: [
      { id: u.id, user_id: u.id, provider: "email", identity_data: { email: u.email, sub: u.id } },
    ],
    created_at: u.created_at.toISOString(),
    updated_at: u.updated_at.toISOString(),
    is_anonymous: false,
  });

  async function issueSession(u: UserRow, sessionId: string = randomUUID()) {
    liveSessions.set(sessionId, u.id);
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + state.accessTtlSeconds;
    const accessToken = await new SignJWT({
      email: u.email,
      role: "authenticated",
      session_id: sessionId,
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: u.raw_user_meta_data ?? {},
      aal: "aal1",
      amr: [{ method: "password", timestamp: iat }],
      is_anonymous: false,
    })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(u.id)
      .setAudience("authenticated")
      .setIssuer(`${base}/auth/v1`)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(secret);
    const refreshToken = randomBytes(16).toString("hex");
    refreshTokens.set(refreshToken, { userId: u.id, sessionId, used: false });
    return {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: state.accessTtlSeconds,
      expires_at: exp,
      refresh_token: refreshToken,
      user: userJson(u),
    };
  }

  async function bearerUser(
    req: IncomingMessage,
  ): Promise<{ user: UserRow; sessionId: string } | null> {
    const token = req.headers.authorization?.replace(/^Bearer /i, "");
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, secret, { audience: "authenticated" });
      const sessionId = String(payload.session_id);
      if (!liveSessions.has(sessionId)) return null;
      const user = await loadUser({ id: String(payload.sub) });
      return user ? { user, sessionId } : null;
    } catch {
      return null;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const route = `${req.method} ${url.pathname}`;

    if (route === "POST /auth/v1/signup") {
      const body = await readJson(req);
      const email = String(body.email ?? "").toLowerCase();
      const password = String(body.password ?? "");
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        return fail(res, 400, "email_address_invalid", "Email address is invalid");
      if (password.length < 6)
        return fail(res, 422, "weak_password", "Password should be at least 6 characters.");
      const existing = await loadUser({ email });
      if (existing) {
        // As GoTrue: with confirmations on, a taken address gets an obfuscated user (a fresh id,
        // no identities) so the answer does not reveal it; with autoconfirm it is a 422.
        if (!state.autoconfirm)
          return send(res, 200, { ...userJson(existing), id: randomUUID(), identities: [] });
        return fail(res, 422, "user_already_exists", "User already registered");
      }
      const data = (body.data as Record<string, unknown> | undefined) ?? {};
      const encrypted = await hashPassword(password);
      const user = await asServiceRole((tx) =>
        tx
          .insertInto("auth.users")
          .values({
            email,
            encrypted_password: encrypted,
            raw_user_meta_data: JSON.stringify(data),
            email_confirmed_at: state.autoconfirm ? new Date() : null,
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return send(res, 200, state.autoconfirm ? await issueSession(user) : userJson(user));
    }

    // A provider sign-in as GoTrue runs it with PKCE: the provider's (verified) address finds or
    // makes the user, and the browser returns to redirect_to with a single-use auth code.
    if (route === "GET /auth/v1/authorize") {
      const challenge = url.searchParams.get("code_challenge");
      const redirectTo = url.searchParams.get("redirect_to");
      if (!challenge || url.searchParams.get("code_challenge_method") !== "s256" || !redirectTo)
        return fail(res, 400, "validation_failed", "PKCE and redirect_to are required");
      if (!oauth.user) return fail(res, 400, "provider_disabled", "No provider user set");
      const email = oauth.user.email.toLowerCase();
      const user =
        (await loadUser({ email })) ??
        (await asServiceRole((tx) =>
          tx
            .insertInto("auth.users")
            .values({
              email,
              email_confirmed_at: new Date(),
              raw_user_meta_data: JSON.stringify({ full_name: oauth.user?.name ?? null }),
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
        ));
      const code = randomUUID();
      oauth.codes.set(code, { userId: user.id, challenge });
      const back = new URL(redirectTo);
      back.searchParams.set("code", code);
      res.writeHead(302, { location: back.href }).end();
      return;
    }

    if (route === "POST /auth/v1/token" && url.searchParams.get("grant_type") === "pkce") {
      const body = await readJson(req);
      const entry = oauth.codes.get(String(body.auth_code ?? ""));
      oauth.codes.delete(String(body.auth_code ?? ""));
      const verifier = String(body.code_verifier ?? "");
      if (!entry || createHash("sha256").update(verifier).digest("base64url") !== entry.challenge)
        return fail(
          res,
          404,
          "flow_state_not_found",
          "invalid flow state, no valid flow state found",
        );
      const user = await loadUser({ id: entry.userId });
      if (!user) return fail(res, 400, "user_not_found", "User not found");
      return send(res, 200, await issueSession(user));
    }

    if (route === "POST /auth/v1/token") {
      const body = await readJson(req);
      const grant = url.searchParams.get("grant_type");
      if (grant === "password") {
        const user = await loadUser({ email: String(body.email ?? "").toLowerCase() });
        const ok = user?.encrypted_password
          ? await verifyPassword(user.encrypted_password, String(body.password ?? ""))
          : false;
        if (!user || !ok) return fail(res, 400, "invalid_credentials", "Invalid login credentials");
        if (!user.email_confirmed_at)
          return fail(res, 400, "email_not_confirmed", "Email not confirmed");
        return send(res, 200, await issueSession(user));
      }
      if (grant === "refresh_token") {
        const entry = refreshTokens.get(String(body.refresh_token ?? ""));
        if (!entry || !liveSessions.has(entry.sessionId))
          return fail(
            res,
            400,
            "refresh_token_not_found",
            "Invalid Refresh Token: Refresh Token Not Found",
          );
        if (entry.used)
          return fail(
            res,
            400,
            "refresh_token_already_used",
            "Invalid Refresh Token: Already Used",
          );
        entry.used = true;
        const user = await loadUser({ id: entry.userId });
        if (!user) return fail(res, 400, "user_not_found", "User not found");
        return send(res, 200, await issueSession(user, entry.sessionId));
      }
      return fail(res, 400, "validation_failed", `unsupported grant_type ${grant}`);
    }

    // The admin API, with the service role key (SUPABASE_SERVICE_ROLE_KEY) as the bearer.
    const adminUser = /^(GET|DELETE) \/auth\/v1\/admin\/users\/([0-9a-f-]{36})$/.exec(route);
    if (adminUser) {
      if (req.headers.authorization !== `Bearer ${SERVICE_ROLE_KEY}`)
        return fail(res, 403, "not_admin", "User not allowed");
      const id = adminUser[2]!;
      const user = await loadUser({ id });
      if (!user) return fail(res, 404, "user_not_found", "User not found");
      if (adminUser[1] === "GET") return send(res, 200, userJson(user));
      await asServiceRole((tx) => tx.deleteFrom("auth.users").where("id", "=", id).execute());
      for (const [token, entry] of refreshTokens)
        if (entry.userId === id) {
          liveSessions.delete(entry.sessionId);
          refreshTokens.delete(token);
        }
      return send(res, 200, {});
    }

    if (route === "GET /auth/v1/user") {
      const found = await bearerUser(req);
      if (!found)
        return fail(
          res,
          403,
          "session_not_found",
          "Session from session_id claim in JWT does not exist",
        );
      return send(res, 200, userJson(found.user));
    }

    if (route === "POST /auth/v1/logout") {
      const found = await bearerUser(req);
      if (!found) return fail(res, 403, "session_not_found", "Session not found");
      const scope = url.searchParams.get("scope") ?? "global";
      if (!["global", "local", "others"].includes(scope))
        return fail(res, 400, "validation_failed", "Unsupported logout scope");
      for (const [sid, uid] of [...liveSessions]) {
        if (uid !== found.user.id) continue;
        if (scope === "local" && sid !== found.sessionId) continue;
        if (scope === "others" && sid === found.sessionId) continue;
        liveSessions.delete(sid);
      }
      res.writeHead(204).end();
      return;
    }

    if (route === "POST /auth/v1/recover") {
      const body = await readJson(req);
      const email = String(body.email ?? "").toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        return fail(
          res,
          400,
          "validation_failed",
          "Unable to validate email address: invalid format",
        );
      const user = await loadUser({ email });
      // As GoTrue: an unknown address gets the same empty 200, and no email.
      if (!user) return send(res, 200, {});
      const last = recovery.get(user.id);
      if (last && now() - last.sentAt < RECOVER_FREQUENCY_MS) {
        const wait = Math.ceil((RECOVER_FREQUENCY_MS - (now() - last.sentAt)) / 1000);
        return fail(
          res,
          429,
          "over_email_send_rate_limit",
          `For security purposes, you can only request this after ${wait} seconds.`,
        );
      }
      const tokenHash = randomBytes(28).toString("hex");
      recovery.set(user.id, { tokenHash, sentAt: now() });
      mail.push({
        to: email,
        type: "recovery",
        tokenHash,
        redirectTo: url.searchParams.get("redirect_to"),
      });
      return send(res, 200, {});
    }

    if (route === "POST /auth/v1/verify") {
      const body = await readJson(req);
      if (body.type !== "recovery" || typeof body.token_hash !== "string")
        return fail(res, 400, "validation_failed", "Verify requires a verification type");
      const entry = [...recovery].find(([, r]) => r.tokenHash === body.token_hash);
      if (!entry || now() - entry[1].sentAt > OTP_EXPIRY_MS)
        return fail(res, 403, "otp_expired", "Email link is invalid or has expired");
      recovery.delete(entry[0]);
      const user = await loadUser({ id: entry[0] });
      if (!user) return fail(res, 403, "otp_expired", "Email link is invalid or has expired");
      return send(res, 200, await issueSession(user));
    }

    if (route === "PUT /auth/v1/user") {
      const found = await bearerUser(req);
      if (!found)
        return fail(
          res,
          403,
          "session_not_found",
          "Session from session_id claim in JWT does not exist",
        );
      const body = await readJson(req);
      if (typeof body.password === "string") {
        if (body.password.length < 6)
          return fail(res, 422, "weak_password", "Password should be at least 6 characters.");
        if (
          found.user.encrypted_password &&
          (await verifyPassword(found.user.encrypted_password, body.password))
        )
          return fail(
            res,
            422,
            "same_password",
            "New password should be different from the old password.",
          );
        const encrypted = await hashPassword(body.password);
        await asServiceRole((tx) =>
          tx
            .updateTable("auth.users")
            .set({ encrypted_password: encrypted })
            .where("id", "=", found.user.id)
            .execute(),
        );
      }
      const user = await loadUser({ id: found.user.id });
      return send(res, 200, userJson(user!));
    }

    if (route === "POST /auth/v1/resend") return send(res, 200, {});

    return fail(res, 404, "not_found", `${route} is not part of this fake`);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => fail(res, 500, "unexpected_failure", String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    get accessTtlSeconds() {
      return state.accessTtlSeconds;
    },
    set accessTtlSeconds(v: number) {
      state.accessTtlSeconds = v;
    },
    get autoconfirm() {
      return state.autoconfirm;
    },
    set autoconfirm(v: boolean) {
      state.autoconfirm = v;
    },
    get oauthUser() {
      return oauth.user;
    },
    set oauthUser(v) {
      oauth.user = v;
    },
    async confirmEmail(email: string) {
      await asServiceRole((tx) =>
        tx
          .updateTable("auth.users")
          .set({ email_confirmed_at: new Date() })
          .where("email", "=", email)
          .execute(),
      );
    },
    mail,
    advance(ms: number) {
      skew += ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
