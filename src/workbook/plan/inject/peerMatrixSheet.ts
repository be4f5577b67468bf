// Chấm chéo / Peer matrix (cross mode): rows are raters, columns ratees; a cell holds the rater's total for the
// ratee when the rater's column is complete, the two share a cluster and the rater is not the ratee, else "".

import type { Lang } from "../../../core/settings/settingsTypes";
import { cellAddress, columnLetter, sheetReference } from "../../layout/cellAddress";
import { FIRST_UNIT_COLUMN, type PeerMatrixLayout, type WorkbookLayout } from "../../layout/workbookLayout";
import { sheetLabels, subjectOf } from "../../messages/personLabelMessages";
import { blankCell, formulaCell, valueCell } from "../cellSpec";
import type { CellSpec, SheetPlan } from "../planTypes";
import { S } from "../workbookStyles";
import { labelRowsBlock, scoreSheetFrame, titleBlock, unitColumnsBlock, unitHeaderBlock } from "./scoreSheetFrame";

export function peerMatrixSheet(
  layout: WorkbookLayout,
  matrix: PeerMatrixLayout,
  lang: Lang,
  title: string,
): SheetPlan {
  const { units, peers } = layout;
  const subject = subjectOf(layout.flat);
  const L = sheetLabels(subject);
  const { grid } = matrix;
  const u = units.length;

  const rows: CellSpec[][] = units.map((rater, i) => {
    const peer = peers[i];
    return units.map((ratee, j) => {
      // Cluster membership is fixed when the workbook is made (units change only through the add-in).
      if (i === j || rater.cluster !== ratee.cluster) return blankCell(S.notApplicable);
      const column = grid.column + j;
      const complete = sheetReference(peer.sheet, cellAddress(peer.completeRow, column));
      const total = sheetReference(peer.sheet, cellAddress(peer.totals.total, column));
      return formulaCell(`IF(${complete}=1,${total},"")`, S.points);
    });
  });
  const raterColumns: CellSpec[][] = units.map((rater) => {
    return [
      valueCell(rater.code, S.text),
      valueCell(rater.name, S.textWrap),
      valueCell(rater.cluster, S.text),
      blankCell(S.text),
    ];
  });
  const raters = units.map((_, j) => {
    const column = columnLetter(grid.column + j);
    return formulaCell(`COUNT(${column}${grid.row}:${column}${grid.row + u - 1})`, S.count);
  });

  const frame = scoreSheetFrame(u, matrix.ratersRow);
  return {
    key: "peerMatrix",
    name: matrix.sheet,
    create: true,
    blocks: [
      titleBlock(title),
      unitHeaderBlock(units, lang, [L.rater[lang](), L.unitName[lang](), L.cluster[lang]()], subject),
      { at: `A${grid.row}`, cells: raterColumns },
      unitColumnsBlock(grid.row, rows),
      labelRowsBlock(matrix.ratersRow, [{ label: L.ratersCount[lang]() }]),
      unitColumnsBlock(matrix.ratersRow, [raters]),
    ],
    ...frame,
    // The unit header's labels (Mã đơn vị, Tên đơn vị, Cụm/khối) sit in the column before the units: wide enough to
    // read them on one or two lines, not a letter a line.
    columnWidths: { ...frame.columnWidths, 1: 35, 2: 14, [FIRST_UNIT_COLUMN - 1]: 11 },
  };
}
