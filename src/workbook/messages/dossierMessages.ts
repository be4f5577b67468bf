// Texts of the province's dossier for the provincial awards (hồ sơ đề nghị khen thưởng): the submission (tờ trình)
// of each proposed flag and the lists of proposals, in Vietnamese administrative style (Decree 30/2020/NĐ-CP) and
// English.

import { defineMessages } from "../../core/messages/messageTypes";

type Unit = { unit: string };
type Cluster = { cluster: string };
type Period = { period: string };
type AwardName = { award: string };

export const dossierMessages = defineMessages({
  nation: { vi: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: () => "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: () => "Độc lập - Tự do - Hạnh phúc", en: () => "Independence - Freedom - Happiness" },
  submissionNumber: { vi: () => "Số:        /TTr-TĐKT", en: () => "No.:        /TTr-TĐKT" },
  placeDate: {
    vi: (p: { town: string }) => `${p.town || "……"}, ngày …… tháng …… năm ……`,
    en: (p: { town: string }) => `${p.town || "……"}, date ……/……/……`,
  },

  submissionTitle: { vi: () => "TỜ TRÌNH", en: () => "SUBMISSION" },
  submissionAbout: {
    vi: (p: AwardName & Period & Unit) => `Về việc đề nghị tặng ${p.award} ${p.period} cho ${p.unit}`,
    en: (p: AwardName & Period & Unit) => `Proposing the ${p.award} ${p.period} for ${p.unit}`,
  },
  to: {
    vi: (p: { recipient: string }) => `Kính gửi: ${p.recipient}.`,
    en: (p: { recipient: string }) => `To: ${p.recipient}.`,
  },
  basisLaw: {
    vi: (p: { title: string; date: string }) => `Căn cứ ${p.title}${p.date ? ` ${p.date}` : ""};`,
    en: (p: { title: string; date: string }) => `Pursuant to the ${p.title}${p.date ? ` of ${p.date}` : ""};`,
  },
  basisDocument: {
    vi: (p: { number: string; title: string; date: string }) =>
      `Căn cứ ${p.number}${p.date ? ` ${p.date}` : ""} ${p.title};`,
    en: (p: { number: string; title: string; date: string }) =>
      `Pursuant to ${p.number}${p.date ? ` of ${p.date}` : ""} (${p.title});`,
  },
  basisMinutes: {
    vi: (p: Cluster & Period & { date: string }) =>
      `Căn cứ Biên bản họp bình xét, suy tôn ${p.period} của ${p.cluster}${p.date ? ` ${p.date}` : ""};`,
    en: (p: Cluster & Period & { date: string }) =>
      `Having regard to the minutes of the ${p.cluster} deliberation meeting ${p.period}${p.date ? ` of ${p.date}` : ""};`,
  },
  basisScores: {
    vi: (p: Cluster & Period) => `Căn cứ kết quả chấm điểm, xếp hạng ${p.period} của ${p.cluster};`,
    en: (p: Cluster & Period) => `Having regard to the scoring and ranking ${p.period} of the ${p.cluster};`,
  },
  basisCouncil: {
    vi: () => "Căn cứ kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh,",
    en: () => "Having regard to the vote of the Provincial Emulation and Commendation Council,",
  },
  proposal: {
    vi: (p: AwardName & Period & Unit & Cluster & { recipient: string }) =>
      `Kính trình ${p.recipient} xem xét, tặng ${p.award} ${p.period} cho ${p.unit}, đơn vị dẫn đầu ${p.cluster}, ` +
      `với kết quả như sau:`,
    en: (p: AwardName & Period & Unit & Cluster & { recipient: string }) =>
      `We respectfully ask the ${p.recipient} to award the ${p.award} ${p.period} to ${p.unit}, the leading unit ` +
      `of the ${p.cluster}, on these results:`,
  },
  resultScore: {
    vi: (p: { final: string; max: string; rank: number; members: string }) =>
      `Tổng điểm đạt ${p.final}/${p.max} điểm; xếp hạng ${p.rank}${p.members ? `/${p.members}` : ""} đơn vị của cụm, khối;`,
    en: (p: { final: string; max: string; rank: number; members: string }) =>
      `Total ${p.final} of ${p.max} points; ranked ${p.rank}${p.members ? ` of ${p.members}` : ""} in its cluster;`,
  },
  resultGrade: {
    vi: (p: { grade: string }) => `Xếp loại: ${p.grade};`,
    en: (p: { grade: string }) => `Grade: ${p.grade};`,
  },
  resultClusterVote: {
    vi: (p: { yes: number; basis: number }) =>
      `Kết quả bình xét, suy tôn của cụm, khối: ${p.yes}/${p.basis} phiếu tán thành;`,
    en: (p: { yes: number; basis: number }) => `The cluster's deliberation: ${p.yes} of ${p.basis} in favour;`,
  },
  resultNoClusterVote: {
    vi: () => "Kết quả bình xét, suy tôn của cụm, khối: chưa có trong bảng chấm điểm;",
    en: () => "The cluster's deliberation: not recorded in its workbook;",
  },
  resultCouncil: {
    vi: (p: { yes: number; members: number }) =>
      `Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh: ${p.yes}/${p.members} thành viên tán thành.`,
    en: (p: { yes: number; members: number }) =>
      `The Provincial Emulation and Commendation Council's vote: ${p.yes} of ${p.members} members in favour.`,
  },
  resultNoCouncil: {
    vi: () => "Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh: chưa có.",
    en: () => "The Provincial Emulation and Commendation Council's vote: not yet held.",
  },
  resultNote: { vi: (p: { note: string }) => `Ghi chú: ${p.note}`, en: (p: { note: string }) => `Note: ${p.note}` },
  attachments: { vi: () => "Hồ sơ kèm theo:", en: () => "Attached:" },
  attachList: {
    vi: (p: AwardName & Period) => `Danh sách đề nghị tặng ${p.award} ${p.period};`,
    en: (p: AwardName & Period) => `The list proposed for the ${p.award} ${p.period};`,
  },
  attachMinutes: {
    vi: (p: Cluster & { date: string }) =>
      `Biên bản họp bình xét, suy tôn của ${p.cluster}${p.date ? ` ${p.date}` : ""};`,
    en: (p: Cluster & { date: string }) =>
      `The minutes of the ${p.cluster} deliberation meeting${p.date ? ` of ${p.date}` : ""};`,
  },
  attachReport: {
    vi: (p: Unit) => `Báo cáo thành tích của ${p.unit} (do đơn vị lập, có xác nhận của cấp trình khen thưởng).`,
    en: (p: Unit) => `The achievement report of ${p.unit} (made by the unit, endorsed by the proposing level).`,
  },
  closing: {
    vi: (p: { recipient: string }) => `Kính trình ${p.recipient} xem xét, quyết định./.`,
    en: (p: { recipient: string }) => `Submitted to the ${p.recipient} for decision./.`,
  },
  recipients: { vi: () => "Nơi nhận:", en: () => "To:" },
  recipientAbove: { vi: () => "- Như trên;", en: () => "- As above;" },
  recipientCouncil: {
    vi: () => "- Hội đồng Thi đua - Khen thưởng tỉnh;",
    en: () => "- Provincial Emulation and Commendation Council;",
  },
  recipientCluster: { vi: (p: Cluster) => `- ${p.cluster};`, en: (p: Cluster) => `- ${p.cluster};` },
  recipientFile: { vi: () => "- Lưu: VT.", en: () => "- File." },
  signHint: { vi: () => "(Ký, ghi rõ họ tên, đóng dấu)", en: () => "(Signature, full name, seal)" },

  listTitle: { vi: () => "DANH SÁCH", en: () => "LIST" },
  listAbout: {
    vi: (p: AwardName & Period) => `Đề nghị tặng ${p.award} ${p.period}`,
    en: (p: AwardName & Period) => `Proposed for the ${p.award} ${p.period}`,
  },
  listAboutAll: {
    vi: (p: Period) => `Đề nghị khen thưởng của các cụm, khối thi đua ${p.period}`,
    en: (p: Period) => `Awards proposed by the emulation clusters and blocks, ${p.period}`,
  },
  listAttached: {
    vi: () => "(Kèm theo Tờ trình số ……/TTr-TĐKT ngày …… tháng …… năm ……)",
    en: () => "(Attached to Submission No. ……/TTr-TĐKT of ……/……/……)",
  },
  colIndex: { vi: () => "STT", en: () => "No." },
  colUnit: { vi: () => "Tên tập thể", en: () => "Collective" },
  colCluster: { vi: () => "Cụm, khối", en: () => "Cluster" },
  colFinal: { vi: () => "Tổng điểm", en: () => "Total" },
  colRank: { vi: () => "Xếp hạng", en: () => "Rank" },
  colGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  colClusterVote: { vi: () => "Bình xét của cụm, khối", en: () => "Cluster's vote" },
  colCouncilVote: { vi: () => "Biểu quyết của Hội đồng", en: () => "Council's vote" },
  colNote: { vi: () => "Ghi chú", en: () => "Notes" },
  sectionAward: {
    vi: (p: AwardName) => `Đề nghị tặng ${p.award}`,
    en: (p: AwardName) => `Proposed for the ${p.award}`,
  },
  sectionCouncil: {
    vi: () => "Các trường hợp đề nghị Hội đồng xem xét",
    en: () => "Cases for the council to decide",
  },
  rankOf: {
    vi: (p: { rank: number; members: string }) => (p.members ? `${p.rank}/${p.members}` : String(p.rank)),
    en: (p: { rank: number; members: string }) => (p.members ? `${p.rank} of ${p.members}` : String(p.rank)),
  },
  pointsOf: {
    vi: (p: { final: string; max: string }) => `${p.final}/${p.max}`,
    en: (p: { final: string; max: string }) => `${p.final}/${p.max}`,
  },
  voteFor: {
    vi: (p: { yes: number; basis: number }) => `${p.yes}/${p.basis} tán thành`,
    en: (p: { yes: number; basis: number }) => `${p.yes} of ${p.basis} for`,
  },
  voteNoQuorum: { vi: () => "Không đủ túc số", en: () => "No quorum" },
  councilPassed: {
    vi: (p: { yes: number; members: number }) => `Thông qua (${p.yes}/${p.members})`,
    en: (p: { yes: number; members: number }) => `Passed (${p.yes} of ${p.members})`,
  },
  councilFailed: {
    vi: (p: { yes: number; members: number }) => `Không thông qua (${p.yes}/${p.members})`,
    en: (p: { yes: number; members: number }) => `Not passed (${p.yes} of ${p.members})`,
  },
  councilCase: {
    vi: (p: AwardName) => `Xem xét: ${p.award}.`,
    en: (p: AwardName) => `At stake: ${p.award}.`,
  },
  legend: {
    vi: () =>
      "Ghi chú: HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ; HTNV: Hoàn thành nhiệm vụ; " +
      "KHTNV: Không hoàn thành nhiệm vụ. Tổng điểm ghi theo thang điểm của bảng chấm điểm từng cụm, khối.",
    en: () =>
      "Grades: HTXSNV: completed tasks excellently; HTTNV: completed tasks well; HTNV: completed tasks; KHTNV: did " +
      "not complete tasks. Totals are on each cluster's own scale.",
  },
  none: { vi: () => "(Không có)", en: () => "(None)" },
  preparer: { vi: () => "NGƯỜI LẬP BIỂU", en: () => "PREPARED BY" },
  preparerHint: { vi: () => "(Ký, ghi rõ họ tên)", en: () => "(Signature and full name)" },

  fileSubmission: {
    vi: (p: Unit) => `Tờ trình Cờ thi đua - ${p.unit}`,
    en: (p: Unit) => `Submission emulation flag - ${p.unit}`,
  },
  fileList: {
    vi: (p: Unit) => `Danh sách Cờ thi đua - ${p.unit}`,
    en: (p: Unit) => `List emulation flag - ${p.unit}`,
  },
  fileAll: {
    vi: (p: Period) => `Danh sách đề nghị khen thưởng - ${p.period}`,
    en: (p: Period) => `Proposed awards - ${p.period}`,
  },
});
