import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { resolveChecked, type Resolver } from "@leadscout/http";

export interface GuardProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback forward proxy for Chromium. Chromium would otherwise resolve host names itself after
 * our route check, leaving room for DNS rebinding; through this proxy every connection goes to an
 * address that `resolveChecked` has just approved, exactly like plain HTTP fetches.
 */
export async function startGuardProxy(
  resolver: Resolver,
  allowlist: Set<string>,
): Promise<GuardProxy> {
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    // Plain-HTTP requests arrive in absolute form: forward them to the checked address.
    let target: URL;
    try {
      target = new URL(req.url ?? "");
    } catch {
      res.writeHead(400).end();
      return;
    }
    resolveChecked(target.hostname, target.href, resolver, allowlist).then(
      (addresses) => {
        const upstream = http.request(
          {
            host: addresses[0]!.address,
            family: addresses[0]!.family,
            port: target.port || 80,
            path: target.pathname + target.search,
            method: req.method,
            headers: req.headers,
          },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.on("error", () => res.destroy());
        req.pipe(upstream);
      },
      () => res.writeHead(403, { "content-type": "text/plain" }).end("Refused by the SSRF guard"),
    );
  });
  server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    client.on("error", () => undefined);
    const [host, port] = splitHostPort(req.url ?? "");
    resolveChecked(host, `https://${req.url}`, resolver, allowlist).then(
      (addresses) => {
        const upstream = net.connect(
          { host: addresses[0]!.address, port, family: addresses[0]!.family },
          () => {
            client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
            upstream.write(head);
            upstream.pipe(client);
            client.pipe(upstream);
          },
        );
        upstream.on("error", () => client.destroy());
        client.on("close", () => upstream.destroy());
      },
      () => client.end("HTTP/1.1 403 Forbidden\r\n\r\n"),
    );
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function splitHostPort(authority: string): [string, number] {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
  return m ? [m[1]!, Number(m[2])] : [authority, 443];
}
