import fc from "fast-check";
import type { Finding } from "../../../src/core/findings/findingTypes";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import { cleanPeer, cleanRaw, rawGrid, sampleFlat, setCell, UNIT_CODES } from "./fixtures/validationFixtures";

const flat = sampleFlat();
const row = (code: string) => flat.byCode.get(code) as number;
const col = (unit: string) => UNIT_CODES.indexOf(unit);

/** Validates the clean inputs with one self cell replaced. */
function withSelf(code: string, unit: string, value: unknown) {
  const raw = cleanRaw(flat);
  setCell(flat, raw.self as unknown[][], code, unit, value);
  return validateInputs(raw);
}

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe("validateInputs on clean inputs", () => {
  it("finds nothing in a clean workbook and keeps every entered score", () => {
    const raw = cleanRaw(flat);
    raw.review = rawGrid(flat);
    raw.reviewNotes = rawGrid(flat);
    raw.peers = UNIT_CODES.map((rater) => ({ rater, grid: cleanPeer(flat, rater) }));
    const { input, findings } = validateInputs(raw);
    expect(findings).toEqual([]);
    expect(input.self[row("1.1")]).toEqual([8.5, 10, 0]);
    expect(input.self[row("1.2")]).toEqual([1, 0, 1]);
    expect(input.self[row("D.2")]).toEqual([null, -10, null]);
    // Group and computed rows of the self grid hold formulas: not read.
    expect(input.self[row("I")]).toEqual([null, null, null]);
    expect(input.self[row("1.3")]).toEqual([null, null, null]);
    expect(input.data.target[row("1.3")]).toEqual([100, 50, 80]);
    expect(input.data.actual[row("1.4")]).toEqual([2, 0, 7]);
    expect(input.review?.[row("1.1")]).toEqual([null, null, null]);
    expect(input.peers?.map((p) => p.rater)).toEqual(UNIT_CODES);
    expect(input.peers?.[0].grid[row("1.1")]).toEqual([null, 7, 7]);
  });
});

describe("text in a score cell", () => {
  it("offers the number for a decimal comma, and leaves the cell blank for ranking", () => {
    const { input, findings } = withSelf("1.1", "STC", "8,5");
    const f = only(findings);
    expect(f).toMatchObject({
      rule: "cell.text",
      severity: "error",
      location: { area: "self", unit: "STC", criterion: "1.1" },
      fix: { kind: "replace-value", value: 8.5 },
      data: { raw: "8,5", reason: "decimal-comma", value: 8.5 },
    });
    expect(f.message.vi).toBe(
      "Ô tự chấm của đơn vị STC, tiêu chí 1.1 ghi “8,5” dạng chữ (dấu phẩy thập phân gõ thành chữ); sửa thành số 8,5?",
    );
    expect(f.message.en).toContain("STC");
    expect(f.message.en).toContain("8.5");
    expect(f.fix?.label).toEqual({ vi: "Sửa thành 8,5", en: "Change to 8.5" });
    expect(input.self[row("1.1")][col("STC")]).toBeNull();
  });

  it.each<[unknown, string, number]>([
    ["8.5đ", "unit-suffix", 8.5],
    ["8.5\u00a0", "spaces", 8.5],
    ["８．５", "full-width", 8.5],
    ["9", "text-number", 9],
  ])("offers a fix for %j", (raw, reason, value) => {
    const f = only(withSelf("1.1", "SNV", raw).findings);
    expect(f).toMatchObject({ rule: "cell.text", severity: "error", fix: { value }, data: { reason } });
  });

  it("offers no fix when the number read from the text would itself be wrong (12 of max 10)", () => {
    const f = only(withSelf("1.1", "SNV", "12 điểm").findings);
    expect(f.rule).toBe("cell.text");
    expect(f.fix).toBeUndefined();
    expect(f.data).toMatchObject({ value: 12 });
  });

  it("reports plain words, booleans and dates as text without a fix", () => {
    for (const value of ["tám", true, new Date("2026-03-01T00:00:00Z")]) {
      const f = only(withSelf("1.1", "SNV", value).findings);
      expect(f.rule).toBe("cell.text");
      expect(f.fix).toBeUndefined();
    }
  });

  it("refuses to guess at 1.000", () => {
    const f = only(withSelf("1.1", "SNV", "1.000").findings);
    expect(f).toMatchObject({
      rule: "cell.ambiguous-thousands",
      severity: "error",
      location: { area: "self", unit: "SNV", criterion: "1.1" },
      data: { raw: "1.000", asThousands: 1000, asDecimal: 1 },
    });
    expect(f.fix).toBeUndefined();
  });

  it("reports an Excel error value", () => {
    const { input, findings } = withSelf("1.5", "SYT", "#DIV/0!");
    expect(only(findings)).toMatchObject({
      rule: "cell.excel-error",
      severity: "error",
      location: { area: "self", unit: "SYT", criterion: "1.5" },
      data: { raw: "#DIV/0!" },
    });
    expect(input.self[row("1.5")][col("SYT")]).toBeNull();
  });
});

describe("range and step of manual scores", () => {
  it.each([12, -1, 10.5])("puts %p outside 0..10 out of range, without a fix", (value) => {
    const { input, findings } = withSelf("1.1", "SNV", value);
    const f = only(findings);
    expect(f).toMatchObject({
      rule: "score.out-of-range",
      severity: "error",
      location: { area: "self", unit: "SNV", criterion: "1.1" },
      data: { value, min: 0, max: 10 },
    });
    expect(f.fix).toBeUndefined();
    expect(input.self[row("1.1")][col("SNV")]).toBeNull();
  });

  it("accepts the max itself and values within float noise of the step grid", () => {
    // 0.1 + 0.15 = 0.25000000000000006: on the 0.25 grid within 1e-9.
    expect(withSelf("1.1", "SNV", 10).findings).toEqual([]);
    expect(withSelf("1.1", "SNV", 0.1 + 0.15).findings).toEqual([]);
  });

  it("suggests the nearest step for 8.3 on the 0.25 grid", () => {
    // 8.3 / 0.25 = 33.2 → 33 steps = 8.25
    const f = only(withSelf("1.1", "SNV", 8.3).findings);
    expect(f).toMatchObject({
      rule: "score.off-step",
      severity: "error",
      fix: { value: 8.25 },
      data: { value: 8.3, step: 0.25, fix: 8.25 },
    });
    expect(f.message.vi).toBe(
      "Ô tự chấm của đơn vị SNV, tiêu chí 1.1 ghi 8,3, không theo bước chấm 0,25 điểm; sửa thành 8,25?",
    );
  });

  it("keeps the suggested step inside the range (step 4, max 10: 10 → 8, not 12)", () => {
    // grid points 0, 4, 8; 10 / 4 = 2.5 rounds to 3 → 12 > 10, so the top point 8
    const f = only(withSelf("1.6", "SNV", 10).findings);
    expect(f).toMatchObject({ rule: "score.off-step", fix: { value: 8 } });
  });
});

describe("qual scores", () => {
  it("fixes a loose spelling to the exact label", () => {
    const { input, findings } = withSelf("1.2", "STC", "khong dat");
    expect(only(findings)).toMatchObject({
      rule: "score.qual-label",
      severity: "error",
      location: { area: "self", unit: "STC", criterion: "1.2" },
      fix: { kind: "replace-value", value: "Không đạt" },
    });
    expect(input.self[row("1.2")][col("STC")]).toBeNull();
  });

  it("fixes 1 to Đạt", () => {
    expect(only(withSelf("1.2", "SNV", 1).findings)).toMatchObject({ rule: "score.qual-label", fix: { value: "Đạt" } });
  });

  it("refuses anything that is neither Đạt nor Không đạt", () => {
    const f = only(withSelf("1.2", "SNV", "Tốt").findings);
    expect(f).toMatchObject({ rule: "score.out-of-range", severity: "error", data: { raw: "Tốt" } });
    expect(f.fix).toBeUndefined();
    expect(f.message.vi).toContain("chỉ nhận “Đạt” hoặc “Không đạt”");
  });
});

describe("blank required scores", () => {
  it("reports a blank manual or qual self-score, but not a blank bonus or deduction line", () => {
    const raw = cleanRaw(flat);
    setCell(flat, raw.self as unknown[][], "1.1", "SYT", null);
    setCell(flat, raw.self as unknown[][], "1.2", "SYT", "  ");
    setCell(flat, raw.self as unknown[][], "T.1", "SYT", null);
    const { findings } = validateInputs(raw);
    expect(findings.map((f) => [f.rule, f.severity, f.location])).toEqual([
      ["score.blank-required", "error", { area: "self", unit: "SYT", criterion: "1.1" }],
      ["score.blank-required", "error", { area: "self", unit: "SYT", criterion: "1.2" }],
    ]);
  });

  it("reads a short row as blank", () => {
    const raw = cleanRaw(flat);
    (raw.self as unknown[][])[row("1.6")] = [8];
    const { findings } = validateInputs(raw);
    expect(findings.map((f) => f.location.unit)).toEqual(["STC", "SYT"]);
    expect(findings.every((f) => f.rule === "score.blank-required")).toBe(true);
  });
});

describe("bonus and deduction lines", () => {
  it("refuses a negative bonus and a bonus above its line max", () => {
    expect(only(withSelf("T.1", "STC", -1).findings)).toMatchObject({
      rule: "score.out-of-range",
      data: { value: -1 },
    });
    expect(only(withSelf("T.1", "STC", 3.5).findings)).toMatchObject({
      rule: "score.out-of-range",
      data: { value: 3.5, max: 3 },
    });
  });

  it("offers the negative of a positive deduction", () => {
    const { input, findings } = withSelf("D.1", "STC", 2);
    const f = only(findings);
    expect(f).toMatchObject({
      rule: "score.positive-deduction",
      severity: "error",
      location: { area: "self", unit: "STC", criterion: "D.1" },
      fix: { value: -2 },
      data: { value: 2, fix: -2 },
    });
    expect(f.message.vi).toBe("Ô tự chấm của đơn vị STC, tiêu chí D.1 ghi 2: điểm trừ phải nhập số âm; sửa thành -2?");
    expect(input.self[row("D.1")][col("STC")]).toBeNull();
  });

  it("offers no sign fix when the negative would exceed the line's limit (6 on a 5-point line)", () => {
    const f = only(withSelf("D.1", "STC", 6).findings);
    expect(f.rule).toBe("score.positive-deduction");
    expect(f.fix).toBeUndefined();
  });

  it("refuses a deduction beyond its limit, and allows any size on a line without one", () => {
    expect(only(withSelf("D.1", "STC", -6).findings)).toMatchObject({
      rule: "score.out-of-range",
      data: { value: -6, min: -5, max: 0 },
    });
    expect(withSelf("D.2", "STC", -100).findings).toEqual([]);
  });

  it("reports bonus lines above the cap on the unit's last bonus line and keeps the entries", () => {
    // T.1 3 + T.2 2 = 5 > cap 4
    const raw = cleanRaw(flat);
    setCell(flat, raw.self as unknown[][], "T.1", "SNV", 3);
    setCell(flat, raw.self as unknown[][], "T.2", "SNV", 2);
    const { input, findings } = validateInputs(raw);
    const f = only(findings);
    expect(f).toMatchObject({
      rule: "score.bonus-above-cap",
      severity: "error",
      location: { area: "self", unit: "SNV", criterion: "T.2" },
      data: { sum: 5, cap: 4 },
    });
    expect(f.message.vi).toContain("vượt mức trần 4 điểm");
    expect(input.self[row("T.1")][col("SNV")]).toBe(3);
    expect(input.self[row("T.2")][col("SNV")]).toBe(2);
  });

  it("locates the cap finding on the last non-blank line (T.1 when T.2 is blank)", () => {
    const raw = cleanRaw(flat);
    setCell(flat, raw.self as unknown[][], "T.2", "SNV", null);
    const { findings } = validateInputs({ ...raw, flat: { ...flat, template: { ...flat.template, bonusCap: 1 } } });
    // T.1 = 2 > cap 1
    expect(only(findings)).toMatchObject({
      rule: "score.bonus-above-cap",
      location: { criterion: "T.1" },
      data: { sum: 2, cap: 1 },
    });
  });
});

describe("formula rows", () => {
  it("ignores whatever group and computed rows of the self grid hold", () => {
    const raw = cleanRaw(flat);
    setCell(flat, raw.self as unknown[][], "I", "SNV", "rác");
    setCell(flat, raw.self as unknown[][], "1.3", "SNV", -50);
    setCell(flat, raw.self as unknown[][], "1.4", "SNV", "#REF!");
    expect(validateInputs(raw).findings).toEqual([]);
  });
});

describe("targets, actuals and counts", () => {
  function withData(grid: "target" | "actual", code: string, unit: string, value: unknown) {
    const raw = cleanRaw(flat);
    setCell(flat, raw[grid] as unknown[][], code, unit, value);
    return validateInputs(raw);
  }

  it.each<["target" | "actual", unknown, string]>([
    ["target", null, "data.missing"],
    ["actual", "", "data.missing"],
    ["target", 0, "data.target-not-positive"],
    ["target", -5, "data.target-not-positive"],
    ["actual", -1, "data.actual-negative"],
    ["target", "1.000", "cell.ambiguous-thousands"],
    ["actual", "#N/A", "cell.excel-error"],
  ])("reports %s = %p on a quant row as %s", (grid, value, rule) => {
    const { input, findings } = withData(grid, "1.3", "STC", value);
    expect(only(findings)).toMatchObject({
      rule,
      severity: "error",
      location: { area: grid, unit: "STC", criterion: "1.3" },
    });
    expect(input.data[grid][row("1.3")][col("STC")]).toBeNull();
  });

  it("offers the number for a target typed as text", () => {
    const f = only(withData("target", "1.3", "SNV", "120,5").findings);
    expect(f).toMatchObject({ rule: "cell.text", location: { area: "target" }, fix: { value: 120.5 } });
    expect(f.message.vi).toContain("Ô chỉ tiêu của đơn vị SNV, tiêu chí 1.3");
  });

  it.each<[unknown, string]>([
    [null, "data.count-missing"],
    [-1, "data.count-invalid"],
    [2.5, "data.count-invalid"],
  ])("reports a per_unit count of %p as %s", (value, rule) => {
    const f = only(withData("actual", "1.4", "SYT", value).findings);
    expect(f).toMatchObject({ rule, severity: "error", location: { area: "actual", unit: "SYT", criterion: "1.4" } });
    expect(f.message.vi).toContain("Ô số lượng của đơn vị SYT, tiêu chí 1.4");
  });

  it("does not read data cells of rows that are not quantitative", () => {
    const raw = cleanRaw(flat);
    setCell(flat, raw.target as unknown[][], "1.1", "SNV", "rác");
    setCell(flat, raw.target as unknown[][], "1.4", "SNV", -3);
    expect(validateInputs(raw).findings).toEqual([]);
  });
});

describe("evidence", () => {
  it("warns about a bonus, a deduction and an evidence-required score without evidence", () => {
    const raw = cleanRaw(flat);
    raw.evidence = rawGrid(flat);
    const { findings } = validateInputs(raw);
    // SNV: 1.5 = 5, T.1 = 2, T.2 = 1, D.1 = -1; STC: D.2 = -10; SYT: 1.5 = 2.25. Zero and blank values need none.
    expect(findings.map((f) => [f.rule, f.severity, f.location])).toEqual([
      ["evidence.missing", "warning", { area: "evidence", unit: "SNV", criterion: "1.5" }],
      ["evidence.missing", "warning", { area: "evidence", unit: "SYT", criterion: "1.5" }],
      ["evidence.missing", "warning", { area: "evidence", unit: "SNV", criterion: "T.1" }],
      ["evidence.missing", "warning", { area: "evidence", unit: "SNV", criterion: "T.2" }],
      ["evidence.missing", "warning", { area: "evidence", unit: "SNV", criterion: "D.1" }],
      ["evidence.missing", "warning", { area: "evidence", unit: "STC", criterion: "D.2" }],
    ]);
    expect(findings[2].message.vi).toBe("Đơn vị SNV tự chấm điểm thưởng 2 ở tiêu chí T.1 nhưng chưa có minh chứng.");
  });

  it("does not check evidence when the workbook gave no evidence grid", () => {
    const raw = cleanRaw(flat);
    delete raw.evidence;
    expect(validateInputs(raw).findings).toEqual([]);
  });
});

describe("review layer", () => {
  function withReview(code: string, unit: string, value: unknown, note: unknown = null) {
    const raw = cleanRaw(flat);
    raw.review = setCell(flat, rawGrid(flat), code, unit, value);
    raw.reviewNotes = setCell(flat, rawGrid(flat), code, unit, note);
    return validateInputs(raw);
  }

  it("warns about a changed score without a note", () => {
    const { input, findings } = withReview("1.1", "SNV", 7);
    expect(only(findings)).toMatchObject({
      rule: "review.change-without-note",
      severity: "warning",
      location: { area: "review", unit: "SNV", criterion: "1.1" },
      data: { self: 8.5, review: 7 },
    });
    expect(findings[0].message.vi).toBe(
      "Thẩm định sửa điểm của đơn vị SNV, tiêu chí 1.1 từ 8,5 thành 7 nhưng chưa ghi lý do.",
    );
    expect(input.review?.[row("1.1")][col("SNV")]).toBe(7);
  });

  it("accepts a change with a note, and a review equal to the self-score", () => {
    expect(withReview("1.1", "SNV", 7, "Thiếu minh chứng 2 văn bản").findings).toEqual([]);
    expect(withReview("1.1", "SNV", 8.5).findings).toEqual([]);
  });

  it("range-checks an override of computed points against the row max and asks for its note", () => {
    expect(only(withReview("1.3", "SNV", 25, "ghi chú").findings)).toMatchObject({
      rule: "score.out-of-range",
      location: { area: "review", unit: "SNV", criterion: "1.3" },
      data: { value: 25, max: 20 },
    });
    expect(only(withReview("1.3", "SNV", 15).findings)).toMatchObject({ rule: "review.change-without-note" });
  });

  it("checks review values with the same rules as self-scores", () => {
    expect(only(withReview("1.1", "STC", 8.3, "x").findings)).toMatchObject({
      rule: "score.off-step",
      location: { area: "review", unit: "STC", criterion: "1.1" },
      fix: { value: 8.25 },
    });
  });

  it("reports bonus above cap in the review layer when the review's own entries push it over", () => {
    // review T.1 = 3 with self T.2 = 1 still standing: 3 + 1 = 4 ≤ 4 fine; review T.2 = 2 as well: 3 + 2 = 5 > 4
    const raw = cleanRaw(flat);
    raw.review = setCell(flat, setCell(flat, rawGrid(flat), "T.1", "SNV", 3), "T.2", "SNV", 2);
    const over = validateInputs(raw).findings.filter((f) => f.rule === "score.bonus-above-cap");
    expect(over).toEqual([
      expect.objectContaining({
        location: { area: "review", unit: "SNV", criterion: "T.2" },
        data: { sum: 5, cap: 4 },
      }),
    ]);
    raw.review = setCell(flat, rawGrid(flat), "T.1", "SNV", 3);
    expect(validateInputs(raw).findings.filter((f) => f.rule === "score.bonus-above-cap")).toEqual([]);
  });
});

describe("peer layer", () => {
  it("warns once per rater × ratee when a column has a blank score, and says it is left out", () => {
    const raw = cleanRaw(flat);
    const grid = cleanPeer(flat, "SNV");
    setCell(flat, grid, "1.1", "SYT", null);
    setCell(flat, grid, "1.2", "SYT", null);
    raw.peers = [{ rater: "SNV", grid }];
    const f = only(validateInputs(raw).findings);
    expect(f).toMatchObject({
      rule: "peer.incomplete",
      severity: "warning",
      location: { area: "peer", unit: "SYT", rater: "SNV" },
      data: { missing: 2 },
    });
    expect(f.message.vi).toContain("không được tính vào điểm chấm chéo bình quân");
  });

  it("counts an invalid peer score as missing too, after reporting it", () => {
    const raw = cleanRaw(flat);
    raw.peers = [{ rater: "SNV", grid: setCell(flat, cleanPeer(flat, "SNV"), "1.1", "STC", 12) }];
    const { findings } = validateInputs(raw);
    expect(findings.map((f) => [f.rule, f.location])).toEqual([
      ["score.out-of-range", { area: "peer", unit: "STC", rater: "SNV", criterion: "1.1" }],
      ["peer.incomplete", { area: "peer", unit: "STC", rater: "SNV" }],
    ]);
  });

  it("ignores a rater's scores of itself, with one warning", () => {
    const raw = cleanRaw(flat);
    const grid = cleanPeer(flat, "STC");
    setCell(flat, grid, "1.1", "STC", 10);
    setCell(flat, grid, "1.5", "STC", 5);
    raw.peers = [{ rater: "STC", grid }];
    const { input, findings } = validateInputs(raw);
    expect(only(findings)).toMatchObject({
      rule: "peer.self-rating",
      severity: "warning",
      location: { area: "peer", unit: "STC", rater: "STC", criterion: "1.1" },
      data: { cells: 2 },
    });
    expect(input.peers?.[0].grid[row("1.1")][col("STC")]).toBeNull();
  });

  it("asks a rater only for the units of its own cluster, and ignores entries for another cluster with one warning", () => {
    // SNV and STC in Khối 1, SYT moved to Khối 2: SNV scores STC only.
    const raw = cleanRaw(flat);
    raw.units = raw.units.map((u) => (u.code === "SYT" ? { ...u, cluster: "Khối 2" } : u));
    const blank = cleanPeer(flat, "SNV");
    for (const code of ["1.1", "1.2", "1.5", "1.6", "T.1"]) setCell(flat, blank, code, "SYT", null);
    raw.peers = [{ rater: "SNV", grid: blank }];
    // SYT's column left empty: nothing to say (no peer.incomplete for a unit SNV does not score).
    expect(validateInputs(raw).findings).toEqual([]);
    // SYT's column filled (the clean grid): not counted, one warning naming the first such cell.
    raw.peers = [{ rater: "SNV", grid: cleanPeer(flat, "SNV") }];
    const { input, findings } = validateInputs(raw);
    expect(only(findings)).toMatchObject({
      rule: "peer.other-cluster",
      severity: "warning",
      location: { area: "peer", unit: "SYT", rater: "SNV", criterion: "1.1" },
    });
    // 1.1, 1.2, 1.5, 1.6 and T.1 of SYT: five cells.
    expect(findings[0].message.vi).toMatch(/^Bảng chấm chéo của đơn vị SNV có 5 ô chấm cho đơn vị ngoài cụm\/khối/);
    expect(input.peers?.[0].grid[row("1.1")]).toEqual([null, 7, null]);
  });

  it("warns about a peer grid whose rater is not a unit", () => {
    const raw = cleanRaw(flat);
    raw.peers = [{ rater: "XYZ", grid: cleanPeer(flat, "SNV") }];
    expect(validateInputs(raw).findings.map((f) => f.rule)).toContain("peer.unknown-rater");
  });
});

describe("findings per rule are capped", () => {
  it("keeps the first findings of a rule and summarises the rest in one finding", () => {
    const raw = cleanRaw(flat);
    raw.self = rawGrid(flat); // every manual/qual self cell blank: 4 rows × 3 units = 12
    const { findings } = validateInputs(raw, { maxFindingsPerRule: 5 });
    const blanks = findings.filter((f) => f.rule === "score.blank-required");
    expect(blanks).toHaveLength(6);
    expect(blanks[5]).toMatchObject({
      severity: "error",
      location: { area: "self" },
      data: { truncated: true, omitted: 7 },
    });
    expect(blanks[5].message.vi).toContain("Còn 7 trường hợp cùng loại");
  });
});

describe("validateInputs never throws", () => {
  const anyGrid = fc.oneof(
    fc.array(fc.array(fc.anything(), { maxLength: 5 }), { maxLength: 14 }),
    fc.array(fc.anything()),
  );
  it("on arbitrary cell values in every grid", () => {
    fc.assert(
      fc.property(
        anyGrid,
        anyGrid,
        anyGrid,
        anyGrid,
        anyGrid,
        anyGrid,
        anyGrid,
        (self, target, actual, review, evidence, notes, peer) => {
          const raw = cleanRaw(flat);
          const result = validateInputs({
            ...raw,
            self: self as unknown[][],
            target: target as unknown[][],
            actual: actual as unknown[][],
            review: review as unknown[][],
            evidence: evidence as unknown[][],
            reviewNotes: notes as unknown[][],
            peers: [{ rater: "SNV", grid: peer as unknown[][] }],
          });
          expect(result.input.self).toHaveLength(flat.rows.length);
          for (const values of result.input.self)
            for (const v of values) expect(v === null || Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
