// The crawl frontier: a binary max-heap on (score, then discovery order), so taking the best link
// stays O(log n) on sites with thousands of pages instead of re-sorting the queue per page.
export interface FrontierItem {
  url: string;
  score: number;
  depth: number;
  order: number;
}

const better = (a: FrontierItem, b: FrontierItem) =>
  a.score > b.score || (a.score === b.score && a.order < b.order);

export class Frontier {
  private readonly heap: FrontierItem[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(item: FrontierItem): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): FrontierItem | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && better(h[l]!, h[best]!)) best = l;
        if (r < h.length && better(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}
