// The formulas validation compares a workbook with, derived without building the whole plan: every formula the
// plan writes, at the same cells and in the same order, with the score sheets' columns built once and shared.
// Tiny template (fixtures/tinyTemplate.ts): criteria rows 5–18 (row = 5 + flat index), totals 19–22, a peer
// sheet's "complete" flags in row 23; units A1, A2 (Cụm 1) and B1 (Cụm 2) in columns E, F, G.

import { resolveSettings } from "../../../../src/core/settings/defaultSettings";
import { flattenTemplate } from "../../../../src/core/template/flattenTemplate";
import { allocateSheetNames } from "../../../../src/workbook/layout/sheetNameAllocation";
import type { WorkbookMode } from "../../../../src/workbook/layout/workbookLayout";
import { formulaBlock, type FormulaBlock } from "../../../../src/workbook/plan/formulaBlock";
import { formulaSheets } from "../../../../src/workbook/plan/inject/formulaSheets";
import { scoreColumns } from "../../../../src/workbook/plan/inject/scoreColumnFormulas";
import {
  contextLayout,
  workbookSheets,
  type WorkbookContext,
} from "../../../../src/workbook/plan/inject/workbookSheets";
import { modeSettings } from "../../../../src/workbook/settings/modeSettings";
import { TINY_TEMPLATE, TINY_UNITS } from "../../fixtures/tinyTemplate";

function context(mode: WorkbookMode, lang: "vi" | "en" = "vi"): WorkbookContext {
  return {
    flat: flattenTemplate(TINY_TEMPLATE),
    units: TINY_UNITS,
    settings: resolveSettings(TINY_TEMPLATE.settings, modeSettings(mode), {}, { lang }),
    mode,
    lang,
    period: "2026",
    clusterTitle: null,
    names: allocateSheetNames(
      lang,
      mode,
      TINY_UNITS.map((u) => u.code),
      [],
    ),
    logEntries: 0,
  };
}

const all = () => true;

/** A block's formulas row by row, as the sheet shows them. */
function rowsOf(block: FormulaBlock): (string | undefined)[][] {
  return Array.from({ length: block.rows }, (_, i) => block.columns.map((column) => column?.[i]));
}

describe("scoreColumns", () => {
  const layout = contextLayout(context("cross"));
  const columns = scoreColumns(layout);

  it("gives a unit column's group sums, the data sheet's points, and nothing on input rows", () => {
    const f = columns(layout.self.grid, layout.self.totals, 1);
    expect(f.grid[0]).toBe('MIN(20,MIN(10,MAX(0,N(F6)))+IF(F7="Đạt",5,0)+F8+F9)');
    expect(f.grid[1]).toBeUndefined(); // 1.1 manual: an input
    expect(f.grid[2]).toBeUndefined(); // 1.2 qual: an input
    expect(f.grid[3]).toBe("'Số liệu'!F69"); // 1.3: points row 66 + 3
    expect(f.grid[5]).toBe("MIN(15,F11+F12)");
  });

  it("gives the four totals and the complete flag of the column", () => {
    const f = columns(layout.self.grid, layout.self.totals, 0);
    expect(f.totals).toEqual([
      "E5+E10",
      "MIN(3,MAX(0,N(E14))+MAX(0,N(E15)))",
      "MIN(0,N(E17))+MIN(0,N(E18))",
      "E19+E20+E21",
    ]);
    expect(f.complete).toBe('IF(COUNT(E6:E6)+COUNTIF(E7:E7,"Đạt")+COUNTIF(E7:E7,"Không đạt")=2,1,0)');
  });

  it("builds a column once for every sheet laid out alike", () => {
    const peer = layout.peers[1];
    expect(columns(peer.grid, peer.totals, 2)).toBe(columns(layout.self.grid, layout.self.totals, 2));
    expect(scoreColumns(layout)(peer.grid, peer.totals, 2)).not.toBe(columns(peer.grid, peer.totals, 2));
  });
});

describe("formulaSheets", () => {
  it("gives a peer sheet's formulas only in the columns its rater scores", () => {
    const ctx = context("cross");
    const layout = contextLayout(ctx);
    const [sheet] = formulaSheets(
      ctx,
      layout,
      (key) => key === "peer:A1",
      () => true,
    );
    expect(sheet.name).toBe(layout.peers[0].sheet);
    const [grid, totals, complete] = sheet.blocks;
    expect(sheet.blocks).toHaveLength(3);
    expect(grid).toMatchObject({ row: 5, column: 4, rows: 14 });
    // A1 scores A2 (column F) only: its own column E and B1's column G (Cụm 2) hold no formula.
    const gridRows = rowsOf(grid);
    expect(gridRows[0]).toEqual([undefined, 'MIN(20,MIN(10,MAX(0,N(F6)))+IF(F7="Đạt",5,0)+F8+F9)', undefined]);
    expect(gridRows[1]).toEqual([undefined, undefined, undefined]);
    expect(totals).toMatchObject({ row: 19, column: 4, rows: 4 });
    expect(rowsOf(totals)[3]).toEqual([undefined, "F19+F20+F21", undefined]);
    expect(complete).toMatchObject({ row: 23, column: 4, rows: 1 });
    expect(rowsOf(complete)).toEqual([
      [undefined, 'IF(COUNT(F6:F6)+COUNTIF(F7:F7,"Đạt")+COUNTIF(F7:F7,"Không đạt")=2,1,0)', undefined],
    ]);
  });

  it("keeps workbook order and leaves out sheets by key and by name", () => {
    const ctx = context("cross");
    const layout = contextLayout(ctx);
    const keys = formulaSheets(ctx, layout, (key) => key !== "print", all)
      .filter((sheet) => sheet.blocks.length > 0)
      .map((sheet) => sheet.key);
    // B1, alone in Cụm 2, scores no one: its peer sheet holds no formula.
    expect(keys).toEqual(["data", "self", "peer:A1", "peer:A2", "peerMatrix", "review", "final", "result"]);
    const named = formulaSheets(ctx, layout, all, (name) => name === layout.self.sheet || name === layout.data.sheet);
    expect(named.map((s) => s.key)).toEqual(["data", "self"]);
  });

  it.each([
    ["self", "vi"],
    ["review", "vi"],
    ["cross", "vi"],
    ["cross", "en"],
  ] as const)("gives exactly the formulas the whole plan writes (%s mode, %s)", (mode, lang) => {
    const ctx = context(mode, lang);
    const layout = contextLayout(ctx);
    // Cell by cell: where each block starts and each row's formulas.
    const shown = (blocks: FormulaBlock[]) => blocks.map((b) => ({ row: b.row, column: b.column, cells: rowsOf(b) }));
    const planned = workbookSheets(ctx, layout).map((sheet) => ({
      key: sheet.key,
      name: sheet.name,
      blocks: shown(sheet.blocks.map(formulaBlock).filter((b): b is FormulaBlock => b !== null)),
    }));
    // Most sheets hold formulas: the comparison is not of empty lists.
    expect(planned.filter((sheet) => sheet.blocks.length > 0).length).toBeGreaterThanOrEqual(mode === "cross" ? 9 : 5);
    const derived = formulaSheets(ctx, layout, all, all).map((s) => ({ ...s, blocks: shown(s.blocks) }));
    expect(derived).toEqual(planned);
  });
});

describe("formulaBlock", () => {
  it("places a block's formulas at its top-left cell, column by column, and leaves value cells undefined", () => {
    // E7 =SUM(A1:A2), F7 3, G7 =B1 / E8 blank, F8 =A1, G8 =B2
    const block = formulaBlock({
      at: "E7",
      cells: [
        [{ f: "SUM(A1:A2)" }, { v: 3 }, { f: "B1" }],
        [{ v: null }, { f: "A1" }, { f: "B2" }],
      ],
    });
    expect(block).toEqual({
      row: 7,
      column: 4,
      rows: 2,
      columns: [
        ["SUM(A1:A2)", undefined],
        [undefined, "A1"],
        ["B1", "B2"],
      ],
    });
  });

  it("gives nothing for a block without formulas", () => {
    expect(formulaBlock({ at: "A1", cells: [[{ v: "Tiêu đề" }]] })).toBeNull();
  });
});
