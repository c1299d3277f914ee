import http from "node:http";
import type { AddressInfo } from "node:net";

// 200 company sites behind one loopback HTTP server, told apart by the Host header. Each has a
// home page (JSON-LD, meta, socials, analytics/chat/payment scripts) and a team page.
export const DOMAIN_COUNT = 200;
/** Further sites, used only to warm both processes up before the measured passes. */
export const WARMUP_DOMAINS = 10;
export const domainName = (i: number) => `d${String(i + 1).padStart(3, "0")}.bench.test`;

const STACKS = [
  [
    '<meta name="generator" content="WordPress 6.5">',
    '<script src="https://js.stripe.com/v3/"></script>',
  ],
  [
    '<script id="__NEXT_DATA__" type="application/json">{}</script>',
    '<script src="https://client.crisp.chat/l.js"></script>',
  ],
  [
    '<meta name="generator" content="Webflow">',
    '<script src="https://widget.intercom.io/widget/x"></script>',
  ],
];

function home(host: string, i: number): string {
  const [a, b] = STACKS[i % STACKS.length]!;
  const slug = host.split(".")[0];
  return `<!doctype html><html lang="en"><head><title>Company ${slug} | Home</title>
<meta name="description" content="Company ${slug} makes things for other companies.">
${a}${b}<script async src="https://www.googletagmanager.com/gtag/js?id=G-${slug}"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Company ${slug}",
"logo":"https://${host}/logo.png","foundingDate":"${1950 + (i % 70)}","numberOfEmployees":${10 + i * 7},
"address":{"@type":"PostalAddress","addressLocality":"City ${i}","addressCountry":"DE"}}</script></head>
<body><nav><a href="/team">Team</a></nav><h1>Company ${slug}</h1>
<footer><a href="https://www.linkedin.com/company/company-${slug}">LinkedIn</a>
<a href="https://twitter.com/company_${slug}">Twitter</a></footer></body></html>`;
}

function team(host: string): string {
  const slug = host.split(".")[0];
  return `<!doctype html><html><head><title>Team</title></head><body><h1>Team</h1>
<div><h3>Alex Example</h3><p>CEO</p><a href="https://www.linkedin.com/in/alex-example-${slug}">LinkedIn</a></div>
</body></html>`;
}

// setTimeout(fn, 0) still waits a timer tick: at 0 ms the answer goes out at once.
function later(ms: number, fn: () => void): void {
  if (ms > 0) setTimeout(fn, ms);
  else fn();
}

export interface FixtureWeb {
  port: number;
  /** Requests per host and path, e.g. hits.get("d001.bench.test")?.get("/"). */
  hits: Map<string, Map<string, number>>;
  close(): Promise<void>;
}

/** `latencyMs` holds every answer back that long, as a distant server would (0: loopback speed). */
export async function startFixtureWeb(latencyMs = 0): Promise<FixtureWeb> {
  const hosts = new Map(
    Array.from({ length: DOMAIN_COUNT + WARMUP_DOMAINS }, (_, i) => [domainName(i), i]),
  );
  const hits = new Map<string, Map<string, number>>();
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    const path = (req.url ?? "/").split("?")[0]!;
    const perHost = hits.get(host) ?? new Map<string, number>();
    perHost.set(path, (perHost.get(path) ?? 0) + 1);
    hits.set(host, perHost);
    const i = hosts.get(host);
    if (i === undefined || (path !== "/" && path !== "/team")) {
      res.writeHead(404, { "content-type": "text/html" });
      return res.end("<h1>Not found</h1>");
    }
    const body = path === "/" ? home(host, i) : team(host);
    later(latencyMs, () => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", server: "nginx" });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback stand-in for Apollo's organization enrichment endpoint, counting its calls. */
export async function startApollo(latencyMs = 0): Promise<{
  origin: string;
  calls: () => number;
  close(): Promise<void>;
}> {
  let calls = 0;
  const server = http.createServer((req, res) => {
    calls++;
    const domain = new URL(req.url ?? "/", "http://x").searchParams.get("domain") ?? "";
    const body = JSON.stringify({
      organization: { name: domain, industry: "manufacturing", estimated_num_employees: 120 },
    });
    later(latencyMs, () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
