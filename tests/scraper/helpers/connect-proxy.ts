import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A minimal loopback forward proxy (CONNECT tunnels and absolute-form requests) that counts the
 * HTTP requests it carries, including several over one kept-alive tunnel.
 */
export async function startConnectProxy(): Promise<{
  url: string;
  uses: () => number;
  close(): Promise<void>;
}> {
  let uses = 0;
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    uses++;
    const target = new URL(req.url!);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        headers: req.headers,
        method: req.method,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  server.on("connect", (req, client: net.Socket, head) => {
    client.on(
      "data",
      (chunk: Buffer) =>
        (uses += chunk.toString("latin1").match(/(?:^|\r\n)GET \S+ HTTP\/1\.1\r\n/g)?.length ?? 0),
    );
    const [host, port] = (req.url ?? "").split(":");
    const upstream = net.connect(Number(port), host!, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      uses += head.toString("latin1").match(/(?:^|\r\n)GET \S+ HTTP\/1\.1\r\n/g)?.length ?? 0;
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    uses: () => uses,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
