// The product's words, each written once in both languages (domain.md "Glossary"): awards, grades, score layers and
// the languages themselves. Core's messages, the workbook's labels and tables, the task pane and the command line
// take them from here, so that "Bằng khen" reads the same on every sheet and screen.

import type { Award, Grade } from "../model/gradeTypes";
import type { LayerId } from "../model/gridTypes";
import type { Lang } from "../settings/settingsTypes";
import type { Bilingual, MessageDef } from "./messageTypes";

export interface Term {
  /** As a label, a column head or a list entry: "Cờ thi đua" / "Emulation flag", "Tự chấm" / "Self". */
  short: Bilingual;
  /** Spelt out, as a document writes it once: "Hoàn thành xuất sắc nhiệm vụ" / "Completed tasks excellently". */
  full: Bilingual;
  /** Inside a sentence: "tự chấm" / "self"; names of awards keep their capitals in Vietnamese. */
  inText: Bilingual;
}

export const AWARD_TERMS: Readonly<Record<Award, Term>> = {
  "co-thi-dua": {
    short: { vi: "Cờ thi đua", en: "Emulation flag" },
    full: { vi: "Cờ thi đua của Ủy ban nhân dân tỉnh", en: "Emulation flag of the Provincial People's Committee" },
    inText: { vi: "Cờ thi đua", en: "emulation flag" },
  },
  "bang-khen": {
    short: { vi: "Bằng khen", en: "Certificate of merit" },
    full: {
      vi: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      en: "Certificate of merit of the Chairman of the Provincial People's Committee",
    },
    inText: { vi: "Bằng khen", en: "certificate of merit" },
  },
};

/** The abbreviations stay as they are in both languages: they are the decree's own. */
export const GRADE_TERMS: Readonly<Record<Grade, Term>> = {
  HTXSNV: {
    short: { vi: "HTXSNV", en: "HTXSNV" },
    full: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Completed tasks excellently" },
    inText: { vi: "hoàn thành xuất sắc nhiệm vụ", en: "completed tasks excellently" },
  },
  HTTNV: {
    short: { vi: "HTTNV", en: "HTTNV" },
    full: { vi: "Hoàn thành tốt nhiệm vụ", en: "Completed tasks well" },
    inText: { vi: "hoàn thành tốt nhiệm vụ", en: "completed tasks well" },
  },
  HTNV: {
    short: { vi: "HTNV", en: "HTNV" },
    full: { vi: "Hoàn thành nhiệm vụ", en: "Completed tasks" },
    inText: { vi: "hoàn thành nhiệm vụ", en: "completed tasks" },
  },
  KHTNV: {
    short: { vi: "KHTNV", en: "KHTNV" },
    full: { vi: "Không hoàn thành nhiệm vụ", en: "Did not complete tasks" },
    inText: { vi: "không hoàn thành nhiệm vụ", en: "did not complete tasks" },
  },
};

export const LAYER_TERMS: Readonly<Record<LayerId, Term>> = {
  self: {
    short: { vi: "Tự chấm", en: "Self" },
    full: { vi: "Điểm tự chấm", en: "Self score" },
    inText: { vi: "tự chấm", en: "self" },
  },
  peer: {
    short: { vi: "Chấm chéo", en: "Peer" },
    full: { vi: "Điểm chấm chéo", en: "Peer score" },
    inText: { vi: "chấm chéo", en: "peer" },
  },
  review: {
    short: { vi: "Thẩm định", en: "Review" },
    full: { vi: "Điểm thẩm định", en: "Review score" },
    inText: { vi: "thẩm định", en: "review" },
  },
};

export const LANGUAGE_TERMS: Readonly<Record<Lang, Term>> = {
  vi: {
    short: { vi: "Tiếng Việt", en: "Vietnamese" },
    full: { vi: "Tiếng Việt", en: "Vietnamese" },
    inText: { vi: "tiếng Việt", en: "Vietnamese" },
  },
  en: {
    short: { vi: "Tiếng Anh", en: "English" },
    full: { vi: "Tiếng Anh", en: "English" },
    inText: { vi: "tiếng Anh", en: "English" },
  },
};

/** A term as a catalogue message, for screens and sheets that render every text through one. */
export function termMessage(text: Bilingual): MessageDef<Record<string, never>> {
  return { vi: () => text.vi, en: () => text.en };
}
