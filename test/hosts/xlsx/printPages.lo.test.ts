// Checked by LibreOffice: the pages each sheet prints, for the demo workbook, a filled and ranked two-cluster cross
// workbook (cum-xa-phuong) and two of its forms (a unit's self form and its peer form). Every workbook is
// recalculated once, each sheet cut into a file of its own, and all of them converted to PDF in one soffice start
// (PDFs kept in test-artifacts/print-pages/ to look at).

import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { demoCluster } from "../../../src/cli/demo/demoCluster";
import { DEMO_CLUSTER_TITLE, DEMO_PERIOD } from "../../../src/cli/demo/demoData";
import type { Unit } from "../../../src/core/model/unitTypes";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { convertToPdfs, onlySheet, pdfPageCount, printedSheetNames } from "../../support/sheetPdf";
import { scenarioFor } from "../../workbook/scenarios";

jest.setTimeout(300_000);

const ARTIFACTS = join(__dirname, "../../../test-artifacts/print-pages");
/** Place names as a secretariat types them (the scenario's are built to test escaping, not to be read). */
const NAMES = [
  "Phường Hòa Bình",
  "Phường Tân An",
  "Xã Đông Hưng",
  "Xã Thạnh Mỹ Lợi",
  "Phường Bến Nghé",
  "Xã Phước Kiển Thượng",
  "Phường Linh Trung",
  "Xã Nhơn Đức",
  "Xã Tân Thạnh Đông",
];

const column = (grid: readonly (readonly CellValue[])[], c: number) => grid.map((row) => [row[c] ?? null]);

async function demoWorkbook(): Promise<Uint8Array> {
  const demo = demoCluster();
  const host = XlsxHost.create();
  const planned = await injectTemplate(host, demo.template, demo.units, undefined, {
    mode: "review",
    period: DEMO_PERIOD,
    clusterTitle: DEMO_CLUSTER_TITLE.vi,
    lang: "vi",
    now: "2026-12-20T08:00:00.000Z",
  });
  if (!planned.layout) throw new Error(JSON.stringify(planned.findings.map((f) => f.message.en)));
  await host.apply(planInputs(planned.layout, demo.inputs));
  const ranked = await rankWorkbook(host, { now: "2026-12-21T08:00:00.000Z" });
  if (!ranked.result) throw new Error("the demo did not rank");
  return host.save();
}

/** The cross workbook filled and ranked, with the first unit's self form and peer form filled as it would. */
async function crossWorkbookAndForms(): Promise<{
  units: Unit[];
  master: Uint8Array;
  self: Uint8Array;
  peer: Uint8Array;
}> {
  const scenario = scenarioFor("cum-xa-phuong", "cross", 5);
  const units = scenario.units.map((u, i) => ({ ...u, name: NAMES[i] }));
  const master = XlsxHost.create();
  const injected = await injectTemplate(master, scenario.template, units, scenario.settings, {
    mode: "cross",
    period: "Quý I/2026",
    clusterTitle: "Cụm thi đua các xã, phường số 1",
    lang: "vi",
    now: "2026-03-01T08:00:00.000Z",
  });
  const layout = injected.layout!;
  const { inputs } = scenario;
  await master.apply(planInputs(layout, { target: inputs.target, actual: inputs.actual }));
  const { forms } = await makeForms(master, { now: "2026-03-02T08:00:00.000Z" });
  await master.apply(planInputs(layout, inputs));
  const ranked = await rankWorkbook(master, { now: "2026-03-20T08:00:00.000Z" });
  if (!ranked.result) throw new Error("the cross workbook did not rank");

  const selfForm = forms.find((f) => f.kind === "self" && f.unit.code === units[0].code)!;
  const peerForm = forms.find((f) => f.kind === "peer" && f.unit.code === units[0].code)!;
  const self = XlsxHost.create();
  await self.apply(selfForm.plan);
  await self.apply(
    planInputs(selfForm.layout, {
      target: column(inputs.target, 0),
      actual: column(inputs.actual, 0),
      self: column(inputs.self, 0),
      evidence: column(inputs.evidence, 0),
    }),
  );
  const peer = XlsxHost.create();
  await peer.apply(peerForm.plan);
  await peer.apply(planInputs(peerForm.layout, { peers: [inputs.peers![0]] }));
  return { units, master: await master.save(), self: await self.save(), peer: await peer.save() };
}

/** Pages per sheet name, for each book in order. */
let pages: Record<string, number>[];
let units: Unit[];

beforeAll(async () => {
  const demo = await demoWorkbook();
  const cross = await crossWorkbookAndForms();
  units = cross.units;
  const books = { demo, cross: cross.master, self: cross.self, peer: cross.peer };
  const recalculated = await recalcWithLibreOffice(Object.values(books));
  const cut: { book: string; sheet: string; file: Uint8Array }[] = [];
  for (const [k, file] of recalculated.entries()) {
    const book = Object.keys(books)[k];
    for (const sheet of await printedSheetNames(file)) cut.push({ book, sheet, file: await onlySheet(file, sheet) });
  }
  const pdfs = await convertToPdfs(cut.map((c) => c.file));
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  pages = Object.keys(books).map(() => ({}));
  await Promise.all(
    cut.map(async (c, i) => {
      pages[Object.keys(books).indexOf(c.book)][c.sheet] = pdfPageCount(pdfs[i]);
      await writeFile(join(ARTIFACTS, `${c.book}-${String(i).padStart(2, "0")}-${c.sheet}.pdf`), pdfs[i]);
    }),
  );
});

// Pages per sheet, worked out from what each sheet holds. A landscape A4 page with Decree 30's margins is about 482
// points high, a portrait one about 730; sheets fitted to one page wide shrink with their unit columns, so the
// master's score sheets (nine or ten unit columns) print at about half size and hold twice the rows.
const DEMO: Record<string, [number, string]> = {
  "Hướng dẫn": [1, "the guide's thirty-odd lines, portrait"],
  "Cài đặt": [3, "38 settings, each explained on two to four lines, about thirteen a landscape page"],
  "Tiêu chí": [2, "33 criteria, a third of them on two lines, about twenty a page"],
  "Đơn vị": [1, "ten units"],
  "Số liệu": [1, "three quantitative criteria under their groups in five blocks: about 25 rows, shrunk for ten units"],
  "Tự chấm": [2, "33 criteria and four total rows, shrunk for ten units: about 25 a page"],
  "Minh chứng": [1, "ten wide evidence columns shrink the page to well under half size: 33 rows fit"],
  "Thẩm định": [3, "the review grid and its notes grid: twice 33 rows and the totals"],
  "Tổng hợp": [2, "33 criteria with the total, rank and grade rows below"],
  "Xếp hạng": [1, "ten units at three lines each"],
  "Kết quả": [2, "ten units at three lines each and the signature block (as printSheet.lo.test.ts reasons)"],
  "Phân tích": [1, "a handful of findings"],
  "Lịch sử": [1, "no year recorded yet: the title and the header, not pages of empty rows"],
  "Nhật ký": [1, "the few lines of making and ranking the workbook"],
};
const CROSS: Record<string, [number, string]> = {
  "Hướng dẫn": [1, "the guide, portrait"],
  "Cài đặt": [3, "the settings, with the cross-mode weights"],
  "Tiêu chí": [2, "44 criteria, a third on two lines, columns I:K at the plan's width 9"],
  "Đơn vị": [1, "nine units"],
  "Số liệu": [
    3,
    "fourteen quantitative criteria under six groups in five blocks: about a hundred rows, shrunk for nine",
  ],
  "Tự chấm": [2, "44 criteria and the totals, shrunk for nine units"],
  "Minh chứng": [1, "nine wide evidence columns shrink the page to under half size"],
  "Chấm chéo": [1, "nine raters by nine ratees"],
  "Thẩm định": [4, "the review grid and its notes grid: twice 44 rows"],
  "Tổng hợp": [2, "44 criteria with the total, rank and grade rows"],
  "Xếp hạng": [
    2,
    "nine units whose notes and warnings (floors missed, self-scores above the result) run to six or more lines in narrow columns",
  ],
  "Kết quả": [2, "nine units in two clusters, each cluster with its signature block"],
  "Phân tích": [1, "the findings"],
  "Lịch sử": [1, "no year recorded yet: the title and the header"],
  "Nhật ký": [1, "the few lines of making, forms and ranking"],
};
// One peer sheet per rater: 44 criteria and the totals, shrunk for nine units, two pages each.
const PEER_SHEETS = ["P01", "P02", "P03", "P04", "P05", "P06", "X1", "X2", "X3"];
const SELF_FORM: Record<string, [number, string]> = {
  "Hướng dẫn": [1, "the form's guide and legend, portrait"],
  "Tiêu chí": [2, "the 44 criteria, as in the master"],
  "Đơn vị": [1, "the unit itself"],
  "Số liệu": [
    3,
    "the targets and actuals only (not the worked-out blocks): twice about 20 rows at full size, 17 a page",
  ],
  "Tự chấm": [4, "one unit column, so full size: 44 criteria and the totals at about 13 to 15 rows a page"],
  "Minh chứng": [3, "one evidence column, full size, like Tự chấm but fewer two-line rows"],
};
const PEER_FORM: Record<string, [number, string]> = {
  "Hướng dẫn": [1, "the form's guide, portrait"],
  "Tiêu chí": [2, "the 44 criteria"],
  "Đơn vị": [1, "nine units"],
  "Số liệu": [3, "as in the master: locked, for the rater to read"],
  "CC P01": [2, "the rater's own sheet, as in the master"],
};

function expected(table: Record<string, [number, string]>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([sheet, [count]]) => [sheet, count]));
}

describe("pages each sheet prints in LibreOffice", () => {
  it("prints the demo workbook's sheets on the pages their content needs", () => {
    expect(pages[0]).toEqual(expected(DEMO));
  });

  it("prints a two-cluster cross workbook's sheets on the pages their content needs", () => {
    expect(units.map((u) => u.cluster)).toEqual([...Array(6).fill("Cụm 1"), ...Array(3).fill("Cụm 2")]);
    expect(pages[1]).toEqual({ ...expected(CROSS), ...Object.fromEntries(PEER_SHEETS.map((p) => [`CC ${p}`, 2])) });
  });

  it("prints a self form's data sheet as the targets and actuals the unit reports, not pages of worked-out rows", () => {
    expect(pages[2]).toEqual(expected(SELF_FORM));
  });

  it("prints a peer form's sheets: the guide, the criteria, the units, the data to read and the rater's sheet", () => {
    expect(pages[3]).toEqual(expected(PEER_FORM));
  });
});
