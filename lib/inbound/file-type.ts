import type { InboundFileType } from "./schemas";

// What a file IS, read from its bytes: a name or a declared Content-Type is the sender's claim,
// and an executable renamed report.pdf must not reach a colleague's download folder as a PDF.

const startsWith = (b: Uint8Array, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The file's type, or null when it is none of PDF, DOCX, PNG, JPG. */
export function detectFileType(bytes: Uint8Array): InboundFileType | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPG)) return "jpg";
  if (startsWith(bytes, ZIP) && zipEntryNames(bytes)?.includes("word/document.xml")) return "docx";
  return null;
}

/** The content type a file of this (proven) type is served with. */
export const CONTENT_TYPES: Record<InboundFileType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The entry names of a ZIP archive, read from its central directory (the archive's own index,
 * found through the end-of-central-directory record in the last 64 KB + 22 bytes); null when
 * the bytes are not a well-formed archive. Entries are not decompressed: the name is enough.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (at + size > eocd) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    if (at + 46 + nameLen > eocd) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
