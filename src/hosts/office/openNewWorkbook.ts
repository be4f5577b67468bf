// Opens .xlsx bytes as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8): how the task pane hands a form
// or a year summary to the user, who then saves it under the name the pane suggests. Browser code: no Node Buffer.

import { defineMessages, render } from "../../core/messages/messageTypes";
import { HostError } from "../../workbook/host/hostTypes";
import { toHostError } from "./officeFailure";
import { supportsExcelApi } from "./requirements";

const messages = defineMessages({
  createWorkbookMissing: {
    vi: () =>
      "Phiên bản Excel này thiếu ExcelApi 1.8 nên phần bổ trợ không mở được sổ tính mới. Hãy dùng Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web, hoặc lập phiếu bằng lệnh thidua forms.",
    en: () =>
      "This version of Excel lacks ExcelApi 1.8, so the add-in can't open a new workbook. Use Excel 2021 or later, Microsoft 365 or Excel on the web, or make the forms with the thidua forms command.",
  },
});

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Bytes per piece of output (a multiple of 3, so only the last piece is padded). */
const PIECE = 3 * 16_384;

/**
 * Standard base64 with padding, built piece by piece: no spread of a whole file into String.fromCharCode (a stack
 * overflow on a few MB), no Buffer (absent in the browser), no btoa on binary strings.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += PIECE) {
    const end = Math.min(bytes.length, start + PIECE);
    const chars: string[] = [];
    for (let i = start; i < end; i += 3) {
      const a = bytes[i];
      const b = i + 1 < end ? bytes[i + 1] : 0;
      const c = i + 2 < end ? bytes[i + 2] : 0;
      chars.push(
        ALPHABET[a >> 2],
        ALPHABET[((a & 3) << 4) | (b >> 4)],
        i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)] : "=",
        i + 2 < end ? ALPHABET[c & 63] : "=",
      );
    }
    pieces.push(chars.join(""));
  }
  return pieces.join("");
}

/** The Office globals this needs; tests pass the fake's. */
export interface OfficeRuntime {
  Excel: Pick<typeof Excel, "createWorkbook">;
  Office: Pick<typeof Office, "context"> | undefined;
}

function globalRuntime(): OfficeRuntime {
  // `typeof` first: a bare `Excel` is a ReferenceError when office.js failed to load.
  return {
    Excel: typeof Excel === "undefined" ? (undefined as unknown as OfficeRuntime["Excel"]) : Excel,
    Office: typeof Office === "undefined" ? undefined : Office,
  };
}

/** Opens the workbook in a new Excel window (a new tab in Excel on the web); throws HostError when Excel can't. */
export async function openNewWorkbook(bytes: Uint8Array, runtime: OfficeRuntime = globalRuntime()): Promise<void> {
  if (!runtime.Excel || !supportsExcelApi("1.8", runtime.Office)) {
    throw new HostError("unsupported", render(messages.createWorkbookMissing, {}));
  }
  try {
    await runtime.Excel.createWorkbook(bytesToBase64(bytes));
  } catch (error) {
    throw toHostError(error);
  }
}
