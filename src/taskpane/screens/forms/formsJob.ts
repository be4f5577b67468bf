// The one job the Forms screen runs at a time (making, opening, collecting or rolling up: each writes the workbook
// or opens windows, so two must never overlap), and which section started it, to show its progress there.
import type { Report } from "./xlsxFiles";

export type FormsSection = "out" | "in" | "rollup";

export type RunJob = (section: FormsSection, job: (report: Report) => Promise<void>) => void;
