// One glossary: the history sheet offers the award labels the glossary writes, and the history reader takes them
// back; every award, grade, layer and language has its words in both languages.

import { parseHistory } from "../../../src/core/fairness/rotation";
import { AWARD_TERMS, GRADE_TERMS, LANGUAGE_TERMS, LAYER_TERMS } from "../../../src/core/messages/glossary";
import { HISTORY_AWARD_LABELS } from "../../../src/workbook/plan/inject/tableSheets";

describe("the glossary", () => {
  it("names the two awards as the decree does", () => {
    expect(AWARD_TERMS["co-thi-dua"].short).toEqual({ vi: "Cờ thi đua", en: "Emulation flag" });
    expect(AWARD_TERMS["bang-khen"].short).toEqual({ vi: "Bằng khen", en: "Certificate of merit" });
  });

  it("spells out every grade abbreviation", () => {
    expect(Object.fromEntries(Object.entries(GRADE_TERMS).map(([g, t]) => [g, t.full.vi]))).toEqual({
      HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
      HTTNV: "Hoàn thành tốt nhiệm vụ",
      HTNV: "Hoàn thành nhiệm vụ",
      KHTNV: "Không hoàn thành nhiệm vụ",
    });
  });

  it("has words in both languages for every term", () => {
    const terms = [AWARD_TERMS, GRADE_TERMS, LAYER_TERMS, LANGUAGE_TERMS].flatMap((set) => Object.values(set));
    for (const term of terms) {
      for (const form of [term.short, term.full, term.inText]) {
        expect(form.vi.trim()).not.toBe("");
        expect(form.en.trim()).not.toBe("");
      }
    }
  });

  it("is what the history sheet offers and what the history reader takes back", () => {
    expect(HISTORY_AWARD_LABELS).toEqual(["Cờ thi đua", "Bằng khen"]);
    const read = parseHistory([
      [2025, "A1", 1, HISTORY_AWARD_LABELS[0]],
      [2025, "A2", 2, HISTORY_AWARD_LABELS[1]],
    ]);
    expect(read.findings).toEqual([]);
    expect(read.rows.map((r) => r.award)).toEqual(["co-thi-dua", "bang-khen"]);
  });
});
