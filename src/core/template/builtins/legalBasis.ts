// Legal documents the built-in templates cite (research/domain.md §0, §2, §3); dates are dates of issue.

import type { LegalDocument } from "../templateTypes";

export const LAW_06_2022: LegalDocument = {
  number: "Luật số 06/2022/QH15",
  title: { vi: "Luật Thi đua, khen thưởng", en: "Law on Emulation and Commendation" },
  date: "2022-06-15",
};

export const DECREE_152_2025: LegalDocument = {
  number: "Nghị định số 152/2025/NĐ-CP",
  title: {
    vi: "Quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
    en: "Decentralisation in emulation and commendation; detailed rules for the Law on Emulation and Commendation",
  },
  date: "2025-06-14",
};

/** Replaces Circular 01/2024/TT-BNV. Its official title was not retrieved; the title here describes it. */
export const CIRCULAR_15_2025: LegalDocument = {
  number: "Thông tư số 15/2025/TT-BNV",
  title: {
    vi: "Thông tư của Bộ Nội vụ hướng dẫn công tác thi đua, khen thưởng",
    en: "Circular of the Ministry of Home Affairs guiding emulation and commendation work",
  },
  date: "2025-08-04",
};

export const DECREE_335_2025: LegalDocument = {
  number: "Nghị định số 335/2025/NĐ-CP",
  title: {
    vi: "Quy định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức",
    en: "Evaluation and grading of the quality of state administrative agencies and civil servants",
  },
  date: "2025-12-21",
};

/** The basis every collective (cluster and block) template carries. */
export const EMULATION_LEGAL_BASIS: readonly LegalDocument[] = [LAW_06_2022, DECREE_152_2025, CIRCULAR_15_2025];
