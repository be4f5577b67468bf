// Fills the input cells of a workbook file as a secretariat would, through the xlsx host and the workbook
// layer's own input plan, so that a test can then run `thidua validate` and `thidua rank` on it.

import { readFileSync, writeFileSync } from "node:fs";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { validateWorkbook } from "../../src/workbook/operations/validateWorkbook";
import { planInputs, type WorkbookInputs } from "../../src/workbook/plan/planInputs";

export async function fillWorkbook(path: string, inputs: WorkbookInputs): Promise<void> {
  const host = await XlsxHost.load(readFileSync(path));
  const { parsed } = await validateWorkbook(host);
  if (!parsed.layout) throw new Error(`${path} has no layout to fill`);
  await host.apply(planInputs(parsed.layout, inputs));
  writeFileSync(path, await host.save());
}
