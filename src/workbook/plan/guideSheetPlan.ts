// The shape every Hướng dẫn / Guide sheet shares (the master's and a form's): a title in A1, the text one line a row
// from B3 (an empty line stays a blank row), the colour legend below it, one wide column, protected, printed portrait.

import type { Lang } from "../../core/settings/settingsTypes";
import { guideMessages as G } from "../messages/guideMessages";
import { blankCell, valueCell } from "./cellSpec";
import type { CellSpec, SheetPlan } from "./planTypes";
import { S } from "./workbookStyles";

export function guideSheetPlan(sheet: string, title: string, lines: readonly string[], lang: Lang): SheetPlan {
  const body: CellSpec[][] = lines.map((line) => [blankCell(), valueCell(line === "" ? null : line, S.plain)]);
  const legendRow = 3 + body.length + 1;
  const legend: CellSpec[][] = [
    [blankCell(), valueCell(G.legend[lang](), S.section)],
    [blankCell(S.input), valueCell(G.legendInput[lang](), S.plain)],
    [blankCell(S.groupPoints), valueCell(G.legendGroup[lang](), S.plain)],
    [blankCell(S.notApplicable), valueCell(G.legendNotApplicable[lang](), S.plain)],
    [blankCell(S.legendError), valueCell(G.legendError[lang](), S.plain)],
  ];
  return {
    key: "guide",
    name: sheet,
    create: true,
    tabColor: "#1F4E79",
    blocks: [
      { at: "A1", cells: [[valueCell(title, S.title)]] },
      { at: "A3", cells: body },
      { at: `A${legendRow}`, cells: legend },
    ],
    columnWidths: { 0: 6, 1: 120 },
    protect: true,
    print: { orientation: "portrait", fitToWidth: true },
  };
}
