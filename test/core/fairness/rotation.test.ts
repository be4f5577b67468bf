import { checkRotation, parseHistory, type HistoryRow } from "../../../src/core/fairness/rotation";
import type { Award } from "../../../src/core/model/gradeTypes";
import { settings, unit } from "./fixtures/fairnessFixtures";

const s = settings();
const three = [unit("A"), unit("B"), unit("C")];

/** History rows from [year, unit, rank, award] tuples. */
function history(rows: [number, string, number, Award | null][]): HistoryRow[] {
  return rows.map(([year, u, rank, award], row) => ({ row, year, unit: u, rank, award }));
}

/** Each year: the flag to `flagged` at rank 1, the other units ranked after it without an award. */
function flags(units: string[], sequence: [number, string][]): HistoryRow[] {
  const rows: [number, string, number, Award | null][] = [];
  for (const [year, flagged] of sequence) {
    rows.push([year, flagged, 1, "co-thi-dua"]);
    units.filter((u) => u !== flagged).forEach((u, i) => rows.push([year, u, i + 2, null]));
  }
  return history(rows);
}

describe("reading the history sheet", () => {
  it("reads years, units, ranks and awards by label or id, skipping a header and blank rows", () => {
    const { rows, findings } = parseHistory([
      ["Năm", "Đơn vị", "Xếp hạng", "Khen thưởng"],
      [2023, "A", 1, "Cờ thi đua"],
      ["2023", " B ", "2", "  bằng  khen "],
      [null, "", null, ""],
      [2024, "A", 2, "co-thi-dua"],
      [2024, "B", 1, "bang-khen"],
      [2024, "C", 3, null],
    ]);
    expect(findings).toEqual([]);
    expect(rows).toEqual([
      { row: 1, year: 2023, unit: "A", rank: 1, award: "co-thi-dua" },
      { row: 2, year: 2023, unit: "B", rank: 2, award: "bang-khen" },
      { row: 4, year: 2024, unit: "A", rank: 2, award: "co-thi-dua" },
      { row: 5, year: 2024, unit: "B", rank: 1, award: "bang-khen" },
      { row: 6, year: 2024, unit: "C", rank: 3, award: null },
    ]);
  });

  it("reports bad years, missing units, bad ranks, unknown awards and duplicates, and leaves those rows out", () => {
    const { rows, findings } = parseHistory([
      [2023, "A", 1, null],
      ["năm ngoái", "B", 1, null],
      [2023, "", 2, null],
      [2023, "C", 0, null],
      [2023, "D", 1.5, null],
      [2023, "E", 3, "Giấy khen"],
      [2023, "A", 4, null],
    ]);
    expect(rows.map((r) => r.row)).toEqual([0]);
    expect(findings.map((f) => [f.rule, f.location.row, f.severity])).toEqual([
      ["history.bad-year", 1, "error"],
      ["history.missing-unit", 2, "error"],
      ["history.bad-rank", 3, "error"],
      ["history.bad-rank", 4, "error"],
      ["history.bad-award", 5, "error"],
      ["history.duplicate", 6, "error"],
    ]);
    expect(findings[0].message.vi).toBe('Dòng 2 của bảng Lịch sử: năm "năm ngoái" không phải là một năm (ví dụ 2024).');
    expect(findings[5].message.en).toBe(
      "Row 7 of the history table: A in 2023 is already on row 1; this row is ignored.",
    );
  });
});

describe("rotation", () => {
  it("warns when three units of a cluster took the flag in turn over three years", () => {
    const findings = checkRotation(
      flags(
        ["A", "B", "C"],
        [
          [2022, "A"],
          [2023, "B"],
          [2024, "C"],
        ],
      ),
      three,
      s,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "rotation.taking-turns",
      severity: "warning",
      data: { cluster: "Cụm 1", years: 3, from: 2022, to: 2024, units: "A, B, C", period: null },
    });
    expect(findings[0].message.vi).toBe(
      "Cụm/khối Cụm 1: có dấu hiệu luân phiên. Trong 3 năm gần nhất, Cờ thi đua lần lượt về Đơn vị A (2022), " +
        "Đơn vị B (2023), Đơn vị C (2024): mỗi năm một đơn vị khác nhau, cho đến khi mọi đơn vị trong cụm đều đã " +
        "được nhận.",
    );
  });

  it("does not warn when the same unit kept the flag two years running", () => {
    const sequence: [number, string][] = [
      [2022, "A"],
      [2023, "A"],
      [2024, "B"],
    ];
    expect(checkRotation(flags(["A", "B", "C"], sequence), three, s)).toEqual([]);
  });

  it("does not warn when three different winners leave other units of a larger cluster without a flag", () => {
    const five = [...three, unit("D"), unit("E")];
    const sequence: [number, string][] = [
      [2022, "A"],
      [2023, "B"],
      [2024, "C"],
    ];
    expect(checkRotation(flags(["A", "B", "C", "D", "E"], sequence), five, s)).toEqual([]);
  });

  it("warns when two units of a larger cluster alternate, a round repeating with period two", () => {
    const five = [...three, unit("D"), unit("E")];
    const sequence: [number, string][] = [
      [2021, "C"],
      [2022, "A"],
      [2023, "B"],
      [2024, "A"],
      [2025, "B"],
    ];
    const findings = checkRotation(flags(["A", "B", "C", "D", "E"], sequence), five, s);
    // The longest repeating window is A B A B (2022–2025); C in 2021 breaks the round.
    expect(findings.map((f) => f.data)).toEqual([
      { cluster: "Cụm 1", years: 4, from: 2022, to: 2025, units: "A, B, A, B", period: 2 },
    ]);
    expect(findings[0].message.en).toContain("2 units take it in a repeating round");
  });

  it("does not warn on fewer years than the setting asks for", () => {
    const sequence: [number, string][] = [
      [2023, "A"],
      [2024, "B"],
    ];
    expect(checkRotation(flags(["A", "B"], sequence), [unit("A"), unit("B")], s)).toEqual([]);
  });

  it("reports a flag recorded for a unit not ranked 1 as an error", () => {
    const findings = checkRotation(
      history([
        [2024, "A", 1, "bang-khen"],
        [2024, "B", 2, "co-thi-dua"],
      ]),
      three,
      s,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "rotation.flag-not-rank-1",
      severity: "error",
      location: { area: "history", row: 1, unit: "B", field: "award" },
    });
    expect(findings[0].message.vi).toBe(
      "Năm 2024: Cờ thi đua ghi cho Đơn vị B, xếp hạng 2; Cờ thi đua chỉ dành cho đơn vị xếp hạng 1.",
    );
  });
});
