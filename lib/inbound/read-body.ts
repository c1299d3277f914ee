import { readStreamCapped } from "@/lib/api/body";
import { AppError } from "@/lib/errors";
import { refuseUnstorableText } from "@/lib/errors/unstorable-text";
import { MAX_INBOUND_FILE_BYTES } from "./schemas";
import type { IncomingSubmission } from "./submit";

/** The largest body taken: one full-size attachment plus room for the text fields. */
export const MAX_SUBMISSION_BYTES = MAX_INBOUND_FILE_BYTES + 256 * 1024;

const tooLarge = () =>
  new AppError(
    "payload_too_large",
    `A submission must be at most ${Math.floor(MAX_SUBMISSION_BYTES / 1024)} KB (attachments up to 10 MB)`,
  );

/** The body's bytes, counted as they arrive: a lying or absent Content-Length buffers no more. */
async function readCapped(req: Request): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_SUBMISSION_BYTES) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  return readStreamCapped(req.body, MAX_SUBMISSION_BYTES, tooLarge);
}

/**
 * A submission from JSON (text fields only), or from a form post: multipart (with the optional
 * `file`) or urlencoded, as a browser without JavaScript sends the hosted page.
 */
export async function readSubmission(req: Request): Promise<IncomingSubmission> {
  const declared = req.headers.get("content-type") ?? "";
  // Lower case for recognising the type only: a multipart boundary is case-sensitive.
  const type = declared.toLowerCase();
  const body = await readCapped(req);
  if (/^application\/([\w.+-]+\+)?json\b/.test(type)) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      throw new AppError("bad_request", "The body is not valid JSON");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new AppError("bad_request", "Send the fields as a JSON object");
    refuseUnstorableText(value, "the body");
    return { fields: value as Record<string, unknown>, file: null };
  }
  if (
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded")
  ) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { "content-type": declared },
      }).formData();
    } catch {
      throw new AppError("bad_request", "The form data could not be read");
    }
    const fields: Record<string, unknown> = {};
    let file: IncomingSubmission["file"] = null;
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields[key] = value;
      // A browser sends an empty part for a file input left empty.
      else if (key === "file" && value.size > 0)
        file = { bytes: new Uint8Array(await value.arrayBuffer()), name: value.name };
    }
    refuseUnstorableText(fields, "the form");
    return { fields, file };
  }
  throw new AppError(
    "bad_request",
    "Send the form as JSON, multipart/form-data or application/x-www-form-urlencoded",
  );
}
