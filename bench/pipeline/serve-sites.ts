// Serves the bench's fixture sites, and a DNS server that gives every domain a mail server (for
// the enricher's MX checks), from their own process, as remote sites would be: the app process's
// event loop (busy with PGlite) must not slow them down. Prints one JSON line
// `{ urls, dns: "127.0.0.1:port" }`, then serves until killed.
import { startFixtureDns } from "../../tests/pipeline/fixture-dns";
import { serveFixtureWeb } from "../../tests/pipeline/fixture-web";

const web = await serveFixtureWeb(Number(process.argv[2] ?? 1000));
const dns = await startFixtureDns();
process.stdout.write(`${JSON.stringify({ urls: web.urls, dns: `${dns.address}:${dns.port}` })}\n`);
process.on(
  "SIGTERM",
  () => void Promise.all([web.close(), dns.close()]).then(() => process.exit(0)),
);
