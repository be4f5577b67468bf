// Opening bytes as a new Excel workbook: the base64 Excel receives decodes to exactly the bytes given (also for a
// file of several MB and for every length modulo 3), and an Excel below ExcelApi 1.8 is refused in both languages.

import { bytesToBase64, openNewWorkbook } from "../../../src/hosts/office/openNewWorkbook";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";

/** Deterministic bytes covering every value 0–255. */
function bytesOf(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = i < 256 ? i : x >>> 24;
  }
  return bytes;
}

const decoded = (base64: string) => Buffer.from(base64, "base64");

describe("openNewWorkbook", () => {
  it("encodes like Node's base64 for every length modulo 3, padding included", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 256, 257, 258, 3 * 16_384 + 1]) {
      const bytes = bytesOf(length);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  it("hands Excel.createWorkbook the file as base64 that decodes to the same bytes, for a file of 3 MB", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel({ maxApiVersion: "1.8" });
    const bytes = bytesOf(3 * 1024 * 1024 + 2);
    await openNewWorkbook(bytes, { Excel, Office });
    expect(fake.createdWorkbooks).toHaveLength(1);
    const received = fake.createdWorkbooks[0]!;
    // Only base64 letters, padding only at the end (a search, not a whole-string match: V8's regex stack would
    // overflow on 7 million characters).
    expect(/[^A-Za-z0-9+/=]|=[^=]/.test(received)).toBe(false);
    // Buffer.equals: jest's deep equality over 5 million elements would take seconds.
    expect(decoded(received).length).toBe(bytes.length);
    expect(decoded(received).equals(bytes)).toBe(true);
  });

  it("refuses an Excel without ExcelApi 1.8, in Vietnamese and English, and creates nothing", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel({ maxApiVersion: "1.7" });
    const failure = await openNewWorkbook(bytesOf(10), { Excel, Office }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe("unsupported");
    expect((failure as HostError).detail.vi).toContain("thiếu ExcelApi 1.8");
    expect((failure as HostError).detail.en).toContain("lacks ExcelApi 1.8");
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("refuses outside Office (no Office.context)", async () => {
    const { Excel } = createOfficeJsExcel();
    await expect(openNewWorkbook(bytesOf(3), { Excel, Office: undefined })).rejects.toBeInstanceOf(HostError);
  });

  it("turns an Excel failure into a HostError the pane can show", async () => {
    const { Office } = createOfficeJsExcel();
    const excelFailure = Object.assign(new Error("busy"), { code: "ServiceNotAvailable", debugInfo: {} });
    const Excel = { createWorkbook: () => Promise.reject(excelFailure) } as never;
    const failure = await openNewWorkbook(bytesOf(3), { Excel, Office }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe("busy");
  });
});
