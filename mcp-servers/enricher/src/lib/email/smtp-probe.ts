import { randomBytes } from "node:crypto";
import net from "node:net";
import { resolveChecked, type Resolver } from "@leadscout/http";

export type SmtpVerdict = "accepted" | "rejected" | "accept_all" | "unknown";

export interface SmtpProbeOptions {
  port: number;
  timeoutMs: number;
  /** Name sent in EHLO; should be a host whose reverse DNS matches in production. */
  heloName: string;
  resolver: Resolver;
  allowlist: Set<string>;
}

/**
 * Asks the first MX host whether it would take RCPT TO for the address, then for a random one at
 * the same domain (if that is accepted too, the server accepts all and proves nothing). No mail is
 * sent: the session ends after RCPT. The MX host goes through the same private-address refusal as
 * web fetches.
 */
export async function smtpProbe(
  mxHost: string,
  email: string,
  opts: SmtpProbeOptions,
): Promise<SmtpVerdict> {
  const [addr] = await resolveChecked(mxHost, `smtp://${mxHost}`, opts.resolver, opts.allowlist);
  const domain = email.split("@").pop()!;
  const socket = net.connect({ host: addr!.address, port: opts.port, family: addr!.family });
  socket.setEncoding("utf8");
  let buffer = "";
  const waiters: ((code: number) => void)[] = [];
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    // A reply is complete on a line "NNN " (multi-line replies use "NNN-").
    for (let m = /^(\d{3}) .*\r?\n/m.exec(buffer); m; m = /^(\d{3}) .*\r?\n/m.exec(buffer)) {
      buffer = buffer.slice(m.index + m[0].length);
      waiters.shift()?.(Number(m[1]));
    }
  });
  const reply = () =>
    new Promise<number>((resolve, reject) => {
      waiters.push(resolve);
      socket.once("error", reject);
      socket.once("close", () => reject(new Error("connection closed")));
    });
  const send = (line: string) => {
    socket.write(`${line}\r\n`);
    return reply();
  };
  const timer = setTimeout(() => socket.destroy(new Error("SMTP probe timed out")), opts.timeoutMs);
  try {
    if ((await reply()) !== 220) return "unknown";
    if ((await send(`EHLO ${opts.heloName}`)) !== 250) return "unknown";
    if ((await send("MAIL FROM:<>")) !== 250) return "unknown";
    const code = await send(`RCPT TO:<${email}>`);
    if (code >= 500) return "rejected";
    if (code !== 250 && code !== 251) return "unknown";
    const probe = await send(`RCPT TO:<${randomBytes(12).toString("hex")}@${domain}>`);
    return probe === 250 || probe === 251 ? "accept_all" : "accepted";
  } catch {
    return "unknown";
  } finally {
    clearTimeout(timer);
    if (!socket.destroyed) socket.end("QUIT\r\n");
  }
}
