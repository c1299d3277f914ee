import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { extractPage } from "./index";

// The phone matcher remembers lines and tel: targets for the life of the process. What it keeps
// must be its own strings, not slices of a page's HTML, or every such page stays in memory whole.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("extraction memory", () => {
  it("does not keep the pages it has read alive", () => {
    const filler = `<p>${"lorem ipsum dolor sit amet ".repeat(4000)}</p>`; // ~108 kB per page
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 300; i++) {
      const n = String(i).padStart(3, "0");
      const html = `<html lang="de"><body>${filler}<div>${i}</div><p>Telefon: +49 30 1234${n}</p><a href="tel:+4989123${n}">Anrufen</a></body></html>`;
      const phones = extractPage(html, `https://firma-${i}.de/`).phones.map((p) => p.value);
      expect(phones.sort()).toEqual([`+49301234${n}`, `+4989123${n}`]);
    }
    gc();
    // 300 pages of ~108 kB would be ~32 MB if each stayed reachable; what remains is the memo itself.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(12 * 1024 * 1024);
  });
});
