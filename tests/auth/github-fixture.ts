import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback server speaking the slice of GitHub the sign-in uses: the OAuth 2.0 web flow
 * (/login/oauth/authorize, /login/oauth/access_token, with PKCE S256 and single-use codes) and the
 * REST API's /user and /user/emails. `user` is who is "signed in at GitHub" when the browser
 * arrives; `authorize()` follows the authorization URL and returns our callback URL.
 */
export interface GitHubFixture {
  base: string;
  clientId: string;
  clientSecret: string;
  user: {
    id: number;
    login: string;
    name: string | null;
    emails: { email: string; primary: boolean; verified: boolean }[];
  };
  authorize(url: URL): Promise<URL>;
  close(): Promise<void>;
}

export async function startGitHubFixture(): Promise<GitHubFixture> {
  const clientId = "Iv1.testclient";
  const clientSecret = "github-test-secret";
  const codes = new Map<
    string,
    { challenge: string; redirectUri: string; user: GitHubFixture["user"] }
  >();
  const tokens = new Map<string, GitHubFixture["user"]>();
  const fixture = {
    user: { id: 1, login: "octo", name: null, emails: [] } as GitHubFixture["user"],
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://x");
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /login/oauth/authorize") {
      const q = url.searchParams;
      if (q.get("client_id") !== clientId || q.get("code_challenge_method") !== "S256")
        return json(res, 400, { error: "bad request" });
      const code = randomBytes(10).toString("hex");
      codes.set(code, {
        challenge: q.get("code_challenge") ?? "",
        redirectUri: q.get("redirect_uri") ?? "",
        user: structuredClone(fixture.user),
      });
      const back = new URL(q.get("redirect_uri") ?? "");
      back.searchParams.set("code", code);
      back.searchParams.set("state", q.get("state") ?? "");
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    if (route === "POST /login/oauth/access_token") {
      const body = await readBody(req);
      const basic = req.headers.authorization?.replace(/^Basic /, "");
      const [id, secret] = basic
        ? Buffer.from(basic, "base64").toString().split(":").map(decodeURIComponent)
        : [body.get("client_id"), body.get("client_secret")];
      if (id !== clientId || secret !== clientSecret)
        return json(res, 200, { error: "incorrect_client_credentials" });
      const entry = codes.get(body.get("code") ?? "");
      codes.delete(body.get("code") ?? "");
      const verifier = body.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      // GitHub answers a bad code with 200 and an error body, as here.
      if (!entry || entry.challenge !== challenge || entry.redirectUri !== body.get("redirect_uri"))
        return json(res, 200, { error: "bad_verification_code" });
      const token = `gho_${randomBytes(16).toString("hex")}`;
      tokens.set(token, entry.user);
      return json(res, 200, {
        access_token: token,
        token_type: "bearer",
        scope: "read:user,user:email",
      });
    }
    const who = tokens.get(req.headers.authorization?.replace(/^Bearer /, "") ?? "");
    if (!who) return json(res, 401, { message: "Bad credentials" });
    if (route === "GET /user")
      return json(res, 200, { id: who.id, login: who.login, name: who.name, email: null });
    if (route === "GET /user/emails") return json(res, 200, who.emails);
    return json(res, 404, { message: "Not Found" });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => json(res, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    clientId,
    clientSecret,
    get user() {
      return fixture.user;
    },
    set user(u) {
      fixture.user = u;
    },
    async authorize(url: URL) {
      const res = await fetch(url, { redirect: "manual" });
      const location = res.headers.get("location");
      if (!location) throw new Error(`GitHub fixture answered ${res.status}`);
      return new URL(location);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
