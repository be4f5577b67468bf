// Print setup of the printable results sheet through the Office host: margins (centimetres in the plan, points in
// PageLayout), horizontal centring and row heights land in the fake Excel; without ExcelApi 1.9 the page setup is
// left out and the rest of the sheet is still written.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { createOfficeJsExcel, type OfficeJsOptions } from "../../fakes/officejs/createOfficeJsExcel";

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

async function applied(options: OfficeJsOptions = {}, plan: WorkbookPlan = PLAN) {
  const { Excel, Office, fake } = createOfficeJsExcel(options);
  await new OfficeHost(Excel, Office).apply(plan);
  return fake;
}

/** PLAN with 20 columns of 20 characters in its print area A1:T9. */
function widePlan(): WorkbookPlan {
  const sheet = { ...PLAN.sheets[0], columnWidths: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i, 20])) };
  return { ...PLAN, sheets: [{ ...sheet, print: { ...sheet.print!, area: "A1:T9" } }] };
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

  it("fits a narrow sheet to the page width at 100 %, without enlarging it", async () => {
    const fake = await applied();
    expect(fake.sheet("Kết quả").pageLayout).toMatchObject({ zoom: { scale: 100 } });
  });

  it("fits a wide sheet to one page wide with a documented scale: 20 columns of 105 pt on portrait A4 at 22 %", async () => {
    // A 20-character column is 140 px = 105 pt, so 2,100 pt in all; A4 portrait is 595.28 pt wide, less margins of
    // 3 cm and 1.5 cm (85.04 + 42.52 pt): 467.72 pt printable, 22.27 % of the width, rounded down.
    const fake = await applied({}, widePlan());
    expect(fake.sheet("Kết quả").pageLayout).toMatchObject({ zoom: { scale: 22 } });
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
