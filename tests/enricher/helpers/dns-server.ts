import dgram from "node:dgram";
import dnsPacket from "dns-packet";

export interface ZoneRecord {
  a?: string[];
  mx?: { preference: number; exchange: string }[];
  /** Never answer queries for this name: the client must time out. */
  hang?: boolean;
  /** Ignore the first this many queries for this name, as if they were lost on the way. */
  lose?: number;
}

export interface DnsServer {
  address: string;
  port: number;
  queries: { name: string; type: string }[];
  close(): Promise<void>;
}

const NXDOMAIN = 3;

/**
 * A real DNS responder over UDP on 127.0.0.1, authoritative for the names it is given: known names
 * answer their records (or an empty NOERROR for types they lack), unknown names get NXDOMAIN.
 */
export async function startDnsServer(zone: Record<string, ZoneRecord>): Promise<DnsServer> {
  const socket = dgram.createSocket("udp4");
  const queries: DnsServer["queries"] = [];
  const lookup = (name: string) => zone[name.toLowerCase().replace(/\.$/, "")];
  socket.on("message", (msg, rinfo) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    if (!q) return;
    queries.push({ name: q.name, type: q.type });
    const record = lookup(q.name);
    if (record?.hang) return;
    if (record?.lose && queries.filter((x) => x.name === q.name).length <= record.lose) return;
    const answers: dnsPacket.Answer[] = [];
    if (record && q.type === "A")
      for (const data of record.a ?? []) answers.push({ type: "A", name: q.name, ttl: 60, data });
    if (record && q.type === "MX")
      for (const data of record.mx ?? []) answers.push({ type: "MX", name: q.name, ttl: 60, data });
    const response = dnsPacket.encode({
      type: "response",
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (record ? 0 : NXDOMAIN),
      questions: query.questions,
      answers,
    });
    socket.send(response, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const { address, port } = socket.address();
  return {
    address,
    port,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
