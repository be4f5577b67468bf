// Checked by a real spreadsheet engine: the printable results sheet (Kết quả) of a ranked 10-unit workbook,
// recalculated by LibreOffice, shows the core's finals, ranks, grades, awards and tie-break notes in rank order
// per cluster, and prints on two A4 landscape pages for ten units (PDF kept in test-artifacts/); the year summary's live mean and
// grade formulas compute the core roll-up's numbers.

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RankingResult } from "../../../src/core/model/scoringTypes";
import type { Unit } from "../../../src/core/model/unitTypes";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { rangeAddress } from "../../../src/workbook/layout/cellAddress";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { notesText, resultNotes } from "../../../src/core/ranking/resultNotes";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { PRINT_COLUMNS as C } from "../../../src/workbook/plan/inject/printLayout";
import { workbookPrintLayout } from "../../../src/workbook/plan/inject/printSheet";
import { planInputs, type WorkbookInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { rollupPeriodWorkbooks, type YearRollup } from "../../../src/workbook/rollup/rollupPeriodWorkbooks";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { onlySheet } from "../../support/sheetPdf";
import { convertToPdf } from "./officeConversion";
import { scenarioFor, type Grid } from "../../workbook/scenarios";
import { periodWorkbook, unitList } from "../../workbook/rollup/periodWorkbooks";

jest.setTimeout(300_000);

const ARTIFACTS = join(__dirname, "../../../test-artifacts");
const FULL_AWARD = {
  "co-thi-dua": "Cờ thi đua của Ủy ban nhân dân tỉnh",
  "bang-khen": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
};
const UNITS = 10;

/** A grid widened to `count` unit columns by repeating the scenario's columns (copies tie, as they should). */
function widen(grid: readonly (readonly CellValue[])[], count: number): Grid {
  return grid.map((row) => Array.from({ length: count }, (_, c) => row[c % row.length] ?? null));
}

/** A review-mode scenario of khoi-so-nganh with ten units: six in Khối A, four in Khối B. */
function tenUnitWorkbook(): { units: Unit[]; inputs: WorkbookInputs; scenario: ReturnType<typeof scenarioFor> } {
  const scenario = scenarioFor("khoi-so-nganh", "review", 7);
  const units: Unit[] = Array.from({ length: UNITS }, (_, i) => ({
    code: `S${String(i + 1).padStart(2, "0")}`,
    name: scenario.units[i % scenario.units.length].name.startsWith("=")
      ? `Sở số ${i + 1}`
      : `${scenario.units[i % scenario.units.length].name} ${i + 1}`,
    cluster: i < 6 ? "Khối A" : "Khối B",
    priority: i === 1,
    disqualified: false,
  }));
  const i = scenario.inputs;
  const inputs: WorkbookInputs = {
    target: widen(i.target, UNITS),
    actual: widen(i.actual, UNITS),
    self: widen(i.self, UNITS),
    evidence: widen(i.evidence, UNITS),
    review: widen(i.review!, UNITS),
    reviewNotes: widen(i.reviewNotes!, UNITS),
  };
  return { units, inputs, scenario };
}

let layout: WorkbookLayout;
let result: RankingResult;
let units: Unit[];
let recalculated: XlsxHost;
let recalculatedFile: Uint8Array;
let saved: Uint8Array;
let rollup: YearRollup;
let summary: XlsxHost;

beforeAll(async () => {
  const made = tenUnitWorkbook();
  units = made.units;
  const host = XlsxHost.create();
  // Without per-criterion floors the strong units reach HTXSNV, so the award column has proposals to show.
  const planned = await injectTemplate(
    host,
    made.scenario.template,
    units,
    { grades: { floors: null } },
    {
      mode: "review",
      period: "Quý IV/2026",
      clusterTitle: "Khối thi đua các sở, ban, ngành",
      lang: "vi",
      now: "2026-12-20T08:00:00.000Z",
    },
  );
  if (!planned.layout) throw new Error(JSON.stringify(planned.findings.map((f) => f.message.en)));
  layout = planned.layout;
  await host.apply(planInputs(layout, made.inputs));
  const ranked = await rankWorkbook(host, { now: "2026-12-21T08:00:00.000Z" });
  if (!ranked.result) throw new Error(JSON.stringify(ranked.findings.filter((f) => f.severity === "error")));
  result = ranked.result;
  saved = await host.save();

  // The year roll-up of four quarters, where Sở C has no Q3 result: mean and grade are live formulas.
  const quarters = await Promise.all(
    [1, 2, 3, 4].map((q) =>
      periodWorkbook({
        period: `Quý ${q}/2026`,
        units: q === 3 ? unitList(["A", "B"]) : unitList(["A", "B", "C"]),
        scores: { A: [50 + q, 35], B: [44, 30 + q / 2], C: [41.5, 27] },
      }),
    ),
  );
  const out = XlsxHost.create();
  rollup = await rollupPeriodWorkbooks(
    quarters.map((h, i) => ({ fileName: `Q${i + 1}.xlsx`, host: h })),
    out,
  );
  const [book, year] = await recalcWithLibreOffice([saved, await out.save()]);
  recalculatedFile = book;
  recalculated = await XlsxHost.load(book);
  summary = await XlsxHost.load(year);
});

describe("the print sheet recalculated by LibreOffice", () => {
  it("lists each cluster's units in rank order with the core's final, rank, grade, award and tie-break note", async () => {
    const print = workbookPrintLayout(layout, layout.names.print!);
    const [read] = await recalculated.read([
      {
        sheet: print.sheet,
        range: rangeAddress({ row: print.headerRow, column: 0, rows: print.table.rows, columns: C.position + 1 }),
      },
    ]);
    const at = (row: number) => read.values[row - print.headerRow];
    expect(print.sections.map((s) => s.cluster)).toEqual(["Khối A", "Khối B"]);
    for (const section of print.sections) {
      expect(at(section.labelRow!)[0]).toBe(section.cluster);
      const expected = result.units
        .filter((u) => u.unit.cluster === section.cluster)
        .sort((a, b) => a.rank - b.rank || a.index - b.index);
      expected.forEach((u, k) => {
        const row = at(section.firstRow + k);
        const where = `${section.cluster} place ${k + 1}`;
        expect({ where, cells: row.slice(0, 2) }).toEqual({ where, cells: [k + 1, u.unit.name] });
        expect({ where, final: row[C.final] as number }).toEqual({ where, final: expect.closeTo(u.final, 6) });
        expect({ where, rank: row[C.rank], grade: row[C.grade] }).toEqual({ where, rank: u.rank, grade: u.grade });
        expect({ where, award: row[C.award] ?? "" }).toEqual({
          where,
          // By its full name (default settings: the province's flag and certificate).
          award: u.award ? FULL_AWARD[u.award] : "",
        });
        // The notes the ranking wrote on Xếp hạng: the tie-break and any reason, one a line.
        const note = notesText(
          resultNotes(result, layout.flat, resolveSettings({ grades: { floors: null } }))[u.index],
          "vi",
        );
        expect({ where, note: row[C.tieBreak] ?? "" }).toEqual({ where, note });
      });
    }
    // The scenario has something to show in the award and note columns.
    expect(result.units.some((u) => u.award !== null)).toBe(true);
    expect(result.units.some((u) => u.tieBreakNote !== null)).toBe(true);
  });

  it("shows the same values as the Xếp hạng table it reads", async () => {
    const print = workbookPrintLayout(layout, layout.names.print!);
    const col = layout.result.columns;
    const [table, printed] = await recalculated.read([
      { sheet: layout.result.sheet, range: rangeAddress({ ...layout.result.table, columns: col.visibleCount }) },
      { sheet: print.sheet, range: rangeAddress({ row: 1, column: 0, rows: print.lastRow, columns: C.position + 1 }) },
    ]);
    for (const section of print.sections) {
      section.members.forEach((_, k) => {
        const row = printed.values[section.firstRow + k - 1];
        const source = table.values[(row[C.position] as number) - 1];
        expect([row[C.name], row[C.final], row[C.rank], row[C.grade]]).toEqual([
          source[col.name],
          source[col.final],
          source[col.rank],
          source[col.grade],
        ]);
      });
    }
    const errors = printed.values.flat().filter((v) => typeof v === "string" && /^#[A-Z/0!?]+/.test(v));
    expect(errors).toEqual([]);
  });

  it("prints ten units in two clusters on two A4 landscape pages", async () => {
    const pdf = await convertToPdf(await onlySheet(recalculatedFile, layout.names.print!), "xlsx");
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "print-sheet-10-units.pdf"), pdf);
    const text = Buffer.from(pdf).toString("latin1");
    // A landscape page holds 595 − 2 × 56.7 (Decree 30's 2 cm) ≈ 482 points: the header block and title (about 160),
    // the table header, two cluster labels and ten unit rows of 44.75 points (three lines of notes) make about 680;
    // the legend, settings, date and two signature blocks about 300 more: two pages, not three.
    expect(text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(2);
    // A4 landscape media box: 842 × 595 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+84[12](\.\d+)?\s+595(\.\d+)?\s*\]/);
  });
});

describe("the year summary recalculated by LibreOffice", () => {
  it("computes the core roll-up's mean and grade for every unit", async () => {
    const { table, columns } = rollup.layout!;
    const [read] = await summary.read([{ sheet: rollup.layout!.sheet, range: rangeAddress(table) }]);
    // Hand check of Sở C: 41.5 + 27 = 68.5 in Q1, Q2 and Q4, none in Q3 ⇒ mean 68.5 ⇒ KHTNV (below 70).
    expect(rollup.units.map((u) => u.code)).toEqual(["A", "B", "C"]);
    expect(rollup.units[2]).toMatchObject({ mean: 68.5, grade: "KHTNV", missing: ["2026-Q3"] });
    rollup.units.forEach((u, i) => {
      const row: CellValue[] = read.values[i];
      expect({ unit: u.code, mean: row[columns.mean] as number }).toEqual({
        unit: u.code,
        mean: expect.closeTo(u.mean, 9),
      });
      expect({ unit: u.code, grade: row[columns.grade], count: row[columns.count] }).toEqual({
        unit: u.code,
        grade: u.grade,
        count: u.periodsPresent.length,
      });
    });
  });
});
