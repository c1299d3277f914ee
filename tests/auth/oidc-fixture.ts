import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, standing in for
 * Google: discovery, JWKS, an authorization endpoint that insists on PKCE, signed ID tokens,
 * single-use codes and UserInfo. Accounts are whatever the test puts in `accounts`; its built-in
 * login and consent pages are driven over HTTP by `authorize()`.
 */
export interface OidcFixture {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, { email: string; email_verified: boolean; name?: string }>;
  /** Follows an authorization URL as a browser would, signing in as `accountId`; returns the
   *  URL the provider redirects back to (our callback with code and state). */
  authorize(url: URL, accountId: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startOidcProvider(redirectUri: string): Promise<OidcFixture> {
  const accounts: OidcFixture["accounts"] = new Map();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "leadscout-test";
  const clientSecret = "test-secret-that-is-long-enough-for-hs256-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["oidc-fixture-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  });
  server.on("request", provider.callback());

  async function authorize(url: URL, accountId: string): Promise<URL> {
    const jar = new Map<string, string>();
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    let next = url;
    let form: URLSearchParams | undefined;
    for (let hop = 0; hop < 12; hop++) {
      const res = await fetch(next, {
        method: form ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: cookieHeader(),
          ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body: form,
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair = "", ...attrs] = c.split(";");
        const eq = pair.indexOf("=");
        const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
        if (expired) jar.delete(pair.slice(0, eq).trim());
        else jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
      }
      form = undefined;
      const location = res.headers.get("location");
      if (location) {
        const to = new URL(location, next);
        if (to.href.startsWith(redirectUri)) return to;
        next = to;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200 || !next.pathname.startsWith("/interaction/"))
        throw new Error(
          `provider answered ${res.status} at ${next.pathname}: ${html.slice(0, 300)}`,
        );
      form = html.includes('value="login"')
        ? new URLSearchParams({ prompt: "login", login: accountId, password: "any" })
        : new URLSearchParams({ prompt: "consent" });
    }
    throw new Error("too many redirects at the provider");
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    authorize,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
