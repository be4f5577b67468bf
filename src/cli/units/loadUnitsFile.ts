// Reads units.csv as UTF-8 text; another encoding (Excel's "CSV" in a Windows code page) is one sentence saying
// how to save it, rather than names with broken diacritics in the workbook.

import { render } from "../../core/messages/messageTypes";
import { readInputFile } from "../files/readInputFile";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";
import { failure, success, type Outcome } from "../outcome";
import { readUnitsCsv, type UnitsCsv } from "./readUnitsCsv";

export async function loadUnitsFile(path: string, file: string): Promise<Outcome<UnitsCsv>> {
  const bytes = await readInputFile(path, file);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.value);
  } catch {
    return failure(render(E.notUtf8, { file }));
  }
  return success(readUnitsCsv(text, file));
}
