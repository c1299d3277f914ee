/**
 * A bounded memo for pure per-line work. A site repeats its header and footer (the phone line,
 * the tel: link, the address) on every page, and the phone matcher is the costliest step of
 * extraction: each distinct line is matched once per process, not once per page. Entries are
 * evicted oldest first; cached values are frozen, so no caller can change what the next reads.
 */
export class LineMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = 4_096) {}

  get(key: string, compute: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    // Keys and values are stored as copies: text taken from a page (a tel: target, a line) can be
    // a slice of the page's HTML, and keeping the slice would keep the whole page alive.
    const value = deepFreeze(structuredClone(compute()));
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(ownCopy(key), value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A flat copy of `text` that shares no storage with the string it came from. */
function ownCopy(text: string): string {
  // Slicing a concatenation makes V8 write it out into a new string first.
  return (" " + text).slice(1);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
