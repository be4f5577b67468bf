import { checkFormulas } from "../../../src/core/validation/checkFormulas";
import type { RangeRead, WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readEntries, readPlan } from "../../../src/workbook/read/readPlan";
import { planInject } from "../../../src/workbook/plan/planInject";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { MemoryHost } from "../memoryHost";

// Tiny template rows: 0 I, 1 1.1 manual, 2 1.2 qual, 3 1.3, 4 1.4, 5 II, 6 2.1, 7 2.2, 8 B, 9 B.1, 10 B.2, 11 D,
// 12 D.1, 13 D.2. Units A1, A2, B1.
const blank = () => Array.from({ length: 14 }, () => [null, null, null] as (string | number | null)[]);

async function filledHost(mode: "self" | "review" | "cross") {
  const host = new MemoryHost();
  const injected = planInject(
    TINY_TEMPLATE,
    TINY_UNITS,
    {},
    {
      mode,
      period: "2026",
      lang: "vi",
      now: "2026-01-01T00:00:00Z",
      existing: await host.outline(),
    },
  );
  await host.apply(injected.plan!);
  const self = blank();
  self[1] = [8.5, "9", 7];
  self[2] = ["Đạt", "Không đạt", "đạt"];
  self[9] = [1, null, '=HYPERLINK("x")'];
  self[12] = [-1, null, null];
  const target = blank();
  target[3] = [100, 100, 50];
  const actual = blank();
  actual[3] = [90, 120, 50];
  actual[7] = [2, 0, 4];
  const review = blank();
  review[1] = [null, 8, null];
  const evidence = blank();
  evidence[9] = ["QĐ 12/QĐ-UBND", null, null];
  await host.apply(
    planInputs(injected.layout!, {
      self,
      target,
      actual,
      evidence,
      ...(mode !== "self" ? { review } : {}),
      ...(mode === "cross" ? { peers: [{ rater: "A2", grid: self }] } : {}),
    }),
  );
  return { host, layout: injected.layout! };
}

async function parse(host: MemoryHost) {
  const outline = await host.outline();
  return parseWorkbook(await host.read(readPlan(outline)), outline);
}

describe("parseWorkbook", () => {
  it("reads the grids back into the core's RawInputs, cell by cell as typed", async () => {
    const { host } = await filledHost("review");
    const parsed = await parse(host);
    expect(parsed.findings).toEqual([]);
    const raw = parsed.raw!;
    expect(raw.units).toEqual(TINY_UNITS);
    expect(raw.flat.rows.map((r) => r.code)[1]).toBe("1.1");
    expect(raw.self[1]).toEqual([8.5, "9", 7]);
    expect(raw.self[2]).toEqual(["Đạt", "Không đạt", "đạt"]);
    expect(raw.self[9]).toEqual([1, null, '=HYPERLINK("x")']);
    // Group and computed rows hold formulas on the self sheet: they read as no value.
    expect(raw.self[0]).toEqual([null, null, null]);
    expect(raw.target[3]).toEqual([100, 100, 50]);
    expect(raw.actual[7]).toEqual([2, 0, 4]);
    expect(raw.review![1]).toEqual([null, 8, null]);
    expect(raw.evidence![9]).toEqual(["QĐ 12/QĐ-UBND", null, null]);
    expect(raw.reviewNotes).toHaveLength(14);
    expect(raw.peers).toBeUndefined();
    expect(parsed.meta!.mode).toBe("review");
    expect(parsed.logTable).toEqual({ row: 2, column: 0, rows: 2, columns: 6 });
  });

  it("reads one peer grid per rater in cross mode", async () => {
    const { host } = await filledHost("cross");
    const raw = (await parse(host)).raw!;
    expect(raw.peers!.map((p) => p.rater)).toEqual(["A1", "A2", "B1"]);
    // A2's own column (F) and B1's (G, another cluster) are locked and were not written.
    expect(raw.peers![1].grid[1]).toEqual([8.5, null, null]);
    expect(raw.peers![0].grid[1]).toEqual([null, null, null]);
  });

  it("checks every generated formula against what the cell holds now", async () => {
    const { host, layout } = await filledHost("self");
    // Every formula cell holds the plan's text verbatim: nothing is left for a closer look.
    const clean = await parse(host);
    expect(clean.formulaChecks).toEqual([]);

    // Someone types 20 over group I's points of unit A2 (self sheet F5).
    host.type(layout.self.sheet, "F5", 20);
    const { formulaChecks } = await parse(host);
    expect(formulaChecks).toMatchObject([{ row: 5, column: 5, formula: null, value: 20 }]);
    const findings = checkFormulas(formulaChecks);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "formula.overwritten",
      location: { area: "self", unit: "A2", criterion: "I" },
      data: { cell: "'Tự chấm'!F5" },
    });
  });

  it("leaves a formula written differently for checkFormulas, which accepts it", async () => {
    const { host, layout } = await filledHost("self");
    // Group I of unit A1 (self sheet E5), as a person might retype it: a function in lower case, spaces after commas
    // (the text "Đạt" inside the formula is kept as it is).
    const cell = host.cell(layout.self.sheet, "E5")!;
    const written = cell.f!;
    cell.f = written.replace(/,/g, ", ").replace(/^MIN/, "min");
    const { formulaChecks } = await parse(host);
    expect(formulaChecks).toMatchObject([{ row: 5, column: 4, expected: written, formula: cell.f }]);
    expect(checkFormulas(formulaChecks)).toEqual([]);
  });

  it("reports a missing name, a #REF! name and a name of the wrong shape, and skips their data", async () => {
    const { host } = await filledHost("review");
    host.names.delete("TD_EVIDENCE");
    host.names.set("TD_REVIEW", { name: "TD_Review", sheet: null, range: null });
    host.names.set("TD_TARGET", { name: "TD_Target", sheet: "Số liệu", range: "E6:G18" });
    const parsed = await parse(host);
    const rules = parsed.findings.map((f) => [f.rule, f.location.field]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ["workbook.name-missing", "TD_Evidence"],
        ["workbook.name-broken", "TD_Review"],
        ["workbook.name-shape", "TD_Target"],
      ]),
    );
    expect(parsed.findings.find((f) => f.rule === "workbook.name-shape")!.data).toMatchObject({
      rows: 13,
      expectedRows: 14,
    });
    // Without targets the scores cannot be read: no RawInputs, but no crash either.
    expect(parsed.raw).toBeNull();
  });

  it("says so when the metadata is missing, unreadable or from another contract version", async () => {
    const { host } = await filledHost("self");
    const outline = await host.outline();
    const reads = await host.read(readPlan(outline));
    const metaIndex = readEntries(outline).findIndex((e) => e.name === "TD_Meta");

    const garbled: RangeRead[] = reads.map((r, i) => (i === metaIndex ? { ...r, values: [["{not json"]] } : r));
    expect(parseWorkbook(garbled, outline).findings.map((f) => f.rule)).toEqual(["workbook.meta-unreadable"]);

    const future = JSON.stringify({ contract: 2 });
    const version: RangeRead[] = reads.map((r, i) => (i === metaIndex ? { ...r, values: [[future]] } : r));
    expect(parseWorkbook(version, outline).findings.map((f) => f.rule)).toEqual(["workbook.meta-version"]);

    const noMeta: WorkbookOutline = { ...outline, names: outline.names.filter((n) => n.name !== "TD_Meta") };
    const parsed = parseWorkbook(await host.read(readPlan(noMeta)), noMeta);
    expect(parsed.findings.map((f) => f.rule)).toEqual(["workbook.meta-missing"]);
    expect(parsed.raw).toBeNull();

    const empty = parseWorkbook([], { sheets: [], names: [] });
    expect(empty.findings.map((f) => f.rule)).toEqual(["workbook.meta-missing"]);
  });

  it("reports units and settings edited on their locked sheets, and a tampered criteria table", async () => {
    const { host, layout } = await filledHost("self");
    // Units table starts at row 3: B4 is A2's name; settings value of finalRule is B3; criteria max of 1.1 is F4.
    host.type(layout.unitsTable.sheet, "B4", "Phường Mới");
    host.type(layout.settings.sheet, "B3", "weighted");
    host.type(layout.criteria.sheet, "F4", 12);
    const parsed = await parse(host);
    expect(parsed.findings.map((f) => [f.rule, f.location.field])).toEqual([
      ["workbook.units-changed", "name"],
      ["workbook.settings-changed", "finalRule"],
      ["criteria.tampered", "max"],
    ]);
    // The formulas were built for the metadata's units: those are the units read.
    expect(parsed.raw!.units[1].name).toBe("Phường A2");
  });
});
