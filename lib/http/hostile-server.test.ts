import net from "node:net";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "./errors";
import { createSafeFetch } from "./safe-fetch";

// Servers that get HTTP subtly or deliberately wrong, answered byte for byte from a raw socket so
// nothing in Node's own HTTP server tidies the response up first.
type Answer = (path: string) => Buffer | string | undefined;
let server: net.Server;
let origin: string;
const sockets = new Set<net.Socket>();

const response = (status: string, headers: Record<string, string>, body: Buffer | string = "") => {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  const lines = Object.entries({ "content-length": String(bytes.length), ...headers }).map(
    ([k, v]) => `${k}: ${v}\r\n`,
  );
  // Headers go out as UTF-8 bytes on purpose: real servers put raw UTF-8 in Location.
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${lines.join("")}\r\n`), bytes]);
};
const page = (body: Buffer | string, headers: Record<string, string> = {}) =>
  response("200 OK", { "content-type": "text/html", ...headers }, body);

const routes: Record<string, Answer> = {
  "/raw-deflate": () =>
    page(zlib.deflateRawSync("<p>raw deflate body</p>"), { "content-encoding": "deflate" }),
  "/chained": () =>
    page(zlib.brotliCompressSync(zlib.gzipSync("<p>gzip then br</p>")), {
      "content-encoding": "gzip, br",
    }),
  "/fake-gzip": () => page("<p>plain text</p>", { "content-encoding": "gzip" }),
  "/truncated-gzip": () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `<p>${i * 7919}</p>`).join("");
    const full = zlib.gzipSync(`<p>start of page</p>${filler}`);
    return page(full.subarray(0, full.length >> 1), { "content-encoding": "gzip" });
  },
  "/zstd": () =>
    page(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58, 0x01]), { "content-encoding": "zstd" }),
  "/deflate-bomb": () =>
    page(zlib.deflateSync(Buffer.alloc(4 << 20, " ")), { "content-encoding": "deflate" }),
  "/br-bomb": () =>
    page(zlib.brotliCompressSync(Buffer.alloc(4 << 20, " ")), { "content-encoding": "br" }),
  // A redirect whose body promises 100 bytes and never sends them.
  "/redirect-stalls": () =>
    Buffer.from("HTTP/1.1 302 Found\r\nlocation: /ok\r\ncontent-length: 100\r\n\r\nabc"),
  "/utf8-location": () => response("302 Found", { location: "/über-uns" }),
  "/%C3%BCber-uns": () => page("<p>about us</p>"),
  "/credentials-location": () =>
    response("302 Found", { location: `${origin.replace("//", "//bob:s3cret@")}/ok` }),
  "/two-content-types": () =>
    Buffer.from(
      "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-type: text/html; charset=windows-1252\r\ncontent-length: 3\r\n\r\nM\xfcl",
      "latin1",
    ),
  "/ok": () => page("<p>ok</p>"),
  "/long": () => page("a".repeat(3000)),
};

beforeAll(async () => {
  server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let head = "";
    socket.on("data", (chunk: Buffer) => {
      head += chunk.toString("latin1");
      // Several requests may arrive on one kept-alive socket: answer each complete head.
      for (let end = head.indexOf("\r\n\r\n"); end >= 0; end = head.indexOf("\r\n\r\n")) {
        const path = head.slice(0, end).split(" ")[1] ?? "/";
        head = head.slice(end + 4);
        const answer = routes[path]?.(path);
        socket.write(answer ?? response("404 Not Found", {}, "nope"));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  server.close();
});

const fetch = createSafeFetch({ allowlist: ["127.0.0.1"] });
const failure = (path: string, opts = {}) =>
  fetch(`${origin}${path}`, { timeoutMs: 10_000, ...opts }).then(
    () => undefined,
    (e: unknown) => e as FetchError,
  );

describe("safe fetch against servers that get content coding wrong", () => {
  it("reads deflate sent without the zlib wrapper, as browsers do", async () => {
    expect((await fetch(`${origin}/raw-deflate`)).text()).toBe("<p>raw deflate body</p>");
  });

  it("undoes several codings in the reverse of the order they were applied", async () => {
    expect((await fetch(`${origin}/chained`)).text()).toBe("<p>gzip then br</p>");
  });

  it("keeps what a gzip stream cut short decoded to, as browsers do", async () => {
    expect((await fetch(`${origin}/truncated-gzip`)).text()).toMatch(/^<p>start of page<\/p>/);
  });

  it("reports a body that is not the gzip it claims as a typed, non-network error", async () => {
    const err = await failure("/fake-gzip");
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ code: "bad_encoding", message: expect.stringMatching(/gzip/) });
  });

  it("refuses a coding it cannot decode instead of handing back compressed bytes as HTML", async () => {
    expect(await failure("/zstd")).toMatchObject({
      code: "bad_encoding",
      message: expect.stringMatching(/zstd/),
    });
  });

  it.each(["/deflate-bomb", "/br-bomb"])("caps %s after decompression", async (path) => {
    expect(await failure(path, { maxBytes: 1 << 20 })).toMatchObject({ code: "body_too_large" });
  });

  it("hands back the first maxBytes when asked to truncate rather than fail", async () => {
    const res = await fetch(`${origin}/long`, { maxBytes: 1000, truncate: true });
    expect(res.body).toHaveLength(1000);
    expect(res.truncated).toBe(true);
    expect(await failure("/long", { maxBytes: 1000 })).toMatchObject({ code: "body_too_large" });
  });
});

describe("safe fetch against odd redirects and headers", () => {
  it("follows a redirect at once, without waiting for a body that never comes", async () => {
    // The test's own timeout fails this if the fetcher waits out the idle timeout.
    const res = await fetch(`${origin}/redirect-stalls`, {
      timeoutMs: 60_000,
      idleTimeoutMs: 60_000,
    });
    expect(res).toMatchObject({ status: 200, finalUrl: `${origin}/ok` });
  });

  it("reads a raw UTF-8 Location as UTF-8, as browsers do", async () => {
    const res = await fetch(`${origin}/utf8-location`);
    expect(res.finalUrl).toBe(`${origin}/%C3%BCber-uns`);
    expect(res.text()).toBe("<p>about us</p>");
  });

  it("never reports (or sends) credentials a redirect adds to the URL", async () => {
    const res = await fetch(`${origin}/credentials-location`);
    expect(res.finalUrl).toBe(`${origin}/ok`);
    expect(res.redirects).toEqual([`${origin}/ok`]);
    const direct = await fetch(`${origin.replace("//", "//alice:pw@")}/ok`);
    expect(direct.finalUrl).toBe(`${origin}/ok`);
  });

  it("takes the last of several Content-Type headers, charset included", async () => {
    const res = await fetch(`${origin}/two-content-types`);
    expect(res.contentType).toBe("text/html");
    expect(res.text()).toBe("Mül");
  });
});

describe("safe fetch and internationalised host names", () => {
  it("matches an allowlist entry written in Unicode against the punycode host", async () => {
    const port = new URL(origin).port;
    const idnFetch = createSafeFetch({
      allowlist: ["bücher.test"],
      resolver: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    const res = await idnFetch(`http://bücher.test:${port}/ok`);
    expect(res).toMatchObject({ status: 200, finalUrl: `http://xn--bcher-kva.test:${port}/ok` });
  });
});
