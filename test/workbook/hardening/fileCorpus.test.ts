// File-level and size cases of the hostile corpus: real .xlsx damage through XlsxHost (a broken zip, not a workbook,
// a defined name turned into #REF! in workbook.xml, merged cells, a date, an error and a 32,767-character text typed
// into the file), then the size extremes on MemoryHost: 5,000 units, and a 1,000-point scale with decimal max/step.
// Through the built `thidua` command, damaged files give exit 1 or 2 and one clear sentence, never a stack trace.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Template } from "../../../src/core/template/templateTypes";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { buildCli, thidua, tempFolder } from "../../cli/cliProcess";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { scenarioFor, type Scenario } from "../scenarios";
import { injectFilledScenario } from "../scenarioWorkbook";
import { checkCase } from "./checkCase";
import { buildWorkbook } from "./corpusWorkbook";
import { HUGE_TEXT } from "./owaspPayloads";

const now = "2026-04-01T08:00:00.000Z";
const sizes: string[] = [];
afterAll(() =>
  console.log(`Hostile workbook corpus (files and sizes): ${sizes.length} cases\n  ${sizes.join("\n  ")}`),
);

let valid: Uint8Array;
beforeAll(async () => {
  const s = scenarioFor("khoi-so-nganh", "self", 31);
  const host = XlsxHost.create();
  await injectFilledScenario(host, s, { now });
  valid = await host.save();
});

/** workbook.xml with one defined name's formula replaced. */
async function withName(bytes: Uint8Array, name: string, formula: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const pattern = new RegExp(`(<definedName[^>]*name="${name}"[^>]*>)[^<]*(</definedName>)`);
  expect(pattern.test(xml)).toBe(true);
  zip.file("xl/workbook.xml", xml.replace(pattern, `$1${formula}$2`));
  return zip.generateAsync({ type: "uint8array" });
}

/** The file edited cell by cell with ExcelJS, as a person would in Excel. */
async function edited(bytes: Uint8Array, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(book.getWorksheet("Tự chấm")!);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function expectCompletes(bytes: Uint8Array, label: string) {
  sizes.push(label);
  const host = await XlsxHost.load(bytes);
  const validation = await validateWorkbook(host);
  for (const f of validation.findings) expect(f.message.vi && f.message.en).toBeTruthy();
  const ranking = await rankWorkbook(host, { now });
  return { validation, ranking };
}

describe("damaged .xlsx files", () => {
  it.each([
    ["a truncated zip", () => valid.slice(0, Math.floor(valid.length / 2))],
    ["a text file named .xlsx", () => new TextEncoder().encode("code,name\nP01,=cmd|' /C calc'!A0\n")],
    ["an empty file", () => new Uint8Array()],
  ])("refuses %s with a bilingual HostError", async (label, bytes) => {
    sizes.push(label);
    const error = await XlsxHost.load(bytes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("file-unreadable");
    expect((error as HostError).detail.vi).not.toEqual((error as HostError).detail.en);
  });

  it("reports a defined name turned into #REF! in workbook.xml and refuses to rank", async () => {
    const { validation, ranking } = await expectCompletes(await withName(valid, "TD_Self", "#REF!"), "TD_Self #REF!");
    expect(validation.findings.map((f) => f.rule)).toContain("workbook.name-broken");
    expect(ranking.plan).toBeNull();
  });

  it("reports metadata whose name is #REF! as missing metadata", async () => {
    const { validation } = await expectCompletes(await withName(valid, "TD_Meta", "#REF!"), "TD_Meta #REF!");
    expect(validation.meta).toBeNull();
  });

  it("names the cells of a merge, a date, an error value and a huge text typed into the self grid", async () => {
    const bytes = await edited(valid, (sheet) => {
      sheet.getCell("E6").value = new Date(Date.UTC(2026, 2, 15));
      sheet.getCell("F6").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getCell("G6").value = HUGE_TEXT;
      sheet.getCell("H6").value = true;
      sheet.mergeCells("E8:F9");
    });
    const { validation, ranking } = await expectCompletes(bytes, "merge, date, error, huge text, boolean in self");
    const cells = validation.findings.filter((f) => f.sheet === "Tự chấm").map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["E6", "F6", "G6", "H6"]));
    expect(ranking.plan).toBeNull();
  });
});

/** A scenario of `count` units on a template, self scores on the step grid, nothing else filled. */
function sized(template: Template, count: number, score: (max: number, step: number) => CellValue): Scenario {
  const base = scenarioFor("khoi-so-nganh", "self", 1);
  const units = Array.from({ length: count }, (_, i) => ({
    ...TINY_UNITS[i % TINY_UNITS.length],
    code: `U${i + 1}`,
    name: i === 0 ? '=HYPERLINK("http://x")' : `Đơn vị ${i + 1}`,
  }));
  const flat = template.criteria.flatMap((g) => [g, ...(g.children ?? [])]);
  const row = (c: (typeof flat)[number]): CellValue[] =>
    units.map(() =>
      c.kind === "manual" ? score(c.max, c.step ?? 0.25) : c.kind === "qual" ? "Đạt" : c.kind === "per_unit" ? 2 : null,
    );
  const data = (v: number) => flat.map((c) => units.map(() => (c.kind.startsWith("quant") ? v : null)));
  return {
    ...base,
    template,
    units,
    inputs: {
      target: data(100),
      actual: data(90),
      self: flat.map(row),
      evidence: flat.map((c) => row(c).map((v) => (v ? "Văn bản 1" : null))),
    },
  };
}

/** The tiny template scaled to 1,000 points with decimal maxima and a 0.05 step. */
const THOUSAND: Template = {
  ...TINY_TEMPLATE,
  id: "thang-1000",
  scale: 1000,
  criteria: [
    {
      ...TINY_TEMPLATE.criteria[0],
      max: 600.5,
      children: [
        { code: "1.1", title: { vi: "Chấm điểm" }, kind: "manual", max: 300.25, step: 0.05 },
        { code: "1.2", title: { vi: "Đạt hay không" }, kind: "qual", max: 100.25 },
        { code: "1.3", title: { vi: "Doanh thu" }, kind: "quant_prop", max: 100 },
        { code: "1.4", title: { vi: "Tỷ lệ hộ nghèo" }, kind: "quant_prop", max: 100, direction: "down" },
      ],
    },
    {
      ...TINY_TEMPLATE.criteria[1],
      max: 399.5,
      children: [
        { code: "2.1", title: { vi: "Thu ngân sách" }, kind: "quant_leader", max: 299.5 },
        { code: "2.2", title: { vi: "Số mô hình" }, kind: "per_unit", max: 100, pointsEach: 2.5 },
      ],
    },
    ...TINY_TEMPLATE.criteria.slice(2),
  ],
};

describe("size extremes", () => {
  it("validates and ranks 5,000 units without a throw or a stray write", async () => {
    const wb = await buildWorkbook(sized(TINY_TEMPLATE, 5000, (max) => max / 2));
    const outcome = await checkCase(wb);
    sizes.push(`5,000 units: ${outcome.findings} findings, ranked ${outcome.ranked}`);
    expect(outcome.problems).toEqual([]);
  });

  it("validates and ranks a 1,000-point scale with decimal maxima and steps", async () => {
    const wb = await buildWorkbook(sized(THOUSAND, 6, (max, step) => Math.round((max * 0.77) / step) * step));
    const outcome = await checkCase(wb);
    sizes.push(`1,000-point scale: ${outcome.findings} findings, ranked ${outcome.ranked}`);
    expect(outcome.problems).toEqual([]);
  });
});

describe("thidua on damaged files", () => {
  beforeAll(() => buildCli());

  it("gives exit 1 or 2 and one sentence, never a stack trace", async () => {
    const dir = tempFolder();
    const files: [string, Uint8Array][] = [
      ["hong.xlsx", valid.slice(0, 500)],
      ["khong-phai.xlsx", new TextEncoder().encode("đây không phải sổ tính")],
      ["ref.xlsx", await withName(valid, "TD_Self", "#REF!")],
      ["meta.xlsx", await withName(valid, "TD_Meta", "#REF!")],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      for (const command of ["validate", "rank"]) {
        const run = thidua([command, name], dir);
        sizes.push(`thidua ${command} ${name}: exit ${run.status}`);
        expect([1, 2]).toContain(run.status);
        expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:|TypeError/);
        expect((run.stderr + run.stdout).trim()).not.toBe("");
      }
    }
  });
});
