// The reasons printed beside a result (Ghi chú): a grade below what the total reaches names the criteria under the
// floor or the unit's ineligibility; an award inside the cut-off that is not proposed says why.

import { computeResults } from "../../../src/core/ranking/computeResults";
import { notesText, resultNotes } from "../../../src/core/ranking/resultNotes";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { gridOf, hundredPointTable, unit } from "./fixtures/rankingFixtures";

// Content max 100: 1.1/30, 1.2/20, 2.1/20, 2.2 qual/20, 3.1/10. Defaults: HTXSNV ≥ 90 % (floor 85 %), HTTNV ≥ 80 %.
const ft = hundredPointTable();
const settings = resolveSettings({});

function run(units: ReturnType<typeof unit>[], self: Record<string, number[]>) {
  const input = {
    flat: ft,
    units,
    settings,
    data: { target: gridOf(ft, units.length, {}), actual: gridOf(ft, units.length, {}) },
    self: gridOf(ft, units.length, self),
  };
  const result = computeResults(input);
  return { result, notes: resultNotes(result, ft, settings) };
}

describe("the notes a results table prints beside a unit", () => {
  // A: 24 + 20 + 18 + 20 + 10 = 92 (HTXSNV by total), 1.1 = 24/30 = 80 % < 85 % ⇒ HTTNV, ranked 1.
  // B: 24 + 18 + 17 + 20 + 8 = 87 ⇒ HTTNV by total, every criterion ≥ 80 %: no grade note; ranked 2, inside the
  // certificate cut-off (at least one certificate) but not HTXSNV.
  const { result, notes } = run([unit("A"), unit("B")], {
    "1.1": [24, 24],
    "1.2": [20, 18],
    "2.1": [18, 17],
    "2.2": [1, 1],
    "3.1": [10, 8],
  });

  it("names the criterion under the floor of the grade the total reached", () => {
    expect(result.units[0].grade).toBe("HTTNV");
    expect(notes[0].grade!.vi).toBe(
      "Tổng điểm đạt mức HTXSNV nhưng tiêu chí 1.1 (24/30 điểm) dưới mức sàn 85 %; xếp loại HTTNV.",
    );
    expect(notes[0].grade!.en).toBe(
      "The total reaches HTXSNV but criterion 1.1 (24 of 30 points) is below the 85 % floor; graded HTTNV.",
    );
    expect(notes[1].grade).toBeNull();
  });

  it("says why the first-ranked unit gets no emulation flag", () => {
    expect(result.units[0].rank).toBe(1);
    expect(result.units[0].award).toBeNull();
    expect(notes[0].award!.vi).toMatch(/^Xếp hạng 1 nhưng xếp loại HTTNV, chưa đạt HTXSNV: không đề nghị Cờ thi đua/);
  });

  it("says why the next unit gets no certificate of merit", () => {
    expect(result.units[1].rank).toBe(2);
    expect(notes[1].award!.vi).toBe("Xếp loại HTTNV, chưa đạt HTXSNV: không đề nghị Bằng khen.");
    expect(notes[1].award!.en).toBe("Graded HTTNV, not HTXSNV: no certificate of merit proposed.");
  });

  it("prints a unit's reasons one a line", () => {
    expect(notesText(notes[0], "vi").split("\n")).toHaveLength(2);
    expect(notesText(notes[1], "vi")).toBe("Xếp loại HTTNV, chưa đạt HTXSNV: không đề nghị Bằng khen.");
  });

  it("says a disqualified unit is not eligible, whatever its total", () => {
    // C: 28 + 20 + 20 + 20 + 10 = 98 ⇒ HTXSNV by total, but disqualified ⇒ at most HTNV.
    const out = run([unit("C", { disqualified: true }), unit("D")], {
      "1.1": [28, 20],
      "1.2": [20, 15],
      "2.1": [20, 15],
      "2.2": [1, 1],
      "3.1": [10, 5],
    });
    expect(out.notes[0].grade!.vi).toBe(
      "Đơn vị không đủ điều kiện xét khen thưởng: xếp loại không quá HTNV (tổng điểm đạt mức HTXSNV).",
    );
    expect(out.notes[0].award?.vi ?? "").toMatch(/^(Không đủ điều kiện xét khen thưởng: không đề nghị Cờ thi đua|)/);
  });
});
