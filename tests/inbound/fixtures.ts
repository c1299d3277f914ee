import { DOCX_ENTRIES, storedZip } from "./zip";

// Files as a prospect might attach them: real headers, and the lies a name can tell.
export const PDF = new Uint8Array(
  Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
);
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
export const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
/** A Windows executable's first bytes ("MZ", then the DOS stub). */
export const EXE = new Uint8Array(
  Buffer.concat([
    Buffer.from("MZ\x90\x00\x03\x00\x00\x00"),
    Buffer.from("This program cannot be run in DOS mode."),
  ]),
);
export const DOCX = storedZip(DOCX_ENTRIES);
/** A ZIP that is not a Word document (an .xlsx's layout). */
export const XLSX = storedZip({
  "[Content_Types].xml": "<Types/>",
  "xl/workbook.xml": "<workbook/>",
});

/** A real PDF header followed by filler, `size` bytes in all. */
export function pdfOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(PDF.subarray(0, Math.min(PDF.length, size)));
  return bytes;
}
