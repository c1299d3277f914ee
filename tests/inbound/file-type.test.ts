import { describe, expect, it } from "vitest";
import { detectFileType, zipEntryNames } from "@/lib/inbound";
import { DOCX, EXE, JPG, PDF, PNG, XLSX } from "./fixtures";
import { storedZip } from "./zip";

describe("attachments are typed by their content", () => {
  it("knows PDF, PNG, JPG and DOCX by their bytes", () => {
    expect(detectFileType(PDF)).toBe("pdf");
    expect(detectFileType(PNG)).toBe("png");
    expect(detectFileType(JPG)).toBe("jpg");
    expect(detectFileType(DOCX)).toBe("docx");
  });

  it("refuses an executable, a ZIP that is not a Word document, and text", () => {
    expect(detectFileType(EXE)).toBeNull();
    expect(detectFileType(XLSX)).toBeNull();
    expect(detectFileType(new TextEncoder().encode("hello, world"))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });

  it("reads a ZIP's entry names from its central directory, and refuses a truncated one", () => {
    expect(zipEntryNames(DOCX)).toContain("word/document.xml");
    const zip = storedZip({ "word/document.xml": "<w/>" });
    // The local header says ZIP, but the index at the end is gone: not a document.
    expect(detectFileType(zip.subarray(0, zip.length - 10))).toBeNull();
    expect(zipEntryNames(zip.subarray(0, zip.length - 10))).toBeNull();
  });
});
