// Reads only the metadata of an opened workbook (one small range), to learn its template and to refuse a
// workbook that is not ours before any longer work.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { Host } from "../../workbook/host/hostTypes";
import { DEFINED_NAMES } from "../../workbook/layout/definedNames";
import { readMeta } from "../../workbook/meta/readMeta";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../../workbook/messages/workbookFindingMessages";
import { failure, success, type Outcome } from "../outcome";
import { unusableWorkbook } from "./unusableWorkbook";

export async function readWorkbookMeta(host: Host, file: string): Promise<Outcome<WorkbookMeta>> {
  const outline = await host.outline();
  const name = outline.names.find((n) => n.name.toUpperCase() === DEFINED_NAMES.meta.toUpperCase());
  if (!name || name.sheet === null || name.range === null) {
    const missing: Finding = {
      rule: WORKBOOK_RULES.metaMissing,
      severity: "error",
      location: { area: "metadata" },
      message: render(W.metaMissing, {}),
    };
    return failure(unusableWorkbook([missing], file));
  }
  const [read] = await host.read([{ sheet: name.sheet, range: name.range }]);
  const { meta, findings } = readMeta((read?.values ?? []).map((row) => row[0]));
  return meta ? success(meta) : failure(unusableWorkbook(findings, file));
}
