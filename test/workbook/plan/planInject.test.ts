import { BUILTIN_TEMPLATES } from "../../../src/core/template/builtinTemplates";
import { flattenTemplate } from "../../../src/core/template/flattenTemplate";
import type { Unit } from "../../../src/core/model/unitTypes";
import type { WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { parseRange } from "../../../src/workbook/layout/cellAddress";
import type { WorkbookMode } from "../../../src/workbook/layout/workbookLayout";
import { planInject, type InjectOptions } from "../../../src/workbook/plan/planInject";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { cellAt, cellsOf, sheetOf } from "../planCells";

const NOW = "2026-03-01T08:00:00.000Z";
const EMPTY: WorkbookOutline = { sheets: [], names: [] };

function options(mode: WorkbookMode, extra: Partial<InjectOptions> = {}): InjectOptions {
  return { mode, period: "2026", clusterTitle: "Cụm thi đua số 1", lang: "vi", now: NOW, existing: EMPTY, ...extra };
}

function unitsOf(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `U${i + 1}`,
    name: `Đơn vị ${i + 1}`,
    cluster: i % 2 === 0 ? "Cụm Bắc" : "Cụm Nam",
    priority: false,
    disqualified: false,
  }));
}

function planOf(result: ReturnType<typeof planInject>): WorkbookPlan {
  if (!result.plan) throw new Error(JSON.stringify(result.findings.map((f) => f.message.en)));
  return result.plan;
}

function shape(plan: WorkbookPlan, name: string) {
  const found = plan.names.find((n) => n.name === name);
  if (!found) return null;
  const box = parseRange(found.range)!;
  return { sheet: found.sheet, rows: box.rows, columns: box.columns };
}

describe("planInject: the contract's names", () => {
  const cases = BUILTIN_TEMPLATES.flatMap((t) =>
    (["self", "review", "cross"] as const).map((mode, i) => ({
      template: t,
      mode,
      units: 2 + ((i * 2 + t.id.length) % 5),
    })),
  );

  it.each(cases)(
    "$template.id in $mode mode with $units units names every block with its shape",
    ({ template, mode, units }) => {
      const list = unitsOf(units);
      const plan = planOf(planInject(template, list, {}, options(mode)));
      const n = flattenTemplate(template).rows.length;
      const sheetNames = new Set(plan.sheets.map((s) => s.name));
      for (const name of plan.names) expect(sheetNames.has(name.sheet)).toBe(true);

      const grid = { rows: n, columns: units };
      for (const name of ["TD_Target", "TD_Actual", "TD_Self", "TD_FinalPoints", "TD_Evidence"]) {
        expect(shape(plan, name)).toMatchObject(grid);
      }
      // 33 settings keys in four columns (name, value, explanation, key); the criteria table's 13; 5 unit columns.
      expect(shape(plan, "TD_Settings")).toMatchObject({ rows: 33, columns: 4 });
      expect(shape(plan, "TD_Criteria")).toMatchObject({ rows: n, columns: 13 });
      expect(shape(plan, "TD_Units")).toMatchObject({ rows: units, columns: 5 });
      for (const name of ["TD_Final", "TD_Rank", "TD_Grade", "TD_Award"]) {
        expect(shape(plan, name)).toMatchObject({ rows: units, columns: 1, sheet: shape(plan, "TD_Result")!.sheet });
      }
      expect(shape(plan, "TD_Result")!.rows).toBe(units);
      // ten years of every unit, at least 50 rows
      expect(shape(plan, "TD_History")).toMatchObject({ rows: Math.max(50, units * 10), columns: 4 });
      // header row plus the injection's own log entry
      expect(shape(plan, "TD_Log")).toMatchObject({ rows: 2, columns: 6 });
      expect(shape(plan, "TD_Meta")!.columns).toBe(1);

      const reviewed = mode !== "self";
      expect(shape(plan, "TD_Review")).toEqual(reviewed ? { ...grid, sheet: "Thẩm định" } : null);
      expect(shape(plan, "TD_ReviewNotes")).toEqual(reviewed ? { ...grid, sheet: "Thẩm định" } : null);
      expect(shape(plan, "TD_PeerMatrix")).toEqual(
        mode === "cross" ? { rows: units, columns: units, sheet: "Chấm chéo" } : null,
      );
      for (const unit of list) {
        expect(shape(plan, `TD_Peer_${unit.code}`)).toEqual(
          mode === "cross" ? { ...grid, sheet: `CC ${unit.code}` } : null,
        );
      }
    },
  );

  it("stores the metadata as JSON chunks that read back to the template, units and settings", () => {
    const result = planInject(TINY_TEMPLATE, TINY_UNITS, { rankDecimals: 3 }, options("review"));
    const meta = sheetOf(planOf(result), "meta");
    expect(meta.visibility).toBe("veryHidden");
    const json = meta.blocks[0].cells.map((row) => row[0].v).join("");
    const parsed = JSON.parse(json);
    expect(parsed.contract).toBe(1);
    expect(parsed.template).toEqual(TINY_TEMPLATE);
    expect(parsed.units).toEqual(TINY_UNITS);
    expect(parsed.settings.rankDecimals).toBe(3);
    expect(parsed.mode).toBe("review");
    expect(parsed.inputHash).toBeNull();
    expect(parsed.criteriaHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("splits metadata longer than 30,000 characters across cells", () => {
    const units = Array.from({ length: 400 }, (_, i) => ({
      ...TINY_UNITS[0],
      code: `U${i}`,
      name: "Đơn vị có tên khá dài ".repeat(4),
    }));
    const plan = planOf(planInject(TINY_TEMPLATE, units, {}, options("self")));
    const cells = sheetOf(plan, "meta").blocks[0].cells;
    expect(cells.length).toBeGreaterThan(1);
    for (const row of cells) expect(String(row[0].v).length).toBeLessThanOrEqual(30000);
    expect(shape(plan, "TD_Meta")!.rows).toBe(cells.length);
  });

  it("brings the template's own grade thresholds unless the cluster overrides them", () => {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === "ca-nhan-thang")!;
    const result = planInject(template, unitsOf(2), {}, options("self"));
    expect(result.meta!.settings.grades.thresholds).toEqual({ HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 });
    expect(result.meta!.settings.grades.floors).toBeNull();
    const overridden = planInject(
      template,
      unitsOf(2),
      { grades: { thresholds: { HTXSNV: 0.95, HTTNV: 0.8, HTNV: 0.6 } } },
      options("self"),
    );
    expect(overridden.meta!.settings.grades.thresholds.HTXSNV).toBe(0.95);
  });

  it("speaks of persons (cá nhân, họ và tên) in a workbook of the individual template", () => {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === "ca-nhan-thang")!;
    const plan = planOf(planInject(template, unitsOf(2), {}, options("self")));
    const at = (key: string, address: string) => cellAt(sheetOf(plan, key as never), address)?.v;
    expect([at("units", "A1"), at("units", "A2"), at("units", "B2"), at("units", "E2")]).toEqual([
      "DANH SÁCH CÁ NHÂN",
      "Mã cá nhân",
      "Họ và tên",
      "Bị kỷ luật trong kỳ (xếp loại KHTNV)",
    ]);
    // Score sheets' header rows 2 and 3 (column D), the ranking's code and name headers (A3, B3).
    expect([at("self", "D2"), at("self", "D3"), at("result", "A3"), at("result", "B3")]).toEqual([
      "Mã cá nhân",
      "Họ và tên",
      "Mã cá nhân",
      "Họ và tên",
    ]);
    const guide = [...cellsOf(sheetOf(plan, "guide")).values()].map((c) => c.v);
    expect(guide).toContain("Hình thức: cá nhân tự chấm.");
    // A unit template keeps a unit's words.
    const units = planOf(planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("self")));
    expect(cellAt(sheetOf(units, "units"), "B2")?.v).toBe("Tên đơn vị");
  });

  it("ranks a cross-scored workbook on the weighted rule (0.2 / 0.3 / 0.5), self and review ones on the last stage", () => {
    const rule = (mode: WorkbookMode, settings = {}) => {
      const meta = planInject(TINY_TEMPLATE, TINY_UNITS, settings, options(mode)).meta!;
      return [meta.settings.finalRule, meta.settings.weights];
    };
    expect(rule("cross")).toEqual(["weighted", { self: 0.2, peer: 0.3, review: 0.5 }]);
    expect(rule("review")).toEqual(["last-stage", { self: 0.2, peer: 0.3, review: 0.5 }]);
    expect(rule("self")[0]).toBe("last-stage");
    // The secretariat's own choice wins over the mode's.
    expect(rule("cross", { finalRule: "last-stage" })[0]).toBe("last-stage");
    expect(rule("review", { finalRule: "weighted" })[0]).toBe("weighted");
    // The settings sheet shows what the formulas use.
    const plan = planOf(planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross")));
    // Settings rows from row 3: the setting's name in A, its value in words in B, the key in D; finalRule is first.
    const settings = sheetOf(plan, "settings");
    expect(["A3", "B3", "D3"].map((a) => cellAt(settings, a)?.v)).toEqual([
      "Cách tính điểm xếp hạng",
      "Bình quân có trọng số",
      "finalRule",
    ]);
  });
});

describe("planInject: protection and input validation", () => {
  const plan = planOf(planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross")));

  it("protects every sheet", () => {
    for (const sheet of plan.sheets) expect(sheet.protect).toBe(true);
  });

  it("unlocks exactly the manual, qual, bonus and deduction cells of the self sheet", () => {
    const self = sheetOf(plan, "self");
    const inputs = [...cellsOf(self)].filter(([, c]) => c.input).map(([a]) => a);
    // rows 6 (1.1), 7 (1.2), 14, 15 (B.1, B.2), 17, 18 (D.1, D.2) × columns E, F, G
    const expected = [6, 7, 14, 15, 17, 18].flatMap((r) => ["E", "F", "G"].map((c) => `${c}${r}`));
    expect(inputs.sort()).toEqual(expected.sort());
    for (const [, cell] of cellsOf(self)) if (cell.input) expect(cell.f).toBeUndefined();
  });

  it("locks a rater's own column and the other cluster's columns on its peer sheet", () => {
    const peer = sheetOf(plan, "peer:A2");
    // A2 is the second unit (column F) of Cụm 1 with A1 (E); B1 (G) is in Cụm 2: only E takes entries.
    expect(cellAt(peer, "F6")?.input).toBeUndefined();
    expect(cellAt(peer, "E6")?.input).toBe(true);
    expect(cellAt(peer, "G6")?.input).toBeUndefined();
    const ranges = peer.validations!.filter((v) => v.range.endsWith("6")).map((v) => v.range);
    expect(ranges).toEqual(["E6:E6"]);
    // The other cluster's column is visibly not applicable, totals and completeness included: no formula to count.
    for (const row of [6, 5, 19, 22, 23]) expect(cellAt(peer, `G${row}`)).toEqual({ v: null, s: "notApplicable" });
    expect(cellAt(peer, "E23")?.f).toMatch(/^IF\(/);
    // B1 alone in Cụm 2 scores nobody: no input cell at all.
    const lonely = sheetOf(plan, "peer:B1");
    expect([...cellsOf(lonely).values()].some((c) => c.input)).toBe(false);
    expect(lonely.validations).toEqual([]);
  });

  it("validates each input row with its range and a message naming it", () => {
    const self = sheetOf(plan, "self");
    const byRange = new Map(self.validations!.map((v) => [v.range, v]));
    expect(byRange.get("E6:G6")).toMatchObject({
      rule: { kind: "decimal", min: 0, max: 10 },
      errorMessage: "Điểm tiêu chí 1.1 phải từ 0 đến 10, bước 0,5.",
    });
    expect(byRange.get("E7:G7")!.rule).toEqual({ kind: "list", items: ["Đạt", "Không đạt"] });
    expect(byRange.get("E14:G14")!.rule).toEqual({ kind: "decimal", min: 0, max: 3 });
    // B.2 has no line max: the template's bonus cap (3) bounds it
    expect(byRange.get("E15:G15")!.rule).toEqual({ kind: "decimal", min: 0, max: 3 });
    expect(byRange.get("E17:G17")!.rule).toEqual({ kind: "decimal", min: -3, max: 0 });
    expect(byRange.get("E18:G18")!.rule).toEqual({ kind: "decimal", min: -1e9, max: 0 });
    expect(self.validations).toHaveLength(6);
  });

  it("validates targets above 0, actuals from 0 and whole counts on the data sheet", () => {
    const data = sheetOf(plan, "data");
    const byRange = new Map(data.validations!.map((v) => [v.range, v.rule]));
    // target block rows 6–19, actual block rows 21–34; 1.3 is flat row 3
    expect(byRange.get("E9:G9")).toEqual({ kind: "decimal", min: 1e-9, max: 1e15 });
    expect(byRange.get("E24:G24")).toEqual({ kind: "decimal", min: 0, max: 1e15 });
    // 2.2 (per_unit, flat row 7): the count in the actual block, row 28
    expect(byRange.get("E28:G28")).toEqual({ kind: "whole", min: 0, max: 1e9 });
    expect(byRange.has("E13:G13")).toBe(false);
  });

  it("reviews every leaf, computed rows included, and leaves group rows locked", () => {
    const review = sheetOf(plan, "review");
    const inputRows = new Set(
      [...cellsOf(review)]
        .filter(([a, c]) => c.input && /^[E-G]\d+$/.test(a) && Number(a.slice(1)) < 19)
        .map(([a]) => Number(a.slice(1))),
    );
    // leaves: rows 6–9 (1.1–1.4), 11–12 (2.1, 2.2), 14–15, 17–18; groups 5, 10, 13, 16 stay locked
    expect([...inputRows].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 11, 12, 14, 15, 17, 18]);
    const override = review.validations!.find((v) => v.range === "E8:G8")!;
    expect(override.rule).toEqual({ kind: "decimal", min: 0, max: 4 });
  });

  it("flags out-of-range entries in red, reading each row's max from column C", () => {
    const self = sheetOf(plan, "self");
    expect(self.conditionalFormats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: "E6:G6", formula: "AND(ISNUMBER(E6),OR(E6<0,E6>$C6))" }),
        expect.objectContaining({ range: "E14:G14", formula: "AND(ISNUMBER(E14),OR(E14<0,E14>$C14))" }),
        expect.objectContaining({ range: "E17:G17", formula: "AND(ISNUMBER(E17),OR(E17>0,E17<-$C17))" }),
        expect.objectContaining({ range: "E18:G18", formula: "AND(ISNUMBER(E18),E18>0)" }),
      ]),
    );
  });

  it("freezes the headers and criteria columns and prints landscape one page wide", () => {
    const self = sheetOf(plan, "self");
    expect(self.freeze).toEqual({ rows: 4, columns: 4 });
    expect(self.print).toMatchObject({ orientation: "landscape", titleRows: "1:4", fitToWidth: true });
  });
});

describe("planInject: safety", () => {
  const hostile = ['=HYPERLINK("http://evil")', "+1", "-2", "@x", "=1+1"];

  it("writes unit names, clusters, the period and the title as values, never as formulas", () => {
    const units: Unit[] = hostile.map((text, i) => ({
      code: `H${i}`,
      name: text,
      cluster: i < 3 ? text : "Cụm 2",
      priority: false,
      disqualified: false,
    }));
    const plan = planOf(
      planInject(TINY_TEMPLATE, units, {}, options("cross", { period: "=2+2", clusterTitle: "@cụm" })),
    );
    let seen = 0;
    for (const sheet of plan.sheets) {
      for (const [, cell] of cellsOf(sheet)) {
        for (const text of [...hostile, "=2+2", "@cụm"]) {
          if (cell.f !== undefined) expect(cell.f.includes(text) && !/^[+-]\d$/.test(text)).toBe(false);
          if (typeof cell.v === "string" && cell.v.includes(text)) seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(hostile.length * 5);
    expect(cellAt(sheetOf(plan, "self"), "E3")).toEqual({ v: '=HYPERLINK("http://evil")', s: "header" });
  });

  it("uses suffixed names where the workbook already has our sheets, and touches none of them", () => {
    const existing: WorkbookOutline = {
      sheets: [
        { name: "Tự chấm", visibility: "visible" },
        { name: "số liệu", visibility: "visible" },
        { name: "Xếp hạng", visibility: "hidden" },
      ],
      names: [],
    };
    const plan = planOf(planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("review", { existing })));
    const created = plan.sheets.map((s) => s.name);
    expect(created).toEqual(expect.arrayContaining(["Tự chấm (2)", "Số liệu (2)", "Xếp hạng (2)"]));
    for (const sheet of existing.sheets)
      expect(created.map((n) => n.toLowerCase())).not.toContain(sheet.name.toLowerCase());
    expect(plan.sheets.every((s) => s.create)).toBe(true);
    expect(plan.touches ?? []).toEqual([]);
    expect(shape(plan, "TD_Self")!.sheet).toBe("Tự chấm (2)");
    // Formulas on the final points sheet read the suffixed self and data sheets.
    expect(cellAt(sheetOf(plan, "final"), "E8")!.f).toBe(
      "IF(ISNUMBER('Thẩm định'!E8),MIN(4,MAX(0,N('Thẩm định'!E8))),'Số liệu (2)'!E69)",
    );
    expect(cellAt(sheetOf(plan, "final"), "E6")!.f).toContain("'Tự chấm (2)'!E6");
  });

  it("refuses a workbook that already holds a Thi đua table", () => {
    const existing: WorkbookOutline = { sheets: [], names: [{ name: "TD_Meta", sheet: "_thidua", range: "A1:A1" }] };
    const result = planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("self", { existing }));
    expect(result.plan).toBeNull();
    expect(result.findings.map((f) => f.rule)).toEqual(["workbook.already-injected"]);
  });

  it("refuses an invalid template, duplicate unit codes or no units, with findings and no plan", () => {
    const broken = { ...TINY_TEMPLATE, criteria: [...TINY_TEMPLATE.criteria, TINY_TEMPLATE.criteria[0]] };
    const badTemplate = planInject(broken, TINY_UNITS, {}, options("self"));
    expect(badTemplate.plan).toBeNull();
    expect(badTemplate.findings.some((f) => f.severity === "error")).toBe(true);

    const twins = planInject(TINY_TEMPLATE, [TINY_UNITS[0], { ...TINY_UNITS[1], code: "a1" }], {}, options("self"));
    expect(twins.plan).toBeNull();
    expect(twins.findings.map((f) => f.rule)).toContain("units.duplicate-code");

    const none = planInject(TINY_TEMPLATE, [], {}, options("self"));
    expect(none.plan).toBeNull();
    expect(none.findings.map((f) => f.rule)).toContain("workbook.no-units");
  });

  it("refuses settings that cannot become formulas", () => {
    const result = planInject(
      TINY_TEMPLATE,
      TINY_UNITS,
      { weights: { self: NaN, peer: 0, review: 1 }, rankDecimals: 2.5 },
      options("self"),
    );
    expect(result.plan).toBeNull();
    expect(result.findings.map((f) => [f.rule, f.location.field])).toEqual([
      ["workbook.settings-invalid", "weights.self"],
      ["workbook.settings-invalid", "rankDecimals"],
    ]);
  });

  it("plans the same workbook twice from the same inputs", () => {
    const a = planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross"));
    const b = planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross"));
    expect(JSON.stringify(b.plan)).toBe(JSON.stringify(a.plan));
    const later = planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross", { now: "2027-01-01T00:00:00Z" }));
    // Only the log entry's time differs, and its check chain (column F), which hashes the time.
    const chain = (p: WorkbookPlan) => String(p.sheets.find((s) => s.key === "log")!.blocks.at(-1)!.cells[0][5].v);
    expect(chain(later.plan!)).not.toBe(chain(a.plan!));
    // The log shows the time as a person reads it ("07 giờ 00, ngày 01/01/2027").
    const strip = (p: WorkbookPlan) =>
      JSON.stringify(p)
        .replace(/\d\d giờ \d\d, ngày \d\d\/\d\d\/20\d\d/g, "T")
        .replace(chain(p), "C");
    expect(strip(later.plan!)).toBe(strip(a.plan!));
  });

  it("writes the English workbook with English sheet names and labels", () => {
    const plan = planOf(planInject(TINY_TEMPLATE, TINY_UNITS, {}, options("cross", { lang: "en" })));
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Guide",
      "Settings",
      "Criteria",
      "Units",
      "Data",
      "Self",
      "Evidence",
      "PS A1",
      "PS A2",
      "PS B1",
      "Peer matrix",
      "Review",
      "Final points",
      "Ranking",
      "Results",
      "Analysis",
      "Award history",
      "Log",
      "_thidua",
    ]);
    expect(cellAt(sheetOf(plan, "self"), "B19")!.v).toBe("Content points");
  });
});
