// The demo's Kết quả as a council reads it (issue #13): the period as documents write it, awards by their full names,
// the reason for a grade below what the total alone would give, and the grade abbreviations spelled out once. Read
// from the file `thidua demo` writes, with ExcelJS: Kết quả's cells are live formulas over Xếp hạng (so a copy opened
// without the add-in stays right), hence the award names are read in its formulas and the notes where the ranking
// wrote them (Xếp hạng's Ghi chú); printSheet.lo.test.ts shows LibreOffice computing them onto the page.

import { join } from "node:path";
import ExcelJS from "exceljs";
import { cliFolder, runThidua } from "../cliInProcess";

/** Every cell's text or formula on the two sheets, a merged range counted once (at its top-left cell). */
async function resultsText(): Promise<string[]> {
  const folder = cliFolder();
  const run = await runThidua(["demo", "--out", folder], cliFolder());
  expect(run.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(folder, "demo.xlsx"));
  const texts: string[] = [];
  for (const name of ["Kết quả", "Xếp hạng"]) {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`the demo has no ${name} sheet`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        texts.push(cell.formula ? cell.formula : String(cell.text ?? ""));
      }),
    );
  }
  return texts;
}

describe("the demo's Kết quả", () => {
  let texts: string[];
  beforeAll(async () => {
    texts = await resultsText();
  }, 60_000);

  it("writes the period as documents do: the demo's year 2025 as NĂM 2025", () => {
    expect(texts).toContain("NĂM 2025");
    expect(texts.some((t) => /Kỳ:\s*2025/.test(t))).toBe(false);
  });

  it("names the awards in full, with the settings' default names", () => {
    // Rank 1 (Sở Giáo dục và Đào tạo, HTXSNV) takes the flag; rank 2 (Sở Tài chính, HTXSNV) a certificate.
    const awardCells = texts.filter((t) => t.includes("INDEX('Xếp hạng'!$R$"));
    expect(awardCells).toHaveLength(10);
    for (const formula of awardCells) {
      expect(formula).toContain('"Cờ thi đua của Ủy ban nhân dân tỉnh"');
      expect(formula).toContain('"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"');
    }
  });

  it("says why Sở Khoa học và Công nghệ is HTNV although its total reaches HTXSNV", () => {
    // Its final criterion V.2 is 2,25 of 3 points (75 %): under the 85 % floor of HTXSNV and the 80 % floor of
    // HTTNV, so the grade falls to HTNV, and the note must name V.2.
    const note = texts.find((t) => t.includes("V.2") && t.includes("HTNV"));
    expect(note).toBeDefined();
    expect(note).toContain("2,25/3");
  });

  it("spells out the grade abbreviations once", () => {
    const legend = texts.filter((t) => t.includes("HTXSNV – Hoàn thành xuất sắc nhiệm vụ"));
    expect(legend).toHaveLength(1);
    expect(legend[0]).toContain("KHTNV – Không hoàn thành nhiệm vụ");
  });
});
