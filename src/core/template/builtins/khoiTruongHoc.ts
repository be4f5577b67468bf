// Built-in template: block of schools (khối trường học), 100 points + bonus up to 5, scored per school year
// (research/domain.md §7 T4).

import type { Template } from "../templateTypes";
import { EMULATION_LEGAL_BASIS } from "./legalBasis";
import { newModelBonus, noLaunchDeduction } from "./commonLines";

export const KHOI_TRUONG_HOC: Template = {
  id: "khoi-truong-hoc",
  version: "1.0.0",
  title: { vi: "Khối thi đua các trường học", en: "Schools emulation block" },
  description: {
    vi: "Bảng chấm điểm thi đua năm học của khối trường học: 100 điểm nội dung, tối đa 5 điểm thưởng; điểm trừ tính riêng.",
    en: "School-year scoring table of a block of schools: 100 content points and up to 5 bonus points; deductions apart.",
  },
  scale: 100,
  bonusCap: 5,
  periodKind: "school-year",
  legalBasis: [...EMULATION_LEGAL_BASIS],
  criteria: [
    {
      code: "I",
      title: { vi: "Quy mô và chất lượng giáo dục", en: "Enrolment and quality of education" },
      kind: "group",
      max: 40,
      children: [
        {
          code: "I.1",
          title: { vi: "Tỷ lệ duy trì sĩ số học sinh", en: "Pupil retention rate" },
          kind: "quant_prop",
          max: 10,
          guide: {
            vi: "Chỉ tiêu: tỷ lệ duy trì sĩ số được giao (%); thực hiện: tỷ lệ cuối năm học.",
            en: "Target: the retention rate assigned (%); actual: the rate at the end of the school year.",
          },
        },
        {
          code: "I.2",
          title: {
            vi: "Tỷ lệ học sinh lên lớp, hoàn thành chương trình, tốt nghiệp",
            en: "Share of pupils promoted, completing the programme or graduating",
          },
          kind: "quant_prop",
          max: 10,
        },
        {
          code: "I.3",
          title: {
            vi: "Học sinh đạt giải trong các kỳ thi, cuộc thi cấp tỉnh trở lên",
            en: "Pupils winning prizes in provincial or higher competitions",
          },
          kind: "per_unit",
          max: 10,
          pointsEach: 0.5,
          floorExempt: true,
          guide: {
            vi: "0,5 điểm cho mỗi giải, tối đa 10 điểm. Minh chứng: quyết định công nhận giải.",
            en: "0.5 points per prize, up to 10. Evidence: the prize decision.",
          },
        },
        {
          code: "I.4",
          title: {
            vi: "Giáo dục đạo đức, kỹ năng sống; xây dựng “trường học hạnh phúc”, “lớp học hạnh phúc”",
            en: "Moral and life-skills education; building “happy schools” and “happy classrooms”",
          },
          kind: "manual",
          max: 10,
        },
      ],
    },
    {
      code: "II",
      title: {
        vi: "Đội ngũ cán bộ quản lý, giáo viên, nhân viên",
        en: "Managers, teachers and staff",
      },
      kind: "group",
      max: 15,
      children: [
        {
          code: "II.1",
          title: {
            vi: "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo quy định",
            en: "Share of teachers meeting the required qualification standard",
          },
          kind: "quant_prop",
          max: 5,
        },
        {
          code: "II.2",
          title: {
            vi: "Bồi dưỡng thường xuyên; thực hiện trách nhiệm nêu gương của cán bộ quản lý, giáo viên, đảng viên",
            en: "Continuous training; exemplary conduct of managers, teachers and party members",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "II.3",
          title: {
            vi: "Sáng kiến được công nhận, áp dụng; giáo viên dạy giỏi các cấp",
            en: "Initiatives recognised and applied; teachers recognised as excellent",
          },
          kind: "per_unit",
          max: 5,
          pointsEach: 1,
          floorExempt: true,
          guide: {
            vi: "1 điểm cho mỗi sáng kiến hoặc giáo viên dạy giỏi có quyết định công nhận, tối đa 5 điểm.",
            en: "1 point per initiative or excellent teacher with a recognition decision, up to 5.",
          },
        },
      ],
    },
    {
      code: "III",
      title: {
        vi: "Cơ sở vật chất, kiểm định chất lượng, chuẩn quốc gia",
        en: "Facilities, quality accreditation, national standard",
      },
      kind: "group",
      max: 15,
      children: [
        {
          code: "III.1",
          title: {
            vi: "Đạt hoặc duy trì kiểm định chất lượng giáo dục và trường chuẩn quốc gia theo kế hoạch",
            en: "Quality accreditation and national-standard status achieved or kept as planned",
          },
          kind: "qual",
          max: 5,
          evidenceRequired: true,
        },
        {
          code: "III.2",
          title: {
            vi: "Cơ sở vật chất, thiết bị dạy học đáp ứng yêu cầu; môi trường xanh, sạch, đẹp",
            en: "Facilities and teaching equipment fit for purpose; a green, clean and pleasant campus",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "III.3",
          title: {
            vi: "Quản lý, sử dụng tài chính, tài sản đúng quy định, công khai, minh bạch",
            en: "Finances and assets managed lawfully, openly and transparently",
          },
          kind: "manual",
          max: 5,
        },
      ],
    },
    {
      code: "IV",
      title: {
        vi: "Quản lý, cải cách hành chính, chuyển đổi số",
        en: "Management, administrative reform, digital transformation",
      },
      kind: "group",
      max: 10,
      children: [
        {
          code: "IV.1",
          title: {
            vi: "Chuyển đổi số trong quản lý và dạy học: cơ sở dữ liệu ngành, học bạ số, thanh toán không dùng tiền mặt",
            en: "Digital transformation in management and teaching: sector database, digital school records, cashless payment",
          },
          kind: "manual",
          max: 4,
        },
        {
          code: "IV.2",
          title: {
            vi: "Ứng dụng khoa học, công nghệ, đổi mới sáng tạo, phương pháp dạy học tích cực",
            en: "Science, technology, innovation and active teaching methods",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "IV.3",
          title: {
            vi: "Thực hiện dân chủ, công khai trong nhà trường; chế độ báo cáo đúng hạn",
            en: "Democracy and openness in the school; reports on time",
          },
          kind: "manual",
          max: 3,
        },
      ],
    },
    {
      code: "V",
      title: {
        vi: "Công tác Đảng, đoàn thể, thi đua, khen thưởng",
        en: "Party, mass organisations, emulation and commendation",
      },
      kind: "group",
      max: 10,
      children: [
        {
          code: "V.1",
          title: {
            vi: "Chi bộ, công đoàn, đoàn thanh niên, đội thiếu niên hoàn thành tốt nhiệm vụ trở lên",
            en: "Party cell, trade union, youth and pioneer organisations completing tasks well or better",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "V.2",
          title: {
            vi: "Tổ chức phát động phong trào thi đua, ký kết giao ước, đăng ký thi đua",
            en: "Launching the emulation movement, signing the pact, registering",
          },
          kind: "qual",
          max: 2,
          evidenceRequired: true,
        },
        {
          code: "V.3",
          title: {
            vi: "Sơ kết, tổng kết, phát hiện và nhân rộng điển hình tiên tiến",
            en: "Reviews; finding and replicating advanced examples",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "V.4",
          title: {
            vi: "Xây dựng con người “thân thiện, nhân ái, đoàn kết, sáng tạo, hội nhập”; phối hợp nhà trường, gia đình và xã hội",
            en: "Building people who are “friendly, caring, united, creative and open”; school, family and community together",
          },
          kind: "manual",
          max: 2,
        },
      ],
    },
    {
      code: "VI",
      title: {
        vi: "An toàn trường học, y tế trường học, hoạt động khác",
        en: "School safety, school health, other activities",
      },
      kind: "group",
      max: 10,
      children: [
        {
          code: "VI.1",
          title: {
            vi: "Bảo đảm an ninh, trật tự, an toàn trường học; phòng, chống bạo lực học đường, đuối nước, tai nạn thương tích",
            en: "Security, order and safety at school; preventing school violence, drowning and injuries",
          },
          kind: "manual",
          max: 4,
        },
        {
          code: "VI.2",
          title: {
            vi: "Tỷ lệ học sinh tham gia bảo hiểm y tế",
            en: "Share of pupils with health insurance",
          },
          kind: "quant_prop",
          max: 3,
        },
        {
          code: "VI.3",
          title: {
            vi: "Giáo dục quốc phòng và an ninh, giáo dục thể chất; hoạt động văn hóa, văn nghệ, thể dục thể thao",
            en: "Defence and security education, physical education; cultural, arts and sports activities",
          },
          kind: "manual",
          max: 3,
        },
      ],
    },
    {
      code: "B",
      title: { vi: "Điểm thưởng", en: "Bonus points" },
      kind: "group",
      max: 5,
      children: [
        {
          code: "B.1",
          title: {
            vi: "Được tặng Cờ thi đua hoặc Bằng khen của cấp trên trong năm học",
            en: "Emulation flag or certificate of merit from a higher level during the school year",
          },
          kind: "bonus",
          max: 3,
        },
        {
          code: "B.2",
          title: {
            vi: "Được công nhận đạt kiểm định chất lượng hoặc chuẩn quốc gia ở mức cao hơn trong năm học",
            en: "Accreditation or national-standard status at a higher level recognised during the school year",
          },
          kind: "bonus",
          max: 2,
        },
        newModelBonus("B.3", 2),
      ],
    },
    {
      code: "D",
      title: { vi: "Điểm trừ", en: "Deductions" },
      kind: "group",
      max: 0,
      children: [
        noLaunchDeduction(2),
        {
          code: "D.2",
          title: {
            vi: "Vi phạm quy chế thi, dạy thêm, học thêm trái quy định, lạm thu",
            en: "Exam rule breaches, unlawful extra tuition, improper fees",
          },
          kind: "deduction",
          max: 5,
          guide: { vi: "Trừ 2 điểm mỗi trường hợp, tối đa 5 điểm.", en: "Deduct 2 points per case, up to 5." },
        },
        {
          code: "D.3",
          title: {
            vi: "Để xảy ra mất an toàn trường học nghiêm trọng (bạo lực học đường, ngộ độc thực phẩm, tai nạn)",
            en: "A serious safety incident at school (violence, food poisoning, accident)",
          },
          kind: "deduction",
          max: 5,
          guide: { vi: "Trừ 2 điểm mỗi vụ, tối đa 5 điểm.", en: "Deduct 2 points per incident, up to 5." },
        },
        {
          code: "D.4",
          title: {
            vi: "Chậm gửi báo cáo, hồ sơ theo yêu cầu của khối",
            en: "Late reports or dossiers requested by the block",
          },
          kind: "deduction",
          max: 2,
          guide: { vi: "Trừ 0,5 điểm mỗi lần, tối đa 2 điểm.", en: "Deduct 0.5 points each time, up to 2." },
        },
      ],
    },
  ],
};
