// Built-in template: block of provincial departments and agencies (khối sở, ban, ngành), 100 points + bonus up to 5.
// Groups from research/domain.md §7 T2; deductions are scaled to the 100-point table (Huế's −8 is on 1,000 points).

import type { Template } from "../templateTypes";
import { EMULATION_LEGAL_BASIS } from "./legalBasis";
import { noLaunchDeduction } from "./commonLines";

export const KHOI_SO_NGANH: Template = {
  id: "khoi-so-nganh",
  version: "1.0.0",
  title: { vi: "Khối thi đua các sở, ban, ngành", en: "Departments and agencies emulation block" },
  description: {
    vi: "Bảng chấm điểm thi đua năm của khối các sở, ban, ngành: 100 điểm nội dung, tối đa 5 điểm thưởng; điểm trừ tính riêng. Nhóm I chấm theo nhiệm vụ, chỉ tiêu được giao (giao nhiệm vụ, khoán sản phẩm).",
    en: "Annual scoring table of a block of departments and agencies: 100 content points and up to 5 bonus points; deductions apart. Group I is scored from the tasks and targets assigned (assigned tasks, contracted deliverables).",
  },
  scale: 100,
  bonusCap: 5,
  periodKind: "year",
  legalBasis: [...EMULATION_LEGAL_BASIS],
  criteria: [
    {
      code: "I",
      title: {
        vi: "Kết quả thực hiện nhiệm vụ chuyên môn, chỉ tiêu được giao",
        en: "Results of professional tasks and assigned targets",
      },
      kind: "group",
      max: 50,
      children: [
        {
          code: "I.1",
          title: {
            vi: "Tỷ lệ nhiệm vụ, chỉ tiêu được giao trong năm hoàn thành đúng tiến độ",
            en: "Share of the year's assigned tasks and targets completed on time",
          },
          kind: "quant_prop",
          max: 20,
          guide: {
            vi: "Chỉ tiêu: số nhiệm vụ được giao trong chương trình công tác năm; thực hiện: số nhiệm vụ hoàn thành đúng hạn.",
            en: "Target: the tasks in the annual work programme; actual: the tasks completed on time.",
          },
        },
        {
          code: "I.2",
          title: {
            vi: "Tham mưu ban hành cơ chế, chính sách, đề án thuộc ngành, lĩnh vực đúng tiến độ, bảo đảm chất lượng",
            en: "Drafting policies, mechanisms and schemes of the sector on time and to standard",
          },
          kind: "manual",
          max: 10,
        },
        {
          code: "I.3",
          title: {
            vi: "Đóng góp vào phát triển kinh tế – xã hội theo hướng xanh, hài hòa, bản sắc và hạnh phúc trong ngành, lĩnh vực phụ trách",
            en: "Contribution to green, harmonious, distinctive and happy socio-economic development in the sector",
          },
          kind: "manual",
          max: 10,
        },
        {
          code: "I.4",
          title: {
            vi: "Thực hiện nhiệm vụ đột xuất, nhiệm vụ khó khăn, phức tạp được giao",
            en: "Unscheduled, difficult or complex tasks assigned",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "I.5",
          title: {
            vi: "Ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong ngành, lĩnh vực",
            en: "Science, technology and innovation applied in the sector",
          },
          kind: "manual",
          max: 5,
        },
      ],
    },
    {
      code: "II",
      title: { vi: "Cải cách hành chính, chuyển đổi số", en: "Administrative reform, digital transformation" },
      kind: "group",
      max: 15,
      children: [
        {
          code: "II.1",
          title: {
            vi: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn",
            en: "Share of administrative dossiers settled late",
          },
          kind: "quant_prop",
          max: 5,
          direction: "down",
          guide: {
            vi: "Càng thấp càng tốt. Chỉ tiêu: tỷ lệ quá hạn tối đa được giao (lớn hơn 0); không có hồ sơ quá hạn được điểm tối đa.",
            en: "Lower is better. Target: the highest late share allowed (above 0); no late dossier earns full points.",
          },
        },
        {
          code: "II.2",
          title: {
            vi: "Kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS)",
            en: "Administrative reform index (PAR INDEX) and satisfaction index (SIPAS)",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "II.3",
          title: {
            vi: "Chuyển đổi số: dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, phát triển kinh tế số, xã hội số trong ngành",
            en: "Digital transformation: full online public services, digitised records, digital economy and society in the sector",
          },
          kind: "manual",
          max: 5,
        },
      ],
    },
    {
      code: "III",
      title: {
        vi: "Xây dựng Đảng, đoàn thể; kỷ luật, kỷ cương; phòng, chống tham nhũng, lãng phí",
        en: "Party and mass organisations; discipline; fighting corruption and waste",
      },
      kind: "group",
      max: 15,
      children: [
        {
          code: "III.1",
          title: {
            vi: "Thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            en: "Exemplary conduct of cadres and party members, above all the head; following Ho Chi Minh's thought, ethics and style",
          },
          kind: "manual",
          max: 5,
        },
        {
          code: "III.2",
          title: {
            vi: "Tổ chức đảng, đoàn thể được xếp loại hoàn thành tốt nhiệm vụ trở lên",
            en: "Party and mass organisations graded as completing tasks well or better",
          },
          kind: "qual",
          max: 4,
          evidenceRequired: true,
        },
        {
          code: "III.3",
          title: {
            vi: "Kỷ luật, kỷ cương hành chính; phòng, chống tham nhũng, lãng phí, tiêu cực",
            en: "Administrative discipline; preventing corruption, waste and misconduct",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "III.4",
          title: {
            vi: "Xây dựng “cơ quan, đơn vị hạnh phúc”, văn hóa công sở; công tác quốc phòng, quân sự, bảo đảm an ninh, trật tự cơ quan",
            en: "Building a “happy agency” and office culture; defence and military work, security and order at the agency",
          },
          kind: "manual",
          max: 3,
        },
      ],
    },
    {
      code: "IV",
      title: { vi: "Công tác thi đua, khen thưởng", en: "Emulation and commendation work" },
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
            vi: "Sơ kết, tổng kết phong trào thi đua; khen thưởng “đúng người, đúng việc, đúng thành tích”",
            en: "Reviews of the movement; awards to “the right person, for the right deed and achievement”",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "IV.3",
          title: {
            vi: "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến",
            en: "Finding, fostering and replicating advanced examples",
          },
          kind: "per_unit",
          max: 3,
          pointsEach: 1,
          floorExempt: true,
          guide: {
            vi: "1 điểm cho mỗi điển hình được biểu dương, nhân rộng có văn bản ghi nhận, tối đa 3 điểm.",
            en: "1 point per example praised or replicated with a written record, up to 3.",
          },
        },
        {
          code: "IV.4",
          title: {
            vi: "Hồ sơ đề nghị khen thưởng đúng thời hạn, đúng quy định",
            en: "Award dossiers on time and in order",
          },
          kind: "manual",
          max: 2,
        },
      ],
    },
    {
      code: "V",
      title: { vi: "Tham gia hoạt động của khối thi đua", en: "Taking part in the block's activities" },
      kind: "group",
      max: 10,
      children: [
        {
          code: "V.1",
          title: {
            vi: "Tham dự đầy đủ các hội nghị, cuộc họp của khối",
            en: "Attending all the block's conferences and meetings",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "V.2",
          title: {
            vi: "Kiểm tra chéo, chấm điểm, bình xét thi đua nghiêm túc, khách quan, không nể nang, thiên vị, luân phiên",
            en: "Cross-inspection, scoring and deliberation done seriously and objectively, without leniency, favouritism or taking turns",
          },
          kind: "manual",
          max: 3,
        },
        {
          code: "V.3",
          title: {
            vi: "Gửi báo cáo, bảng tự chấm điểm đúng thời hạn",
            en: "Reports and self-scoring tables sent on time",
          },
          kind: "manual",
          max: 2,
        },
        {
          code: "V.4",
          title: {
            vi: "Tham gia các hoạt động chung, hoạt động xã hội, từ thiện do khối tổ chức",
            en: "Joint, social and charity activities organised by the block",
          },
          kind: "manual",
          max: 2,
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
          guide: {
            vi: "Cờ thi đua của Chính phủ: 3 điểm; Bằng khen của Thủ tướng Chính phủ hoặc cấp bộ: 2 điểm. Minh chứng: quyết định khen thưởng.",
            en: "Government flag: 3 points; Prime Minister's or ministerial certificate: 2. Evidence: the award decision.",
          },
        },
        {
          code: "B.2",
          title: {
            vi: "Có mô hình mới, sáng kiến được cơ quan có thẩm quyền công nhận và nhân rộng",
            en: "A new model or initiative recognised and replicated by the competent authority",
          },
          kind: "bonus",
          max: 2,
        },
        {
          code: "B.3",
          title: {
            vi: "Hoàn thành xuất sắc nhiệm vụ đột xuất được cấp có thẩm quyền giao chủ trì",
            en: "Excellent completion of an unscheduled task the competent authority put the unit in charge of",
          },
          kind: "bonus",
          max: 2,
        },
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
            vi: "Chậm gửi báo cáo, hồ sơ theo yêu cầu của khối hoặc cơ quan thường trực",
            en: "Late reports or dossiers requested by the block or the standing body",
          },
          kind: "deduction",
          max: 2,
          guide: { vi: "Trừ 0,5 điểm mỗi lần, tối đa 2 điểm.", en: "Deduct 0.5 points each time, up to 2." },
        },
        {
          code: "D.3",
          title: {
            vi: "Tập thể hoặc cán bộ lãnh đạo bị xử lý kỷ luật; để xảy ra vi phạm pháp luật, tham nhũng, lãng phí",
            en: "The collective or its leaders disciplined; violations of law, corruption or waste",
          },
          kind: "deduction",
          max: 5,
          guide: { vi: "Trừ 2 điểm mỗi trường hợp, tối đa 5 điểm.", en: "Deduct 2 points per case, up to 5." },
        },
      ],
    },
  ],
};
