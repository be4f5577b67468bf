// Print setup of the printable results sheet through the Office host: margins (centimetres in the plan, points in
// PageLayout), horizontal centring and row heights land in the fake Excel; without ExcelApi 1.9 the page setup is
// left out and the rest of the sheet is still written.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { createFakeExcel, type FakeExcelOptions } from "../../fakes/excel/createFakeExcel";

const PLAN: WorkbookPlan = {
  styles: {},
  sheets: [
    {
      key: "print",
      name: "Kết quả",
      create: true,
      blocks: [{ at: "A1", cells: [[{ v: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }], [{ v: 1 }]] }],
      rowHeights: { 2: 36 },
      print: {
        orientation: "portrait",
        titleRows: "2:2",
        fitToWidth: true,
        area: "A1:G9",
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        centerHorizontally: true,
      },
    },
  ],
  names: [],
};

async function applied(options: FakeExcelOptions = {}) {
  const { Excel, Office, fake } = createFakeExcel(options);
  await new OfficeHost(Excel, Office).apply(PLAN);
  return fake;
}

describe("print setup through the Office host", () => {
  it("sets the margins in points (2 cm = 56.69 pt, 3 cm = 85.04 pt, 1.5 cm = 42.52 pt) and centres the page", async () => {
    const fake = await applied();
    expect(fake.sheet("Kết quả").pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      headerMargin: 28.35,
      footerMargin: 28.35,
      centerHorizontally: true,
      printTitleRows: "$2:$2",
    });
  });

  it("sets the row heights the plan gives", async () => {
    const fake = await applied();
    const snapshot = fake.snapshot() as { sheets: { name: string; rowHeights: Record<string, number> }[] };
    const sheet = snapshot.sheets.find((s) => s.name === "Kết quả")!;
    expect(Object.values(sheet.rowHeights)).toEqual([36]);
  });

  it("leaves the page setup out on ExcelApi 1.8 and still writes the sheet", async () => {
    const fake = await applied({ maxApiVersion: "1.8" });
    expect(fake.cell("Kết quả", "A1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(fake.sheet("Kết quả").pageLayout).toMatchObject({ paperSize: "Letter", centerHorizontally: false });
  });
});
