// Grades (xếp loại) and award proposals.

/** Completed tasks excellently / well / completed / not completed. */
export type Grade = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
export const GRADES_BEST_FIRST: readonly Grade[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** Cờ thi đua (emulation flag) or Bằng khen (certificate of merit). */
export type Award = "co-thi-dua" | "bang-khen";
