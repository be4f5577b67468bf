// Opens an .xlsx file in the xlsx host; a file that is not a workbook (a text file renamed .xlsx, a damaged zip)
// is one sentence naming it and saying why (an Excel 97–2003 .xls: save it as .xlsx), anything else the host throws
// is a bug.

import { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { HostError } from "../../workbook/host/hostTypes";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { failure, success, type Outcome } from "../outcome";
import { readInputFile } from "./readInputFile";

export async function openWorkbook(path: string, file: string): Promise<Outcome<XlsxHost>> {
  const bytes = await readInputFile(path, file);
  if (!bytes.ok) return bytes;
  try {
    return success(await XlsxHost.load(bytes.value));
  } catch (error) {
    if (error instanceof HostError && error.code === "file-unreadable") {
      const { vi, en } = error.detail;
      return failure({ vi: E.notOpened.vi({ file, reason: vi }), en: E.notOpened.en({ file, reason: en }) });
    }
    throw error;
  }
}
