// Built-in template: block of enterprises (khối doanh nghiệp), 100 points + bonus up to 5 (research/domain.md §7 T3).
// Revenue and taxes paid are scored against the block's leader; profit proportionally against plan.

import type { Template } from "../templateTypes";
import { EMULATION_LEGAL_BASIS } from "./legalBasis";
import { newModelBonus, noLaunchDeduction } from "./commonLines";

export const KHOI_DOANH_NGHIEP: Template = {
  id: "khoi-doanh-nghiep",
  version: "1.0.0",
  title: { vi: "Khối thi đua các doanh nghiệp", en: "Enterprises emulation block" },
  description: {
    vi: "Bảng chấm điểm thi đua năm của khối doanh nghiệp: 100 điểm nội dung, tối đa 5 điểm thưởng; điểm trừ tính riêng. Doanh thu và nộp ngân sách chấm so với doanh nghiệp dẫn đầu khối.",
    en: "Annual scoring table of an enterprise block: 100 content points and up to 5 bonus points; deductions apart. Revenue and taxes paid are scored against the block's leading enterprise.",
  },
  scale: 100,
  bonusCap: 5,
  periodKind: "year",
  legalBasis: [...EMULATION_LEGAL_BASIS],
  criteria: [
    {
      code: "I",
      title: { vi: "Kết quả sản xuất, kinh doanh so với kế hoạch", en: "Business results against plan" },
      kind: "group",
      max: 50,
      children: [
        {
          code: "I.1",
          title: { vi: "Doanh thu so với kế hoạch", en: "Revenue against plan" },
          kind: "quant_leader",
          max: 15,
          floorExempt: true,
          guide: {
            vi: "Chỉ tiêu: doanh thu kế hoạch; thực hiện: doanh thu theo báo cáo tài chính. Đạt kế hoạch được 7,5 điểm; doanh nghiệp có tỷ lệ vượt cao nhất khối được 15 điểm.",
            en: "Target: planned revenue; actual: revenue per the financial statements. On plan earns 7.5; the block's highest ratio earns 15.",
          },
        },
        {
          code: "I.2",
          title: { vi: "Lợi nhuận trước thuế so với kế hoạch", en: "Pre-tax profit against plan" },
          kind: "quant_prop",
          max: 10,
        },
        {
          code: "I.3",
          title: {
            vi: "Nộp ngân sách nhà nước so với kế hoạch",
            en: "State budget contributions (taxes) against plan",
          },
          kind: "quant_leader",
          max: 15,
          floorExempt: true,
          guide: {
            vi: "Chỉ tiêu: số nộp ngân sách kế hoạch; thực hiện: số đã nộp có xác nhận của cơ quan thuế.",
            en: "Target: planned contributions; actual: the amount paid as confirmed by the tax office.",
          },
        },
        {
          code: "I.4",
          title: {
            vi: "Ứng dụng khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trong sản xuất, kinh doanh",
            en: "Science, technology, innovation and digital transformation in the business",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "I.5",
          title: {
            vi: "Phát triển sản xuất, kinh doanh theo hướng xanh, hài hòa, bản sắc và hạnh phúc; mở rộng thị trường, sản phẩm",
            en: "Growing the business in a green, harmonious, distinctive and happy way; new markets and products",
          },
          kind: "manual",
          max: 5,
        },
      ],
    },
    {
      code: "II",
      title: {
        vi: "Việc làm, thu nhập, bảo hiểm xã hội, an toàn, vệ sinh lao động",
        en: "Jobs, income, social insurance, occupational safety and health",
      },
      kind: "group",
      max: 20,
      children: [
        {
          code: "II.1",
          title: {
            vi: "Thu nhập bình quân của người lao động so với kế hoạch",
            en: "Average employee income against plan",
          },
          kind: "quant_prop",
          max: 5,
        },
        {
          code: "II.2",
          title: {
            vi: "Tỷ lệ người lao động được đóng đầy đủ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
            en: "Share of employees with social, health and unemployment insurance fully paid",
          },
          kind: "quant_prop",
          max: 5,
        },
        {
          code: "II.3",
          title: {
            vi: "Số vụ tai nạn lao động so với chỉ tiêu kiềm chế",
            en: "Workplace accidents against the containment target",
          },
          kind: "quant_prop",
          max: 5,
          direction: "down",
          guide: {
            vi: "Càng ít càng tốt. Chỉ tiêu: số vụ tối đa theo kế hoạch an toàn, vệ sinh lao động (lớn hơn 0); năm không có vụ nào được điểm tối đa.",
            en: "Fewer is better. Target: the ceiling in the safety plan (above 0); a year with none earns full points.",
          },
        },
        {
          code: "II.4",
          title: {
            vi: "Chế độ, chính sách với người lao động, thỏa ước lao động tập thể; xây dựng “cơ quan, đơn vị hạnh phúc” tại doanh nghiệp",
            en: "Employee benefits and the collective agreement; building a “happy workplace” in the enterprise",
          },
          kind: "manual",
          max: 5,
        },
      ],
    },
    {
      code: "III",
      title: {
        vi: "Tổ chức Đảng, Công đoàn, Đoàn Thanh niên",
        en: "Party cell, trade union and youth union",
      },
      kind: "group",
      max: 10,
      children: [
        {
          code: "III.1",
          title: {
            vi: "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên; thực hiện trách nhiệm nêu gương của cán bộ, đảng viên",
            en: "Party cell completing tasks well or better; exemplary conduct of cadres and party members",
          },
          kind: "manual",
          max: 4,
        },
        {
          code: "III.2",
          title: {
            vi: "Công đoàn cơ sở vững mạnh, đại diện và bảo vệ quyền lợi hợp pháp của người lao động",
            en: "A strong trade union representing and protecting employees' lawful interests",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "III.3",
          title: {
            vi: "Đoàn Thanh niên phát huy vai trò xung kích, sáng tạo của đoàn viên",
            en: "The youth union leading the way and fostering members' creativity",
          },
          kind: "manual",
          max: 3,
        },
      ],
    },
    {
      code: "IV",
      title: { vi: "Phong trào thi đua, sáng kiến", en: "Emulation movement and initiatives" },
      kind: "group",
      max: 10,
      children: [
        {
          code: "IV.1",
          title: {
            vi: "Tổ chức phát động phong trào thi đua, ký kết giao ước, đăng ký thi đua",
            en: "Launching the emulation movement, signing the pact, registering",
          },
          kind: "qual",
          max: 2,
          evidenceRequired: true,
        },
        {
          code: "IV.2",
          title: {
            vi: "Sáng kiến, cải tiến kỹ thuật được công nhận và áp dụng",
            en: "Initiatives and technical improvements recognised and applied",
          },
          kind: "per_unit",
          max: 4,
          pointsEach: 1,
          floorExempt: true,
          guide: {
            vi: "1 điểm cho mỗi sáng kiến có quyết định công nhận, tối đa 4 điểm.",
            en: "1 point per initiative with a recognition decision, up to 4.",
          },
        },
        {
          code: "IV.3",
          title: {
            vi: "Sơ kết, tổng kết, nhân rộng điển hình tiên tiến; tham gia hoạt động của khối",
            en: "Reviews, replicating advanced examples; taking part in the block's activities",
          },
          kind: "manual",
          max: 4,
        },
      ],
    },
    {
      code: "V",
      title: {
        vi: "Bảo vệ môi trường, trách nhiệm xã hội",
        en: "Environmental protection, social responsibility",
      },
      kind: "group",
      max: 10,
      children: [
        {
          code: "V.1",
          title: {
            vi: "Chấp hành pháp luật về bảo vệ môi trường; sản xuất xanh, sử dụng năng lượng tiết kiệm, hiệu quả",
            en: "Complying with environmental law; green production, efficient energy use",
          },
          kind: "manual",
          max: 4,
        },
        {
          code: "V.2",
          title: {
            vi: "Hoạt động an sinh xã hội, từ thiện, nhân đạo; xây dựng con người “thân thiện, nhân ái, đoàn kết, sáng tạo, hội nhập”",
            en: "Social welfare, charity and humanitarian work; people who are “friendly, caring, united, creative and open”",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "V.3",
          title: {
            vi: "Bảo đảm an ninh, trật tự, phòng cháy, chữa cháy tại doanh nghiệp; xây dựng lực lượng tự vệ",
            en: "Security, order and fire safety at the enterprise; building the self-defence force",
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
            vi: "Được tặng Cờ thi đua hoặc Bằng khen của cấp trên trong năm",
            en: "Emulation flag or certificate of merit from a higher level during the year",
          },
          kind: "bonus",
          max: 3,
        },
        {
          code: "B.2",
          title: {
            vi: "Sản phẩm, thương hiệu được cơ quan có thẩm quyền công nhận (sản phẩm OCOP, thương hiệu quốc gia)",
            en: "Products or brands recognised by the competent authority (OCOP products, national brand)",
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
            vi: "Nợ đọng thuế, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
            en: "Arrears of taxes or social, health or unemployment insurance",
          },
          kind: "deduction",
          max: 3,
        },
        {
          code: "D.3",
          title: {
            vi: "Để xảy ra tai nạn lao động nghiêm trọng hoặc bị xử phạt vi phạm pháp luật về môi trường, lao động",
            en: "A serious workplace accident, or a penalty for breaking environmental or labour law",
          },
          kind: "deduction",
          max: 5,
          guide: { vi: "Trừ 2 điểm mỗi trường hợp, tối đa 5 điểm.", en: "Deduct 2 points per case, up to 5." },
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
