import { describe, expect, it } from "vitest";
import { readSubmission } from "@/lib/inbound";
import { PDF } from "./fixtures";

describe("reading a submission", () => {
  it("reads a browser's multipart post, whose boundary is mixed case", async () => {
    // Chromium's boundary: lower-casing the header would no longer match the body's delimiters.
    const boundary = "----WebKitFormBoundaryQx7ZkA9bC2dEfGhI";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\npia@acme.example\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="brief.pdf"\r\n` +
          `Content-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from(PDF),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const got = await readSubmission(
      new Request("http://127.0.0.1/api/public/forms/x", {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body,
      }),
    );
    expect(got.fields).toEqual({ email: "pia@acme.example" });
    expect(got.file).toEqual({ bytes: PDF, name: "brief.pdf" });
  });

  it("refuses a body in another format with a 400", async () => {
    await expect(
      readSubmission(
        new Request("http://127.0.0.1/x", {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: "email=x",
        }),
      ),
    ).rejects.toMatchObject({ code: "bad_request" });
  });
});
