// The reasons printed beside a unit's result (Ghi chú): why its grade is below what its total reaches, and why an
// award inside its cut-off is not proposed, in the words of an office's results table.

import type { Award, Grade } from "../model/gradeTypes";
import { AWARD_TERMS } from "./glossary";
import { defineMessages } from "./messageTypes";

type Subject = "unit" | "person";
const SUBJECT_VI: Record<Subject, string> = { unit: "Đơn vị", person: "Cá nhân" };

/** "Cờ thi đua, Bằng khen" / "emulation flag, certificate of merit": the awards a note concerns. */
const awardsVi = (awards: readonly Award[]) => awards.map((a) => AWARD_TERMS[a].inText.vi).join(", ");
const awardsEn = (awards: readonly Award[]) => awards.map((a) => AWARD_TERMS[a].inText.en).join(" or ");

interface FloorParams {
  reached: Grade;
  grade: Grade;
  /** The floor as a percentage, already written in the language ("85"). */
  floor: string;
  count: number;
  /** "I.3 (8,25/10 điểm)" for one criterion, "I.2 (7/10), III.2 (0/4)" for several, already written. */
  list: string;
  more: number;
  [key: string]: string | number;
}

export const resultNoteMessages = defineMessages({
  gradeUnderFloor: {
    vi: (p: FloorParams) =>
      `Tổng điểm đạt mức ${p.reached} nhưng ` +
      (p.count === 1
        ? `tiêu chí ${p.list} dưới mức sàn ${p.floor} %`
        : `${p.count} tiêu chí dưới mức sàn ${p.floor} %: ${p.list}${p.more ? ` và ${p.more} tiêu chí khác` : ""}`) +
      `; xếp loại ${p.grade}.`,
    en: (p: FloorParams) =>
      `The total reaches ${p.reached} but ` +
      (p.count === 1
        ? `criterion ${p.list} is below the ${p.floor} % floor`
        : `${p.count} criteria are below the ${p.floor} % floor: ${p.list}${p.more ? ` and ${p.more} more` : ""}`) +
      `; graded ${p.grade}.`,
  },
  /** A criterion with its points, as the floor note lists it. */
  criterionPoints: {
    vi: (p: { code: string; points: string; max: string }) => `${p.code} (${p.points}/${p.max} điểm)`,
    en: (p: { code: string; points: string; max: string }) => `${p.code} (${p.points} of ${p.max} points)`,
  },
  gradeNotEligible: {
    vi: (p: { reached: Grade; subject: Subject }) =>
      `${SUBJECT_VI[p.subject]} không đủ điều kiện xét khen thưởng: xếp loại không quá HTNV (tổng điểm đạt mức ${p.reached}).`,
    en: (p: { reached: Grade; subject: Subject }) =>
      `The ${p.subject} is not eligible for awards: graded at most HTNV (the total reaches ${p.reached}).`,
  },
  gradeDisciplined: {
    vi: (p: { reached: Grade }) =>
      `Bị kỷ luật trong kỳ đánh giá: xếp loại KHTNV (tổng điểm đạt mức ${p.reached}; Nghị định 335/2025/NĐ-CP).`,
    en: (p: { reached: Grade }) =>
      `Disciplined in the period: graded KHTNV (the total reaches ${p.reached}; Decree 335/2025/NĐ-CP).`,
  },
  awardGrade: {
    vi: (p: { rank: number; grade: Grade; awards: readonly Award[] }) =>
      `${p.rank === 1 ? "Xếp hạng 1 nhưng xếp loại" : "Xếp loại"} ${p.grade}, chưa đạt HTXSNV: ` +
      `không đề nghị ${awardsVi(p.awards)}.`,
    en: (p: { rank: number; grade: Grade; awards: readonly Award[] }) =>
      `${p.rank === 1 ? "Ranked 1 but graded" : "Graded"} ${p.grade}, not HTXSNV: no ${awardsEn(p.awards)} proposed.`,
  },
  awardNotEligible: {
    vi: (p: { awards: readonly Award[] }) => `Không đủ điều kiện xét khen thưởng: không đề nghị ${awardsVi(p.awards)}.`,
    en: (p: { awards: readonly Award[] }) => `Not eligible for awards: no ${awardsEn(p.awards)} proposed.`,
  },
  awardTie: {
    vi: (p: { awards: readonly Award[] }) =>
      `Bằng điểm tại ngưỡng đề nghị ${awardsVi(p.awards)}: chưa đề nghị, Hội đồng xem xét, quyết định.`,
    en: (p: { awards: readonly Award[] }) =>
      `Tied at the ${awardsEn(p.awards)} cut-off: not proposed, for the council to decide.`,
  },
});
