// The .xlsx host's sample plan (test/hosts/xlsx/samplePlan.ts) with what only the Office host's tests look at: a
// list cell on the Text format holding "=1+1", a row of text Excel would otherwise read as a formula, a boolean or a
// percentage, a second conditional format, frozen panes on the peer sheet and a protected metadata sheet.

import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { samplePlan } from "../xlsx/samplePlan";

export { META, PEER, SELF } from "../xlsx/samplePlan";

export function officePlan(): WorkbookPlan {
  const plan = samplePlan();
  const [self, peer, meta] = plan.sheets;
  const table = self.blocks[1].cells;
  table[2][2] = { v: "=1+1", s: "inputText", input: true };
  table.push([{ v: "'quoted" }, { v: "TRUE" }, { v: "50%" }]);
  self.conditionalFormats!.push({ range: "B6:C6", formula: "B6<0", fill: "#E7E6E6" });
  self.print = { ...self.print!, area: "A1:C9" };
  peer.freeze = { rows: 2, columns: 0 };
  meta.protect = true;
  return plan;
}
