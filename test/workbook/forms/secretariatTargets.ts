// The secretariat entering targets (chỉ tiêu giao) in a master of the tiny template, on any host, before forms are
// made: units report actuals only, so every unit gets the targets the round-trip tests expect (1.3: 100, 1.4: 10,
// 2.1: 50, the figures A1_TARGETS types for A1).

import type { Host } from "../../../src/workbook/host/hostTypes";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";

export const TINY_TARGETS: Record<string, number> = { "1.3": 100, "1.4": 10, "2.1": 50 };

export async function enterTargets(host: Host): Promise<void> {
  const outline = await host.outline();
  const { layout } = parseWorkbook(await host.read(readPlan(outline)), outline);
  if (!layout) throw new Error("enterTargets: not a Thi đua workbook");
  const target: CellValue[][] = layout.flat.rows.map((row) =>
    layout.units.map(() => (row.code in TINY_TARGETS ? TINY_TARGETS[row.code] : null)),
  );
  await host.apply(planInputs(layout, { target }));
}
