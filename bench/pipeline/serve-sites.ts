// Serves the bench's fixture sites from their own process, as remote sites would be: the app
// process's event loop (busy with PGlite) must not slow the sites down. Prints the URLs as one
// JSON line, then serves until killed.
import { serveFixtureWeb } from "../../tests/pipeline/fixture-web";

const web = await serveFixtureWeb(Number(process.argv[2] ?? 1000));
process.stdout.write(`${JSON.stringify(web.urls)}\n`);
process.on("SIGTERM", () => void web.close().then(() => process.exit(0)));
