// LibreOffice recalculates what the .xlsx host writes: recalculation on load is forced (a wrong cached result
// comes back right), the functions the workbook relies on give Excel's results, and text stays text.

import ExcelJS from "exceljs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { RangeRead } from "../../../src/workbook/host/hostTypes";
import type { CellSpec, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { META, PEER, SELF, samplePlan } from "./samplePlan";
import { bytesOf } from "./workbookFiles";

jest.setTimeout(180_000);

/** A formula under test, the value Excel gives for it (worked out by hand from the data below), and why. */
interface Check {
  formula: string;
  expected: number | string | boolean;
}

// Data in A1:C6 and G1, H1 of sheet "Hàm":
//   A (points): 4, -1, 0, 2.5, 6, 1.25      B (cluster): K1, K1, K2, K1, K2, K1
//   C (mixed):  5, "" (from a formula), 9, "x", 2, blank      G1: 1      H1: "Đạt"
const CHECKS: Check[] = [
  // 4 - 1 + 0 + 2.5 + 6 + 1.25
  { formula: "SUM(A1:A6)", expected: 12.75 },
  // 4 + 2.5 + 6 + 1.25 (the positive points)
  { formula: 'SUMIF(A1:A6,">0")', expected: 13.75 },
  // C1, C3, C5 are numbers; "" and "x" are text, C6 is blank
  { formula: "COUNT(C1:C6)", expected: 3 },
  // cluster K1 with points above G1 = 1: 4, 2.5, 1.25
  { formula: 'COUNTIFS(A1:A6,">"&G1,B1:B6,"K1")', expected: 3 },
  // criteria compare without regard to case: K1 in rows 1, 2, 4, 6
  { formula: 'COUNTIFS(B1:B6,"k1")', expected: 4 },
  // the largest K2 points: max(0, 6)
  { formula: 'SUMPRODUCT(MAX((B1:B6="K2")*(A1:A6)))', expected: 6 },
  // K1 points: 4 - 1 + 2.5 + 1.25
  { formula: 'SUMPRODUCT((B1:B6="K1")*(A1:A6))', expected: 6.75 },
  // N of text is 0
  { formula: "N(C4)", expected: 0 },
  // 5 + N("") = 5 + 0
  { formula: "N(C1)+N(C2)", expected: 5 },
  // 1.25 * 3 = 3.75, rounded half away from zero to one decimal
  { formula: "ROUND(A6*3,1)", expected: 3.8 },
  { formula: "ROUND(-2.5,0)", expected: -3 },
  // numbers among 5, "", 9, "x", 2, blank: 9, 5, 2
  { formula: "LARGE(C1:C6,1)", expected: 9 },
  { formula: "LARGE(C1:C6,3)", expected: 2 },
  { formula: "SMALL(C1:C6,1)", expected: 2 },
  // A1 > 0 and (A2 > 0 or A3 = 0): true and (false or true)
  { formula: 'IF(AND(A1>0,OR(A2>0,A3=0)),"có","không")', expected: "có" },
  { formula: 'IF(OR(A2>0,A3<>0),"có","không")', expected: "không" },
  { formula: "MIN(A1:A6)", expected: -1 },
  { formula: "MAX(A1:A6)", expected: 6 },
  { formula: "ISNUMBER(C4)", expected: false },
  { formula: "ISNUMBER(C1)", expected: true },
  { formula: "ISNUMBER(C2)", expected: false },
  // text equality ignores case, Vietnamese letters included
  { formula: 'H1="ĐẠT"', expected: true },
  { formula: 'IF(H1="đạt",1,0)', expected: 1 },
  // 6 is the largest of the points; 0 is fifth of 6, 4, 2.5, 1.25, 0, -1
  { formula: "_xlfn.RANK.EQ(A5,A1:A6)", expected: 1 },
  { formula: "_xlfn.RANK.EQ(A3,A1:A6)", expected: 5 },
  // the workbook's portable rank: 1 + the number of larger points (4 and 6 above 2.5)
  { formula: 'COUNTIFS(A1:A6,">"&A4)+1', expected: 3 },
  { formula: "IFERROR(1/A3,-1)", expected: -1 },
];

function functionsPlan(): WorkbookPlan {
  const points = [4, -1, 0, 2.5, 6, 1.25];
  const clusters = ["K1", "K1", "K2", "K1", "K2", "K1"];
  const mixed: CellSpec[] = [{ v: 5 }, { f: 'IF(1>2,1,"")' }, { v: 9 }, { v: "x" }, { v: 2 }, { v: null }];
  return {
    styles: {},
    sheets: [
      {
        key: "analysis",
        name: "Hàm",
        create: true,
        blocks: [
          { at: "A1", cells: points.map((p, i) => [{ v: p }, { v: clusters[i] }, mixed[i]]) },
          { at: "G1", cells: [[{ v: 1 }, { v: "Đạt" }]] },
          { at: "E1", cells: CHECKS.map((c) => [{ f: c.formula }]) },
        ],
      },
    ],
    names: [],
  };
}

async function wrongCacheFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Cũ");
  sheet.getCell("A1").value = 2;
  sheet.getCell("A2").value = 3;
  // The cached result 99 is deliberately wrong: 2 + 3 = 5.
  sheet.getCell("A3").value = { formula: "SUM(A1:A2)", result: 99 };
  return bytesOf(book);
}

const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

async function readAll(bytes: Uint8Array, range: string): Promise<RangeRead[]> {
  const host = await XlsxHost.load(bytes);
  const { sheets } = await host.outline();
  return host.read(sheets.map((s) => ({ sheet: s.name, range, formulas: true })));
}

describe("LibreOffice recalculation of the host's workbooks", () => {
  let wrongCache: Uint8Array;
  let functions: Uint8Array;
  let sample: Uint8Array;
  beforeAll(async () => {
    const functionsHost = XlsxHost.create();
    await functionsHost.apply(functionsPlan());
    const sampleHost = XlsxHost.create();
    await sampleHost.apply(samplePlan());
    [wrongCache, functions, sample] = await recalcWithLibreOffice([
      await wrongCacheFile(),
      await functionsHost.save(),
      await sampleHost.save(),
    ]);
  });

  it("recalculates on load: a wrong cached result comes back right", async () => {
    const [read] = await (await XlsxHost.load(wrongCache)).read([{ sheet: "Cũ", range: "A3", formulas: true }]);
    expect(read.values).toEqual([[5]]);
    expect(read.formulas).toEqual([["SUM(A1:A2)"]]);
  });

  it.each(CHECKS.map((c, i) => [c.formula, c.expected, i] as const))(
    "computes %s as Excel does: %p",
    async (_formula, expected, i) => {
      const [read] = await (await XlsxHost.load(functions)).read([{ sheet: "Hàm", range: `E${i + 1}` }]);
      expect(read.values[0][0]).toEqual(expected);
    },
  );

  it("keeps the _xlfn prefix of newer functions when it saves", async () => {
    const [read] = await (await XlsxHost.load(functions)).read([{ sheet: "Hàm", range: "E1:E30", formulas: true }]);
    const formulas = read.formulas.flat().filter((f): f is string => f !== null);
    expect(formulas.filter((f) => f.includes("RANK.EQ"))).toEqual([
      "_xlfn.RANK.EQ(A5,A1:A6)",
      "_xlfn.RANK.EQ(A3,A1:A6)",
    ]);
  });

  it("computes the sample plan's total and rank, and keeps text that looks like a formula as text", async () => {
    const host = await XlsxHost.load(sample);
    const [read] = await host.read([{ sheet: SELF, range: "A6:C8", formulas: true }]);
    // B6 = SUM(B4:B4) = 8; C6 = rank of B4 (8) among B4:C4, where C4 is blank: first.
    expect(read.values[0]).toEqual(["Tổng", 8, 1]);
    expect(read.values[1]).toEqual(['=HYPERLINK("http://x")', "+1", "-2"]);
    expect(read.formulas[1]).toEqual([null, null, null]);
    expect(read.values[2]).toEqual(["@SUM(A1)", true, 0]);
    const { sheets, names } = await host.outline();
    // LibreOffice 7.4 has no "very hidden" state: it saves the metadata sheet as merely hidden.
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      [SELF, "visible"],
      [PEER, "visible"],
      [META, "hidden"],
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "TD_Self", sheet: SELF, range: "B4:C5" },
        { name: "TD_Peer_OB", sheet: PEER, range: "B2:C2" },
      ]),
    );
  });

  it("shows no error value in any cell of the recalculated workbooks", async () => {
    const reads = [...(await readAll(functions, "A1:J40")), ...(await readAll(sample, "A1:J40"))];
    expect(reads.length).toBe(4);
    const errors = reads.flatMap((r) =>
      r.values.flatMap((row, i) =>
        row.flatMap((v, j) => (typeof v === "string" && ERROR_VALUES.includes(v) ? [`${r.sheet}!${i},${j}=${v}`] : [])),
      ),
    );
    expect(errors).toEqual([]);
    // Every formula written came back: the checks, C2's "" and the sample's two. LibreOffice also turns the
    // constant TRUE in B8 of the sample into the formula TRUE(), which is left out here.
    const formulas = reads.flatMap((r) => r.formulas.flat()).filter((f) => f !== null && f !== "TRUE()");
    expect(formulas).toHaveLength(CHECKS.length + 1 + 2);
  });
});
