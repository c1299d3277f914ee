import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER } from "./client-ip";

let installed = false;

/**
 * Writes every incoming request's TCP peer address into PEER_HEADER before Next.js sees it, so
 * clientIp() knows who is really connected. Next.js only fills X-Forwarded-For from the socket
 * when the client sent none, which lets a client name any address it likes; this header cannot
 * be forged, since it is overwritten for every request. Node publishes `http.server.request.start`
 * before any 'request' listener runs.
 */
export function stampPeerAddresses(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}
