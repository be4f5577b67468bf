// Built-in template: monthly evaluation of a civil servant under Decree 335/2025 (research/domain.md §3, §7 T5):
// 30 general points + 70 task-result points; grades 90/70/50 without floors, HTXSNV at most 20 % of HTTNV. Its
// subjects are persons: no collective award is proposed, and a person disciplined in the period is graded KHTNV.

import type { Template } from "../templateTypes";
import { DECREE_335_2025, EMULATION_LEGAL_BASIS } from "./legalBasis";

export const CA_NHAN_THANG: Template = {
  id: "ca-nhan-thang",
  version: "1.1.0",
  title: { vi: "Đánh giá cá nhân hằng tháng", en: "Monthly individual evaluation" },
  description: {
    vi: "Đánh giá, xếp loại công chức hằng tháng theo thang 100 điểm của Nghị định 335/2025/NĐ-CP: tiêu chí chung 30 điểm, kết quả thực hiện nhiệm vụ 70 điểm, trên cơ sở giao nhiệm vụ, khoán sản phẩm. Kết quả năm là trung bình các tháng.",
    en: "Monthly evaluation of a civil servant on Decree 335/2025's 100-point scale: 30 general points and 70 task-result points, based on assigned tasks and contracted deliverables. The year's result is the mean of the months.",
  },
  scale: 100,
  bonusCap: 0,
  periodKind: "month",
  subject: "person",
  legalBasis: [...EMULATION_LEGAL_BASIS, DECREE_335_2025],
  criteria: [
    {
      code: "A",
      title: { vi: "Tiêu chí chung", en: "General criteria" },
      kind: "group",
      max: 30,
      children: [
        {
          code: "A.1",
          title: {
            vi: "Phẩm chất chính trị, đạo đức, lối sống; thực hiện trách nhiệm nêu gương",
            en: "Political quality, ethics and lifestyle; setting an example",
          },
          kind: "manual",
          max: 10,
        },
        {
          code: "A.2",
          title: {
            vi: "Ý thức tổ chức kỷ luật, văn hóa thực thi công vụ",
            en: "Discipline and public-service culture",
          },
          kind: "manual",
          max: 10,
        },
        {
          code: "A.3",
          title: {
            vi: "Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp; đổi mới sáng tạo, dám nghĩ, dám làm",
            en: "Responsibility and attitude in serving people and businesses; innovation, daring to think and act",
          },
          kind: "manual",
          max: 10,
        },
      ],
    },
    {
      code: "B",
      title: { vi: "Kết quả thực hiện nhiệm vụ", en: "Task results" },
      kind: "group",
      max: 70,
      children: [
        {
          code: "B.1",
          title: {
            vi: "Số lượng: sản phẩm, công việc hoàn thành so với được giao (đã quy đổi)",
            en: "Quantity: products or tasks completed against those assigned (converted)",
          },
          kind: "quant_prop",
          max: 30,
          guide: {
            vi: "Chỉ tiêu: số sản phẩm, công việc được giao trong tháng (đã quy đổi); thực hiện: số đã hoàn thành (đã quy đổi).",
            en: "Target: products or tasks assigned in the month (converted); actual: those completed (converted).",
          },
        },
        {
          code: "B.2",
          title: {
            vi: "Chất lượng: sản phẩm, công việc đạt yêu cầu về chất lượng so với được giao (đã quy đổi)",
            en: "Quality: products or tasks meeting quality requirements against those assigned (converted)",
          },
          kind: "quant_prop",
          max: 20,
          guide: {
            vi: "Chỉ tiêu: số sản phẩm, công việc được giao (đã quy đổi); thực hiện: số đạt yêu cầu chất lượng. Lần đánh giá không đạt do nguyên nhân chủ quan ghi ở dòng điểm trừ D.1.",
            en: "Target: products or tasks assigned (converted); actual: those meeting quality requirements. Failed assessments due to the person's own fault go on deduction line D.1.",
          },
        },
        {
          code: "B.3",
          title: {
            vi: "Tiến độ: sản phẩm, công việc hoàn thành đúng hạn so với được giao (đã quy đổi)",
            en: "Progress: products or tasks completed on time against those assigned (converted)",
          },
          kind: "quant_prop",
          max: 20,
          guide: {
            vi: "Chỉ tiêu: số sản phẩm, công việc được giao (đã quy đổi); thực hiện: số hoàn thành đúng hạn. Lần chậm tiến độ do nguyên nhân chủ quan ghi ở dòng điểm trừ D.2.",
            en: "Target: products or tasks assigned (converted); actual: those completed on time. Delays due to the person's own fault go on deduction line D.2.",
          },
        },
      ],
    },
    {
      code: "D",
      title: { vi: "Điểm trừ", en: "Deductions" },
      kind: "group",
      max: 0,
      children: [
        {
          code: "D.1",
          title: {
            vi: "Sản phẩm, công việc bị đánh giá không đạt yêu cầu chất lượng do nguyên nhân chủ quan",
            en: "Products or tasks failing a quality assessment through the person's own fault",
          },
          kind: "deduction",
          max: 20,
          guide: {
            vi: "Mỗi lần đánh giá không đạt trừ 25% điểm chất lượng của sản phẩm, công việc đó; không trừ khi có nguyên nhân khách quan được cấp có thẩm quyền xác nhận.",
            en: "Each failed assessment deducts 25 % of that product's quality points; nothing is deducted for objective causes confirmed by the competent authority.",
          },
        },
        {
          code: "D.2",
          title: {
            vi: "Sản phẩm, công việc chậm tiến độ do nguyên nhân chủ quan",
            en: "Products or tasks delayed through the person's own fault",
          },
          kind: "deduction",
          max: 20,
          guide: {
            vi: "Mỗi lần chậm tiến độ trừ 25% điểm tiến độ của sản phẩm, công việc đó; không trừ khi có nguyên nhân khách quan được cấp có thẩm quyền xác nhận.",
            en: "Each delay deducts 25 % of that product's progress points; nothing is deducted for objective causes confirmed by the competent authority.",
          },
        },
      ],
    },
  ],
  settings: {
    grades: {
      thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 },
      floors: null,
      excellentShareOfGood: 0.2,
    },
  },
};
