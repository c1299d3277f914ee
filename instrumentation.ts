// Runs once when the server process starts: monitoring, then the database (embedded mode migrates
// on start so `pnpm dev` on a fresh clone just works).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, before any request is served: who is connected is known from the socket, not headers.
  const { stampPeerAddresses } = await import("./lib/auth/peer-address");
  stampPeerAddresses();
  const { initServerSentry } = await import("./lib/monitoring/sentry-server");
  const { startServer } = await import("./lib/server/start");
  await initServerSentry();
  await startServer();
}

export async function onRequestError(...args: unknown[]): Promise<void> {
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import("@sentry/nextjs");
  (Sentry.captureRequestError as (...a: unknown[]) => void)(...args);
}
