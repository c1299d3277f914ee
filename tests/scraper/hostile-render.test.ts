import dgram from "node:dgram";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserEngine } from "@/mcp-servers/scraper/src/lib/crawl/browser-engine";
import { userAgent } from "@/mcp-servers/scraper/src/lib/crawl/config";
import { html, startFixtureServer, type FixtureServer } from "./helpers/fixture-server";
import { testCrawler } from "./helpers/crawler";

// Pages that keep a real browser busy: polling forever, spinning the CPU, or outliving Chromium.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);

let site: FixtureServer;
let browser: BrowserEngine;
// A UDP service on a loopback address that is not allowlisted: the SSRF guard must keep it unreached.
let udpVictim: dgram.Socket;
let udpPackets = 0;

const built = (email: string, extra = "") =>
  html(`<html><body><div id="root"></div>
    <script>document.getElementById("root").innerHTML = '<p>Write to ${email}</p>';</script>${extra}</body></html>`);

beforeAll(async () => {
  udpVictim = dgram.createSocket("udp4").on("message", () => udpPackets++);
  await new Promise<void>((resolve) => udpVictim.bind(0, "127.0.0.3", resolve));
  const stun = `stun:127.0.0.3:${udpVictim.address().port}`;
  site = await startFixtureServer({
    // WebRTC talks UDP straight from Chromium, past the guard proxy that checks everything else.
    "/webrtc": html(`<html><body><p id="state">started</p><script>
      const pc = new RTCPeerConnection({ iceServers: [{ urls: "${stun}" }] });
      pc.onicegatheringstatechange = () => {
        if (pc.iceGatheringState === "complete") document.getElementById("state").textContent = "gathered";
      };
      pc.createDataChannel("x");
      pc.createOffer().then((offer) => pc.setLocalDescription(offer));
    </script></body></html>`),
    // Analytics-style polling: the network is never idle for the 500 ms Playwright waits for.
    "/polling": built(
      "poll@brightline-studio.com",
      `<script>setInterval(() => fetch("/ping?" + Date.now()).catch(() => {}), 150);</script>`,
    ),
    "/ping": html("ok"),
    // Just after it loads, the page spins its main thread for good. A short crawl budget below
    // keeps the spin (a whole CPU until the context closes) brief for the tests beside this one.
    "/spinning": built(
      "spin@brightline-studio.com",
      `<script>setTimeout(() => { for (;;) {} }, 50);</script>`,
    ),
    "/plain": built("plain@brightline-studio.com"),
  });
  browser = new BrowserEngine(CHROMIUM, {
    userAgent: userAgent("https://leadscout.dev/bot"),
    allowlist: ["127.0.0.1"],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  udpVictim?.close();
});

describe.skipIf(!hasChromium)("rendering hostile pages", () => {
  const crawl = (path: string, timeoutMs = 8_000) =>
    testCrawler({ browser: async () => browser }).scrape(`${site.origin}${path}`, {
      maxPages: 1,
      render: "browser",
      timeoutMs,
    });

  it("reads a page whose network never goes idle instead of timing out on it", async () => {
    const out = await crawl("/polling");
    expect(out).toMatchObject({ status: "ok", emails: [{ value: "poll@brightline-studio.com" }] });
  });

  it("gives up on a page that keeps the browser busy within the budget, then renders the next", async () => {
    // Before, reading such a page waited minutes: the test's own 30 s timeout catches a relapse.
    const spun = await crawl("/spinning", 2_000);
    expect(spun).toMatchObject({ status: "error", error: expect.stringMatching(/busy|time/) });
    expect(await crawl("/plain")).toMatchObject({
      status: "ok",
      emails: [{ value: "plain@brightline-studio.com" }],
    });
  });

  it("launches Chromium again when it has gone away", async () => {
    const running = await (
      browser as unknown as { launch(): Promise<{ close(): Promise<void> }> }
    ).launch();
    await running.close();
    expect(await crawl("/plain")).toMatchObject({
      status: "ok",
      emails: [{ value: "plain@brightline-studio.com" }],
    });
  });

  it("lets no page send WebRTC traffic to a private address", async () => {
    const page = await browser.fetchPage(`${site.origin}/webrtc`, {
      deadline: Date.now() + 15_000,
      timeoutMs: 15_000,
    });
    // ICE gathering ran to the end; without UDP it has nothing to wait for.
    expect(page.html).toContain("gathered");
    expect(udpPackets).toBe(0);
  });
});
