// Texts of the provincial council's vote: the vote sheet of the province workbook (Biểu quyết Hội đồng) and the
// council's printed ballots, in Vietnamese administrative style and English.

import { defineMessages } from "../../core/messages/messageTypes";
import type { Award } from "../../core/model/gradeTypes";

const AWARD_VI: Record<Award, string> = { "co-thi-dua": "Cờ thi đua", "bang-khen": "Bằng khen" };
const AWARD_EN: Record<Award, string> = { "co-thi-dua": "emulation flag", "bang-khen": "certificate of merit" };

export const councilSheetMessages = defineMessages({
  sheet: { vi: () => "Biểu quyết Hội đồng", en: () => "Council vote" },
  councilDefault: {
    vi: () => "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",
    en: () => "PROVINCIAL EMULATION AND COMMENDATION COUNCIL",
  },
  title: {
    vi: (p: { council: string }) => `KẾT QUẢ BIỂU QUYẾT CỦA ${p.council}`,
    en: (p: { council: string }) => `VOTE OF THE ${p.council}`,
  },
  intro: {
    vi: () =>
      "Nhập số thành viên có mặt và số phiếu vào các ô màu vàng; tỷ lệ và kết quả tự tính theo Cài đặt " +
      "(council.members, council.quorum, council.majority).",
    en: () =>
      "Enter the members present and the ballots in the yellow cells; shares and results follow the Settings " +
      "(council.members, council.quorum, council.majority).",
  },
  members: { vi: () => "Tổng số thành viên Hội đồng", en: () => "Council members" },
  present: { vi: () => "Số thành viên có mặt", en: () => "Members present" },
  quorumShare: { vi: () => "Tỷ lệ có mặt tối thiểu (túc số)", en: () => "Quorum (share present)" },
  majorityShare: {
    vi: () => "Thông qua khi tỷ lệ tán thành trên tổng số thành viên vượt",
    en: () => "Passes when the share of all members in favour is above",
  },
  quorumMet: { vi: () => "Đủ túc số", en: () => "Quorum met" },
  yes: { vi: () => "Có", en: () => "Yes" },
  no: { vi: () => "Không", en: () => "No" },
  headerIndex: { vi: () => "STT", en: () => "No." },
  headerAward: { vi: () => "Hình thức khen thưởng", en: () => "Award" },
  headerCode: { vi: () => "Mã đơn vị", en: () => "Code" },
  headerUnit: { vi: () => "Tên đơn vị", en: () => "Unit" },
  headerCluster: { vi: () => "Cụm, khối", en: () => "Cluster" },
  headerFinal: { vi: () => "Tổng điểm", en: () => "Total" },
  headerRank: { vi: () => "Hạng trong cụm, khối", en: () => "Rank" },
  headerGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  headerYes: { vi: () => "Tán thành", en: () => "For" },
  headerNo: { vi: () => "Không tán thành", en: () => "Against" },
  headerShare: { vi: () => "Tỷ lệ tán thành", en: () => "Share for" },
  headerResult: { vi: () => "Kết quả", en: () => "Result" },
  headerNote: { vi: () => "Ghi chú", en: () => "Notes" },
  councilCase: { vi: () => "Hội đồng xem xét", en: () => "For the council" },
  resultPassed: { vi: () => "Thông qua", en: () => "Passed" },
  resultFailed: { vi: () => "Không thông qua", en: () => "Not passed" },
  resultNoQuorum: { vi: () => "Không đủ túc số", en: () => "No quorum" },
  resultInvalid: { vi: () => "Số phiếu không hợp lệ", en: () => "Invalid count" },
  none: { vi: () => "(Không có đề nghị)", en: () => "(No proposals)" },
  totals: { vi: () => "Số đề nghị được thông qua", en: () => "Proposals passed" },
  noCouncil: {
    vi: () =>
      "Bảng tổng hợp chưa có sheet Biểu quyết Hội đồng (lập trước khi có chức năng này); hãy chạy lại thidua province.",
    en: () => "The province workbook has no Council vote sheet (made before it existed); run thidua province again.",
  },
  notOnList: {
    vi: (p: { unit: string; award: Award }) =>
      `Đơn vị mã ${p.unit} không có trong danh sách đề nghị ${AWARD_VI[p.award]}.`,
    en: (p: { unit: string; award: Award }) => `Unit ${p.unit} is not on the list for the ${AWARD_EN[p.award]}.`,
  },
  dropped: {
    vi: (p: { unit: string; award: Award }) =>
      `Số phiếu Hội đồng đã nhập cho ${p.unit} (${AWARD_VI[p.award]}) không được giữ lại vì đề nghị này không còn ` +
      `trong danh sách mới.`,
    en: (p: { unit: string; award: Award }) =>
      `The council's ballots typed for ${p.unit} (${AWARD_EN[p.award]}) are not kept: the new list no longer ` +
      `holds that proposal.`,
  },

  ballotSheet: { vi: () => "Phiếu biểu quyết", en: () => "Ballots" },
  ballotFile: { vi: () => "Phiếu biểu quyết Hội đồng", en: () => "Council ballots" },
  ballotTitle: { vi: () => "PHIẾU BIỂU QUYẾT", en: () => "BALLOT" },
  ballotSubtitle: {
    vi: (p: { period: string }) => `Đề nghị khen thưởng các cụm, khối thi đua ${p.period}`,
    en: (p: { period: string }) => `Awards proposed by the emulation clusters and blocks, ${p.period}`,
  },
  ballotInstruction: {
    vi: () => "(Đánh dấu × vào một trong hai ô Đồng ý hoặc Không đồng ý đối với từng đơn vị)",
    en: () => "(Mark × in one of the two boxes, Agree or Disagree, for each unit)",
  },
  ballotSection: {
    vi: (p: { n: string; award: string }) => `${p.n}. Đề nghị tặng ${p.award}`,
    en: (p: { n: string; award: string }) => `${p.n}. Proposed for the ${p.award}`,
  },
  ballotCouncilSection: {
    vi: (p: { n: string }) => `${p.n}. Các trường hợp đề nghị Hội đồng xem xét`,
    en: (p: { n: string }) => `${p.n}. Cases for the council to decide`,
  },
  ballotUnit: { vi: () => "Tên đơn vị (cụm, khối)", en: () => "Unit (cluster)" },
  ballotYes: { vi: () => "Đồng ý", en: () => "Agree" },
  ballotNo: { vi: () => "Không đồng ý", en: () => "Disagree" },
  ballotCase: {
    vi: (p: { unit: string; cluster: string; award: string }) => `${p.unit} (${p.cluster}) - ${p.award}`,
    en: (p: { unit: string; cluster: string; award: string }) => `${p.unit} (${p.cluster}) - ${p.award}`,
  },
  ballotFooter: {
    vi: () =>
      "Phiếu biểu quyết không ghi tên. Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào ở một đơn vị thì " +
      "không tính cho đơn vị đó.",
    en: () => "Ballots carry no name. A unit with both boxes or neither box marked does not count on that ballot.",
  },
});
