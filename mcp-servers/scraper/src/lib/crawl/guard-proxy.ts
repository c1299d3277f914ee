import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { resolveChecked, type ResolvedAddress, type Resolver } from "@leadscout/http";

export interface GuardProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback forward proxy for Chromium. Chromium would otherwise resolve host names itself after
 * our route check, leaving room for DNS rebinding; through this proxy every connection goes to an
 * address that `resolveChecked` has just approved, exactly like plain HTTP fetches.
 *
 * With `upstream` (one of SCRAPER_PROXIES) the checked address is reached through that proxy:
 * it is asked for the address, never the name, so it has nothing left to resolve. Chromium is
 * never pointed at the upstream proxy directly, which would resolve names unchecked.
 */
export async function startGuardProxy(
  resolver: Resolver,
  allowlist: Set<string>,
  upstream?: string,
): Promise<GuardProxy> {
  const via = upstream ? new URL(upstream) : undefined;
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
        const port = Number(target.port || 80);
        const path = target.pathname + target.search;
        const headers = { ...req.headers, host: target.host };
        const upstreamReq = via
          ? proxyModule(via).request({
              host: via.hostname,
              port: proxyPort(via),
              method: req.method,
              // Absolute form naming the checked address; Host keeps the site's name.
              path: `http://${authority(addresses[0]!, port)}${path}`,
              headers: { ...headers, ...proxyAuth(via) },
            })
          : http.request({
              host: addresses[0]!.address,
              family: addresses[0]!.family,
              port,
              path,
              method: req.method,
              headers,
            });
        upstreamReq.on("response", (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        upstreamReq.on("error", () => res.destroy());
        req.pipe(upstreamReq);
      },
      () => res.writeHead(403, { "content-type": "text/plain" }).end("Refused by the SSRF guard"),
    );
  });
  server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    client.on("error", () => undefined);
    const [host, port] = splitHostPort(req.url ?? "");
    const splice = (upstreamSocket: net.Socket) => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstreamSocket.write(head);
      upstreamSocket.pipe(client);
      client.pipe(upstreamSocket);
      upstreamSocket.on("error", () => client.destroy());
      client.on("close", () => upstreamSocket.destroy());
    };
    resolveChecked(host, `https://${req.url}`, resolver, allowlist).then(
      (addresses) => {
        if (via) {
          const tunnel = proxyModule(via).request({
            host: via.hostname,
            port: proxyPort(via),
            method: "CONNECT",
            path: authority(addresses[0]!, port),
            headers: { host: authority(addresses[0]!, port), ...proxyAuth(via) },
          });
          tunnel.on("connect", (res, socket) => {
            if (res.statusCode === 200) splice(socket);
            else {
              socket.destroy();
              client.end(`HTTP/1.1 ${res.statusCode ?? 502} Upstream proxy refused\r\n\r\n`);
            }
          });
          tunnel.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
          client.on("close", () => tunnel.destroy());
          tunnel.end();
          return;
        }
        const upstreamSocket = net.connect(
          { host: addresses[0]!.address, port, family: addresses[0]!.family },
          () => splice(upstreamSocket),
        );
        upstreamSocket.on("error", () => client.destroy());
        client.on("close", () => upstreamSocket.destroy());
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

function authority(a: ResolvedAddress, port: number): string {
  return a.family === 6 ? `[${a.address}]:${port}` : `${a.address}:${port}`;
}

function proxyModule(proxy: URL): typeof http | typeof https {
  return proxy.protocol === "https:" ? https : http;
}

function proxyPort(proxy: URL): number {
  return Number(proxy.port || (proxy.protocol === "https:" ? 443 : 80));
}

/** Credentials written into a proxy URL (http://user:pass@host) become Proxy-Authorization. */
function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const user = decodeURIComponent(proxy.username);
  const pass = decodeURIComponent(proxy.password);
  return {
    "proxy-authorization": `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`,
  };
}
