import type { PGlite } from "@electric-sql/pglite";

// PGlite is one Postgres session. pglite-socket lets several clients share it by queueing their
// protocol messages, but its own queue only keeps a client's messages together inside an explicit
// transaction: the Parse/Bind/Execute/Sync of two clients' parameterised queries may interleave
// (one client's Bind runs against the other's unnamed statement), and a failing message stalls the
// queue for good. This queue gives the session to one client from its first message until the end
// of a protocol cycle (Sync or a simple Query) with no transaction open, so every client sees a
// session of its own. It is swapped in for the server's queue (see embedded-server.ts).

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

const SIMPLE_QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const CYCLE_CONTINUES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse Bind Describe Execute Close Flush

/** The interface PGLiteSocketHandler calls on its server's queue. */
export interface SocketQueryQueue {
  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number>;
  getQueueLength(): number;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

export class SessionAffinityQueue implements SocketQueryQueue {
  private queue: Item[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /** A client that leaves mid-transaction must not leave the session inside its transaction. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.exec("rollback"));
    this.owner = null;
    void this.drain();
  }

  private next(): Item | undefined {
    const index = this.owner === null ? 0 : this.queue.findIndex((i) => i.handlerId === this.owner);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        this.owner = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (err) {
          item.reject(err);
        }
        const type = item.message[0]!;
        const cycleOpen = CYCLE_CONTINUES.has(type) && type !== SYNC && type !== SIMPLE_QUERY;
        if (!cycleOpen && !this.db.isInTransaction()) this.owner = null;
        // Let the owner's continuation enqueue its next message before anyone else is picked.
        await new Promise<void>((r) => setImmediate(r));
      }
    } finally {
      this.running = false;
    }
  }
}
