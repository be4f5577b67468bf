// The sheet labels that name who is scored, in a person's words (cá nhân, họ và tên) for templates whose subjects
// are persons (template.subject "person", e.g. ca-nhan-thang); sheetLabels() gives the set a workbook uses.

import { defineMessages, type MessageDef } from "../../core/messages/messageTypes";
import type { FlatTemplate } from "../../core/template/flattenTemplate";
import { sheetLabelMessages } from "./sheetLabelMessages";

type Titled = { suffix: string };
type Rater = { code: string; name: string; suffix: string };

export const personLabelMessages = defineMessages({
  unitsTitle: { vi: () => "DANH SÁCH CÁ NHÂN", en: () => "PERSONS EVALUATED" },
  unitCode: { vi: () => "Mã cá nhân", en: () => "Person code" },
  unitName: { vi: () => "Họ và tên", en: () => "Full name" },
  disqualified: {
    vi: () => "Bị kỷ luật trong kỳ (xếp loại KHTNV)",
    en: () => "Disciplined in the period (graded KHTNV)",
  },
  rater: { vi: () => "Người chấm", en: () => "Rater" },
  ratedCount: { vi: () => "Số người đã chấm đủ", en: () => "Persons scored completely" },
  ratersCount: { vi: () => "Số người chấm đủ", en: () => "Complete raters" },
  peerTitle: {
    vi: (p: Rater) => `CHẤM CHÉO — NGƯỜI CHẤM: ${p.code} – ${p.name}${p.suffix}`,
    en: (p: Rater) => `PEER SCORES — RATER: ${p.code} – ${p.name}${p.suffix}`,
  },
  peerMatrixTitle: {
    vi: (p: Titled) => `TỔNG HỢP CHẤM CHÉO (DÒNG: NGƯỜI CHẤM, CỘT: NGƯỜI ĐƯỢC CHẤM)${p.suffix}`,
    en: (p: Titled) => `PEER MATRIX (ROWS: RATERS, COLUMNS: RATEES)${p.suffix}`,
  },
}) satisfies Partial<Record<keyof typeof sheetLabelMessages, MessageDef<never>>>;

/** Whom a template scores, as the labels need it. */
export type Subject = "unit" | "person";

export function subjectOf(flat: FlatTemplate): Subject {
  return flat.template.subject === "person" ? "person" : "unit";
}

/** The sheet labels of a workbook scoring `subject`: a unit's, with a person's words where they differ. */
export function sheetLabels(subject: Subject): typeof sheetLabelMessages {
  return subject === "person" ? { ...sheetLabelMessages, ...personLabelMessages } : sheetLabelMessages;
}
