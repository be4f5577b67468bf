// A hand-made plan using everything the Office host writes: two visible sheets (one with an apostrophe in its name),
// a very hidden metadata sheet, styles, inputs with decimal and list validation (one list cell on the Text format), a
// conditional format, a merge, widths, a hidden column, frozen panes, print setup, protection, defined names, a
// newer function with its _xlfn. prefix, and text that Excel would otherwise read as a formula or a number.

import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";

export const SELF = "Tự chấm";
export const PEER = "CC O'Brien";
export const META = "_thidua";

export function officePlan(): WorkbookPlan {
  return {
    styles: {
      header: {
        font: { name: "Times New Roman", size: 12, bold: true, color: "#1F4E79" },
        fill: "#D9D9D9",
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        border: true,
      },
      points: { font: { name: "Times New Roman", size: 12 }, numberFormat: "#,##0.00", border: true },
      input: { font: { name: "Times New Roman", size: 12 }, fill: "#FFF9E6", numberFormat: "#,##0.00", border: true },
      inputText: { fill: "#FFF9E6", numberFormat: "@", border: true },
    },
    sheets: [
      {
        key: "self",
        name: SELF,
        create: true,
        tabColor: "#2E75B6",
        blocks: [
          {
            at: "A1",
            cells: [
              [
                { v: "Bảng tự chấm", s: "header" },
                { v: null, s: "header" },
                { v: null, s: "header" },
              ],
            ],
          },
          {
            at: "A3",
            cells: [
              [
                { v: "Mã", s: "header" },
                { v: "U1", s: "header" },
                { v: "U2", s: "header" },
              ],
              [{ v: "1.1" }, { v: 8, s: "input", input: true }, { v: null, s: "input", input: true }],
              [{ v: "1.2" }, { v: "Đạt", s: "inputText", input: true }, { v: "=1+1", s: "inputText", input: true }],
              [{ v: "Tổng" }, { f: "SUM(B4:B4)", s: "points" }, { f: "_xlfn.RANK.EQ(B4,B4:C4)", s: "points" }],
              [{ v: '=HYPERLINK("http://x")' }, { v: "+1" }, { v: "-2" }],
              [{ v: "@SUM(A1)" }, { v: true }, { v: 0 }],
              [{ v: "'quoted" }, { v: "TRUE" }, { v: "50%" }],
            ],
          },
        ],
        columnWidths: { 0: 30, 1: 12 },
        hiddenColumns: [3],
        merges: ["A1:C1"],
        validations: [
          {
            range: "B4:C4",
            rule: { kind: "decimal", min: 0, max: 10 },
            errorTitle: "Giá trị không hợp lệ",
            errorMessage: "Điểm phải từ 0 đến 10.",
            promptTitle: "Tiêu chí 1.1",
            promptMessage: "Nhập điểm từ 0 đến 10.",
          },
          {
            range: "B5:C5",
            rule: { kind: "list", items: ["Đạt", "Không đạt"] },
            errorTitle: "Giá trị không hợp lệ",
            errorMessage: "Chọn Đạt hoặc Không đạt.",
          },
        ],
        conditionalFormats: [
          { range: "B4:C4", formula: "AND(ISNUMBER(B4),B4>10)", fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
          { range: "B6:C6", formula: "B6<0", fill: "#E7E6E6" },
        ],
        freeze: { rows: 3, columns: 1 },
        protect: true,
        print: { orientation: "landscape", titleRows: "1:3", fitToWidth: true, area: "A1:C9" },
      },
      {
        key: "peer:OB",
        name: PEER,
        create: true,
        blocks: [{ at: "B2", cells: [[{ v: "U1" }, { v: 7.5, input: true }]] }],
        freeze: { rows: 2, columns: 0 },
        print: { orientation: "portrait", titleRows: "2", fitToWidth: false },
      },
      {
        key: "meta",
        name: META,
        create: true,
        visibility: "veryHidden",
        blocks: [{ at: "A1", cells: [[{ v: '{"contract":1}' }]] }],
        protect: true,
      },
    ],
    names: [
      { name: "TD_Self", sheet: SELF, range: "$B$4:$C$5" },
      { name: "TD_Peer_OB", sheet: PEER, range: "$B$2:$C$2" },
      { name: "TD_Meta", sheet: META, range: "$A$1" },
    ],
  };
}
