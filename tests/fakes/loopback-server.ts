import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What every local protocol server (HubSpot, Salesforce) shares: an HTTP server on 127.0.0.1, a
 * port of its own (0: any free one), its base URL once started, and a clean stop. Each fake
 * answers in `handle`, as the service it stands for would.
 */
export abstract class LoopbackServer {
  private server: Server | null = null;
  url = "";

  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>;

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(port, "127.0.0.1", ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}
