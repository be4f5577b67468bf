// Print setup in .xlsx files: margins (centimetres in the plan, inches in the file), horizontal centring, A4 portrait
// fit to one page wide, and row heights, as ExcelJS reads them back from the saved file.

import ExcelJS from "exceljs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";

const PLAN: WorkbookPlan = {
  styles: {},
  sheets: [
    {
      key: "print",
      name: "Kết quả",
      create: true,
      blocks: [{ at: "A1", cells: [[{ v: "BẢNG TỔNG HỢP" }], [{ v: 1 }]] }],
      rowHeights: { 2: 36 },
      print: {
        orientation: "portrait",
        fitToWidth: true,
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        centerHorizontally: true,
      },
    },
  ],
  names: [],
};

it("writes margins in inches, centring, A4 portrait one page wide and row heights", async () => {
  const host = XlsxHost.create();
  await host.apply(PLAN);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await host.save()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Kết quả")!;
  // 2 cm = 0.787 in, 3 cm = 1.181 in, 1.5 cm = 0.591 in, 1 cm = 0.394 in (three decimals).
  expect(sheet.pageSetup.margins).toEqual({
    top: 0.787,
    bottom: 0.787,
    left: 1.181,
    right: 0.591,
    header: 0.394,
    footer: 0.394,
  });
  expect(sheet.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  });
  expect(sheet.getRow(2).height).toBe(36);
});
