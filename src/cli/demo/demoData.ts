// The demo's fixed data: a block of provincial departments (names after the 2025 reorganisation), how strong
// each one is, and the documents its evidence and the leader's review notes cite. Workbook content, not UI text.

import type { Unit } from "../../core/model/unitTypes";

export const DEMO_TEMPLATE_ID = "khoi-so-nganh";
export const DEMO_PERIOD = "2025";
export const DEMO_CLUSTER = "Khối các sở, ngành tỉnh";
export const DEMO_CLUSTER_TITLE = {
  vi: "Khối thi đua các sở, ban, ngành tỉnh Lào Cai",
  en: "Emulation block of the provincial departments, Lào Cai",
};

export interface DemoUnit extends Unit {
  /** Typical share of max the department scores itself. */
  strength: number;
}

const unit = (code: string, name: string, strength: number, priority = false): DemoUnit => ({
  code,
  name,
  cluster: DEMO_CLUSTER,
  priority,
  disqualified: false,
  strength,
});

export const DEMO_UNITS: readonly DemoUnit[] = [
  unit("STC", "Sở Tài chính", 0.95),
  unit("SNV", "Sở Nội vụ", 0.93),
  unit("SYT", "Sở Y tế", 0.9, true),
  unit("SGDDT", "Sở Giáo dục và Đào tạo", 0.94, true),
  unit("SXD", "Sở Xây dựng", 0.88),
  unit("SNNMT", "Sở Nông nghiệp và Môi trường", 0.86),
  unit("SKHCN", "Sở Khoa học và Công nghệ", 0.91),
  unit("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", 0.84),
  unit("SCT", "Sở Công Thương", 0.87),
  unit("STP", "Sở Tư pháp", 0.89),
];

/** The two departments whose totals tie; the first is ahead on group I, so the tie-break chain decides. */
export const DEMO_TIE = { ahead: "SXD", behind: "SCT" } as const;
/** The one department with a bonus, and the one with a deduction. */
export const DEMO_BONUS = { unit: "SGDDT", criterion: "B.1", points: 2 } as const;
export const DEMO_DEDUCTION = { unit: "SNNMT", criterion: "D.2", points: -1 } as const;
/** The leader's review: a few criteria of a few departments, each with its note. */
export const DEMO_REVIEW: readonly { unit: string; criterion: string; delta: number }[] = [
  { unit: "SNV", criterion: "I.3", delta: -1 },
  { unit: "SNV", criterion: "II.3", delta: -0.5 },
  { unit: "SVHTTDL", criterion: "I.2", delta: -1.5 },
  { unit: "SKHCN", criterion: "V.2", delta: -0.5 },
];

export const DEMO_TEXTS = {
  qualEvidence: (code: string) => `Quyết định xếp loại tổ chức đảng, đoàn thể năm 2025 (${code})`,
  pactEvidence: (code: string) => `Kế hoạch phát động và bản đăng ký thi đua năm 2025 (${code})`,
  bonusEvidence: "Quyết định số 1520/QĐ-TTg ngày 10/12/2025 tặng Bằng khen của Thủ tướng Chính phủ",
  deductionEvidence: "Công văn số 87/KTĐ-VP: 2 lần chậm gửi báo cáo quý",
  reviewNote: "Biên bản thẩm định số 05/BB-KTĐ ngày 15/12/2025: minh chứng chưa đủ cho mức điểm tự chấm",
  countEvidence: (count: number) => `${count} điển hình tiên tiến được biểu dương (danh sách kèm theo)`,
};
