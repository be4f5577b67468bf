// The round trip's cast for tests on any host: a master of the tiny template (units A1, A2 in Cụm 1, B1 in Cụm 2),
// the targets the secretariat enters in the master, and what each unit types into its form, cell by cell, as a
// person would (addresses worked out by hand from the form layout: one unit column E; self grid rows 5–18 = flat
// rows 0–13; data targets rows 6–19, actuals 21–34). Units report actuals only: targets come locked in the form.

import type { CellValue } from "../../../src/workbook/plan/planTypes";

export const MASTER_OPTIONS = {
  mode: "review" as const,
  period: "2026",
  clusterTitle: "Cụm thi đua số 1",
  lang: "vi" as const,
  fileName: "Tong hop.xlsx",
};

export const INJECTED_AT = "2026-03-01T08:00:00.000Z";
export const FORMS_AT = "2026-03-02T08:00:00.000Z";
export const FIRST_COLLECT_AT = "2026-03-20T09:00:00.000Z";
export const SECOND_COLLECT_AT = "2026-03-25T10:30:00.000Z";

export type Typing = { sheet: string; cell: string; value: CellValue }[];

/** The secretariat's targets for A1 (master column E, the same rows as in a form): 1.3, 1.4 and 2.1. */
export const A1_TARGETS: Typing = [
  { sheet: "Số liệu", cell: "E9", value: 100 }, // 1.3 target
  { sheet: "Số liệu", cell: "E10", value: 10 }, // 1.4 target
  { sheet: "Số liệu", cell: "E12", value: 50 }, // 2.1 target
];

/** A1's first return: scores, actuals and evidence of a careful unit. */
export const A1_FIRST: Typing = [
  { sheet: "Tự chấm", cell: "E6", value: 8 }, // 1.1 manual
  { sheet: "Tự chấm", cell: "E7", value: "Đạt" }, // 1.2 qual
  { sheet: "Tự chấm", cell: "E14", value: 1 }, // B.1 bonus
  { sheet: "Tự chấm", cell: "E17", value: -1 }, // D.1 deduction
  { sheet: "Số liệu", cell: "E24", value: 90 }, // 1.3 actual
  { sheet: "Số liệu", cell: "E25", value: 5 }, // 1.4 actual
  { sheet: "Số liệu", cell: "E27", value: 60 }, // 2.1 actual
  { sheet: "Số liệu", cell: "E28", value: 3 }, // 2.2 count
  { sheet: "Minh chứng", cell: "E14", value: "QĐ 12/QĐ-UBND" },
  { sheet: "Minh chứng", cell: "E17", value: "Biên bản 3" },
];

/** A1 sends its form again: 1.1 raised to 9, the bonus evidence now a text that looks like a formula. */
export const A1_SECOND: Typing = [
  ...A1_FIRST.filter(
    (t) => !(t.sheet === "Tự chấm" && t.cell === "E6") && !(t.sheet === "Minh chứng" && t.cell === "E14"),
  ),
  { sheet: "Tự chấm", cell: "E6", value: 9 },
  { sheet: "Minh chứng", cell: "E14", value: '=HYPERLINK("http://x")' },
];

/** A1 lowers its own target of 1.3 from 100 to 60 (the sheet unprotected), so that its 90 beats it. */
export const A1_LOWER_TARGET: Typing = [...A1_FIRST, { sheet: "Số liệu", cell: "E9", value: 60 }];

/** A1 sends its form again with 1.1 left blank: the master's 8 must stay. */
export const A1_BLANK: Typing = [
  ...A1_FIRST.filter((t) => !(t.sheet === "Tự chấm" && t.cell === "E6")),
  { sheet: "Tự chấm", cell: "E6", value: null },
];

/** A2 types 8,5 with a decimal comma as text (a machine set to English); everything else is in order. */
export const A2_COMMA: Typing = [
  { sheet: "Tự chấm", cell: "E6", value: "8,5" },
  { sheet: "Tự chấm", cell: "E7", value: "Đạt" },
  { sheet: "Số liệu", cell: "E24", value: 80 },
  { sheet: "Số liệu", cell: "E25", value: 4 },
  { sheet: "Số liệu", cell: "E27", value: 40 },
  { sheet: "Số liệu", cell: "E28", value: 2 },
];

/** B1 unprotects the criteria sheet and doubles the maximum of 1.1 (Tiêu chí row 4, column F = max). */
export const B1_CHANGED_MAX: Typing = [
  { sheet: "Tự chấm", cell: "E6", value: 20 },
  { sheet: "Tiêu chí", cell: "F4", value: 20 },
];
