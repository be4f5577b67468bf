// Built-in template: cluster of communes and wards (cụm thi đua xã, phường), 1,000 points = 950 content + 50 bonus.
// Frame from Huế's HD 804/HD-SNV (research/domain.md §1.2, §7 T1); criteria follow the Yên Bái directive's focus areas.

import type { Template } from "../templateTypes";
import { EMULATION_LEGAL_BASIS } from "./legalBasis";
import { newModelBonus, noLaunchDeduction } from "./commonLines";

export const CUM_XA_PHUONG: Template = {
  id: "cum-xa-phuong",
  version: "1.0.0",
  title: { vi: "Cụm thi đua các xã, phường", en: "Commune and ward emulation cluster" },
  description: {
    vi: "Bảng chấm điểm thi đua năm của cụm xã, phường: thang 1.000 điểm, gồm 950 điểm nội dung và tối đa 50 điểm thưởng; điểm trừ tính riêng. Nhóm I chấm theo kết quả thực hiện chỉ tiêu được giao (giao nhiệm vụ, khoán sản phẩm).",
    en: "Annual scoring table of a commune and ward cluster: a 1,000-point scale of 950 content points and up to 50 bonus points; deductions apart. Group I is scored from the targets assigned (assigned tasks, contracted deliverables).",
  },
  scale: 1000,
  bonusCap: 50,
  periodKind: "year",
  legalBasis: [...EMULATION_LEGAL_BASIS],
  criteria: [
    {
      code: "I",
      title: {
        vi: "Thực hiện các chỉ tiêu phát triển kinh tế – xã hội được giao",
        en: "Socio-economic development targets assigned",
      },
      kind: "group",
      max: 400,
      children: [
        {
          code: "I.1",
          title: {
            vi: "Thu ngân sách nhà nước trên địa bàn so với dự toán được giao",
            en: "State budget revenue collected in the area against the assigned estimate",
          },
          kind: "quant_leader",
          max: 80,
          floorExempt: true,
          guide: {
            vi: "Chỉ tiêu: dự toán thu được giao; thực hiện: số thu cả năm. Dưới dự toán được nửa số điểm theo tỷ lệ; đạt dự toán được 40 điểm; đơn vị có tỷ lệ vượt cao nhất cụm được 80 điểm.",
            en: "Target: the revenue estimate assigned; actual: the year's revenue. Below target earns half the points pro rata; on target earns 40; the cluster's highest ratio earns 80.",
          },
        },
        {
          code: "I.2",
          title: {
            vi: "Giá trị sản xuất nông, lâm nghiệp, thủy sản theo hướng xanh, hài hòa, bản sắc và hạnh phúc",
            en: "Agricultural, forestry and fishery output, growing green, harmonious, distinctive and happy",
          },
          kind: "quant_prop",
          max: 80,
          guide: {
            vi: "Chỉ tiêu: giá trị sản xuất theo nghị quyết được giao; thực hiện: số liệu thống kê cuối năm.",
            en: "Target: the output value set by the resolution; actual: year-end statistics.",
          },
        },
        {
          code: "I.3",
          title: {
            vi: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều cuối năm",
            en: "Year-end poverty rate (multidimensional poverty line)",
          },
          kind: "quant_prop",
          max: 80,
          direction: "down",
          guide: {
            vi: "Càng thấp càng tốt. Chỉ tiêu: tỷ lệ hộ nghèo được giao (%); thực hiện: tỷ lệ theo kết quả rà soát cuối năm.",
            en: "Lower is better. Target: the poverty rate assigned (%); actual: the rate found by the year-end review.",
          },
        },
        {
          code: "I.4",
          title: {
            vi: "Số tiêu chí nông thôn mới hoặc đô thị văn minh đạt thêm trong năm",
            en: "New-countryside or civilised-urban criteria newly met during the year",
          },
          kind: "quant_prop",
          max: 80,
          guide: {
            vi: "Chỉ tiêu: số tiêu chí phải đạt thêm theo kế hoạch; thực hiện: số tiêu chí được cấp có thẩm quyền công nhận.",
            en: "Target: the criteria planned to be met; actual: the criteria recognised by the competent authority.",
          },
        },
        {
          code: "I.5",
          title: {
            vi: "Các chỉ tiêu khác theo nghị quyết phát triển kinh tế – xã hội năm (giao nhiệm vụ, khoán sản phẩm)",
            en: "Other targets of the annual socio-economic resolution (assigned tasks, contracted deliverables)",
          },
          kind: "quant_prop",
          max: 80,
          guide: {
            vi: "Chỉ tiêu: số chỉ tiêu được giao; thực hiện: số chỉ tiêu đạt hoặc vượt.",
            en: "Target: the number of targets assigned; actual: the number met or exceeded.",
          },
        },
      ],
    },
    {
      code: "II",
      title: {
        vi: "Văn hóa – xã hội, giáo dục, y tế, an sinh xã hội",
        en: "Culture, education, health and social welfare",
      },
      kind: "group",
      max: 150,
      children: [
        {
          code: "II.1",
          title: {
            vi: "Xây dựng con người “thân thiện, nhân ái, đoàn kết, sáng tạo, hội nhập”; bảo tồn, phát huy bản sắc văn hóa các dân tộc",
            en: "Building people who are “friendly, caring, united, creative and open”; preserving the ethnic groups' cultural identity",
          },
          kind: "manual",
          max: 30,
          step: 0.5,
        },
        {
          code: "II.2",
          title: {
            vi: "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”",
            en: "Share of households awarded the “Cultured family” title",
          },
          kind: "quant_prop",
          max: 20,
        },
        {
          code: "II.3",
          title: {
            vi: "Mô hình “gia đình hạnh phúc”, “khu dân cư hạnh phúc” được xây dựng, nhân rộng trong năm",
            en: "“Happy family” and “happy neighbourhood” models built or replicated during the year",
          },
          kind: "per_unit",
          max: 20,
          pointsEach: 5,
          floorExempt: true,
          guide: {
            vi: "5 điểm cho mỗi mô hình có quyết định công nhận hoặc báo cáo sơ kết, tối đa 20 điểm.",
            en: "5 points per model with a recognition decision or review report, up to 20.",
          },
        },
        {
          code: "II.4",
          title: {
            vi: "Chất lượng giáo dục, trường đạt chuẩn quốc gia; xây dựng “trường học hạnh phúc”",
            en: "Quality of education and nationally accredited schools; building “happy schools”",
          },
          kind: "manual",
          max: 25,
          step: 0.5,
        },
        {
          code: "II.5",
          title: { vi: "Tỷ lệ dân số tham gia bảo hiểm y tế", en: "Share of the population with health insurance" },
          kind: "quant_prop",
          max: 25,
        },
        {
          code: "II.6",
          title: {
            vi: "Thực hiện chính sách an sinh xã hội, chính sách người có công, giải quyết việc làm",
            en: "Social welfare, policies for people with meritorious services, job creation",
          },
          kind: "manual",
          max: 30,
          step: 0.5,
        },
      ],
    },
    {
      code: "III",
      title: {
        vi: "Quốc phòng – an ninh, trật tự an toàn xã hội",
        en: "Defence, security and public order",
      },
      kind: "group",
      max: 100,
      children: [
        {
          code: "III.1",
          title: {
            vi: "Hoàn thành 100% chỉ tiêu tuyển chọn, gọi công dân nhập ngũ",
            en: "Military call-up quota fully met",
          },
          kind: "qual",
          max: 20,
          evidenceRequired: true,
        },
        {
          code: "III.2",
          title: {
            vi: "Xây dựng lực lượng dân quân; diễn tập, huấn luyện; giáo dục quốc phòng và an ninh",
            en: "Militia building; drills and training; defence and security education",
          },
          kind: "manual",
          max: 20,
          step: 0.5,
        },
        {
          code: "III.3",
          title: {
            vi: "Giữ vững ổn định chính trị, trật tự an toàn xã hội; phong trào toàn dân bảo vệ an ninh Tổ quốc",
            en: "Political stability and public order; the all-people movement to protect national security",
          },
          kind: "manual",
          max: 25,
          step: 0.5,
        },
        {
          code: "III.4",
          title: {
            vi: "Số vụ tai nạn giao thông trên địa bàn so với chỉ tiêu kiềm chế",
            en: "Traffic accidents in the area against the containment target",
          },
          kind: "quant_prop",
          max: 15,
          direction: "down",
          guide: {
            vi: "Càng ít càng tốt. Chỉ tiêu: số vụ tối đa theo kế hoạch (lớn hơn 0); năm không có vụ nào được điểm tối đa.",
            en: "Fewer is better. Target: the planned ceiling (above 0); a year with none earns full points.",
          },
        },
        {
          code: "III.5",
          title: {
            vi: "Tỷ lệ thôn, tổ dân phố đạt tiêu chuẩn “An toàn về an ninh, trật tự”",
            en: "Share of villages and residential groups meeting the “safe for security and order” standard",
          },
          kind: "quant_prop",
          max: 20,
        },
      ],
    },
    {
      code: "IV",
      title: {
        vi: "Xây dựng chính quyền, cải cách hành chính, chuyển đổi số",
        en: "Government building, administrative reform, digital transformation",
      },
      kind: "group",
      max: 150,
      children: [
        {
          code: "IV.1",
          title: {
            vi: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn",
            en: "Share of administrative dossiers settled late",
          },
          kind: "quant_prop",
          max: 30,
          direction: "down",
          guide: {
            vi: "Càng thấp càng tốt. Chỉ tiêu: tỷ lệ quá hạn tối đa được giao (lớn hơn 0); thực hiện: số liệu trên hệ thống giải quyết thủ tục hành chính.",
            en: "Lower is better. Target: the highest late share allowed (above 0); actual: figures from the administrative procedures system.",
          },
        },
        {
          code: "IV.2",
          title: {
            vi: "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình",
            en: "Share of dossiers received and settled fully online",
          },
          kind: "quant_prop",
          max: 30,
        },
        {
          code: "IV.3",
          title: {
            vi: "Chuyển đổi số: phát triển chính quyền số, kinh tế số, xã hội số; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            en: "Digital transformation: digital government, digital economy and society; digitising dossiers and results",
          },
          kind: "manual",
          max: 30,
          step: 0.5,
        },
        {
          code: "IV.4",
          title: {
            vi: "Thực hiện trách nhiệm nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; kỷ luật, kỷ cương hành chính",
            en: "Exemplary conduct of cadres and party members, above all the head; administrative discipline",
          },
          kind: "manual",
          max: 30,
          step: 0.5,
        },
        {
          code: "IV.5",
          title: {
            vi: "Xây dựng “cơ quan, đơn vị hạnh phúc”; thực hiện dân chủ ở cơ sở; giải quyết khiếu nại, tố cáo",
            en: "Building a “happy agency”; grassroots democracy; settling complaints and denunciations",
          },
          kind: "manual",
          max: 30,
          step: 0.5,
        },
      ],
    },
    {
      code: "V",
      title: {
        vi: "Xây dựng Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội",
        en: "Party building, the Fatherland Front and socio-political organisations",
      },
      kind: "group",
      max: 80,
      children: [
        {
          code: "V.1",
          title: {
            vi: "Xây dựng, chỉnh đốn Đảng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            en: "Party building and rectification; following Ho Chi Minh's thought, ethics and style",
          },
          kind: "manual",
          max: 25,
          step: 0.5,
        },
        {
          code: "V.2",
          title: {
            vi: "Kết nạp đảng viên mới so với chỉ tiêu được giao",
            en: "New party members admitted against the assigned target",
          },
          kind: "quant_prop",
          max: 15,
        },
        {
          code: "V.3",
          title: {
            vi: "Hoạt động của Mặt trận Tổ quốc và các đoàn thể; cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
            en: "Work of the Fatherland Front and mass organisations; the “All people unite to build new countryside and civilised towns” campaign",
          },
          kind: "manual",
          max: 25,
          step: 0.5,
        },
        {
          code: "V.4",
          title: {
            vi: "Công tác dân vận, phát huy quyền làm chủ của nhân dân",
            en: "Mass mobilisation and the people's right to self-government",
          },
          kind: "manual",
          max: 15,
          step: 0.5,
        },
      ],
    },
    {
      code: "VI",
      title: { vi: "Công tác thi đua, khen thưởng", en: "Emulation and commendation work" },
      kind: "group",
      max: 70,
      children: [
        {
          code: "VI.1",
          title: {
            vi: "Tổ chức phát động phong trào thi đua, ký kết giao ước thi đua, đăng ký thi đua đầu năm",
            en: "Launching the emulation movement, signing the pact and registering at the start of the year",
          },
          kind: "qual",
          max: 10,
          evidenceRequired: true,
          guide: {
            vi: "Minh chứng: kế hoạch, văn bản phát động, bản giao ước và đăng ký thi đua.",
            en: "Evidence: the plan, the launch document, the signed pact and the registration.",
          },
        },
        {
          code: "VI.2",
          title: {
            vi: "Sơ kết, tổng kết phong trào thi đua; tham gia hoạt động của cụm thi đua",
            en: "Mid-year and annual reviews of the movement; taking part in the cluster's activities",
          },
          kind: "manual",
          max: 15,
          step: 0.5,
        },
        {
          code: "VI.3",
          title: {
            vi: "Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến, mô hình mới",
            en: "Finding, fostering, reviewing and replicating advanced examples and new models",
          },
          kind: "per_unit",
          max: 20,
          pointsEach: 5,
          floorExempt: true,
          guide: {
            vi: "5 điểm cho mỗi điển hình hoặc mô hình được biểu dương, nhân rộng có văn bản ghi nhận, tối đa 20 điểm.",
            en: "5 points per example or model praised or replicated with a written record, up to 20.",
          },
        },
        {
          code: "VI.4",
          title: {
            vi: "Hồ sơ đề nghị khen thưởng đúng thời hạn, đúng quy định; khen thưởng “đúng người, đúng việc, đúng thành tích”",
            en: "Award dossiers on time and in order; awards to “the right person, for the right deed and achievement”",
          },
          kind: "manual",
          max: 15,
          step: 0.5,
        },
        {
          code: "VI.5",
          title: {
            vi: "Tuyên truyền về thi đua, khen thưởng; ứng dụng công nghệ thông tin trong quản lý thi đua",
            en: "Publicising emulation and commendation; information technology in managing emulation",
          },
          kind: "manual",
          max: 10,
          step: 0.5,
        },
      ],
    },
    {
      code: "B",
      title: { vi: "Điểm thưởng", en: "Bonus points" },
      kind: "group",
      max: 50,
      children: [
        {
          code: "B.1",
          title: {
            vi: "Được tặng Cờ thi đua hoặc Bằng khen của cấp trên trong năm",
            en: "Emulation flag or certificate of merit from a higher level during the year",
          },
          kind: "bonus",
          max: 30,
          guide: {
            vi: "Cờ thi đua của Chính phủ: 30 điểm; Cờ thi đua hoặc Bằng khen cấp bộ, tỉnh: 20 điểm. Minh chứng: quyết định khen thưởng.",
            en: "Government flag: 30 points; ministerial or provincial flag or certificate: 20. Evidence: the award decision.",
          },
        },
        newModelBonus("B.2", 20),
        {
          code: "B.3",
          title: {
            vi: "Được cơ quan có thẩm quyền ghi nhận dẫn đầu về cải cách hành chính hoặc chuyển đổi số",
            en: "Recognised by the competent authority as leading in administrative reform or digital transformation",
          },
          kind: "bonus",
          max: 10,
        },
      ],
    },
    {
      code: "D",
      title: { vi: "Điểm trừ", en: "Deductions" },
      kind: "group",
      max: 0,
      children: [
        noLaunchDeduction(8),
        {
          code: "D.2",
          title: {
            vi: "Chậm gửi báo cáo, hồ sơ thi đua theo yêu cầu",
            en: "Late emulation reports or dossiers",
          },
          kind: "deduction",
          max: 10,
          guide: { vi: "Trừ 2 điểm mỗi lần, tối đa 10 điểm.", en: "Deduct 2 points each time, up to 10." },
        },
        {
          code: "D.3",
          title: {
            vi: "Tập thể hoặc cán bộ chủ chốt bị xử lý kỷ luật; để xảy ra vi phạm pháp luật, tham nhũng, lãng phí, khiếu kiện đông người",
            en: "The collective or key cadres disciplined; violations of law, corruption, waste or mass complaints",
          },
          kind: "deduction",
          max: 50,
          guide: { vi: "Trừ 10 điểm mỗi trường hợp, tối đa 50 điểm.", en: "Deduct 10 points per case, up to 50." },
        },
      ],
    },
  ],
};
