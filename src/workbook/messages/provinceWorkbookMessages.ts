// Texts of the province workbook (danh sách đề nghị khen thưởng of the clusters): sheet names, the official header,
// titles, column headers, states and statistics labels, in Vietnamese administrative style and English.

import { defineMessages } from "../../core/messages/messageTypes";
import type { Grade } from "../../core/model/gradeTypes";

type Year = { year: number };

const GRADE_VI: Record<Grade, string> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};
const GRADE_EN: Record<Grade, string> = {
  HTXSNV: "Completed tasks excellently",
  HTTNV: "Completed tasks well",
  HTNV: "Completed tasks",
  KHTNV: "Did not complete tasks",
};

export const provinceWorkbookMessages = defineMessages({
  sheetList: { vi: () => "Danh sách đề nghị", en: () => "Proposals" },
  sheetClusters: { vi: () => "Tổng hợp cụm, khối", en: () => "Clusters" },
  sheetStats: { vi: () => "Thống kê", en: () => "Statistics" },
  sheetUnits: { vi: () => "Đơn vị", en: () => "Units" },
  sheetFindings: { vi: () => "Kiểm tra", en: () => "Checks" },
  sheetSettings: { vi: () => "Cài đặt", en: () => "Settings" },

  issuerDefault: {
    vi: () => "BAN THI ĐUA - KHEN THƯỞNG TỈNH",
    en: () => "PROVINCIAL EMULATION AND COMMENDATION BOARD",
  },
  signerDefault: { vi: () => "TRƯỞNG BAN", en: () => "HEAD OF THE BOARD" },
  nation: { vi: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: () => "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: () => "Độc lập - Tự do - Hạnh phúc", en: () => "Independence - Freedom - Happiness" },
  listTitle: {
    vi: () => "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC CỤM, KHỐI THI ĐUA",
    en: () => "AWARDS PROPOSED BY THE EMULATION CLUSTERS AND BLOCKS",
  },
  clustersTitle: {
    vi: () => "TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG CỦA CÁC CỤM, KHỐI THI ĐUA",
    en: () => "SCORING AND RANKING RESULTS OF THE EMULATION CLUSTERS AND BLOCKS",
  },
  statsTitle: {
    vi: () => "THỐNG KÊ KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI",
    en: () => "EMULATION STATISTICS OF THE CLUSTERS AND BLOCKS",
  },
  unitsTitle: {
    vi: () => "Kết quả của các đơn vị thuộc các cụm, khối được tổng hợp",
    en: () => "Results of the units of the clusters consolidated",
  },
  findingsTitle: {
    vi: () => "Kết quả kiểm tra các bảng chấm điểm của cụm, khối",
    en: () => "Checks of the cluster workbooks",
  },
  settingsTitle: {
    vi: () => "Cài đặt của Ban Thi đua - Khen thưởng (sửa cột Giá trị rồi tổng hợp lại)",
    en: () => "The Board's settings (edit the Value column, then consolidate again)",
  },
  sources: {
    vi: (p: { read: number; counted: number; left: number }) =>
      `(Tổng hợp từ ${p.read} bảng chấm điểm của cụm, khối; ${p.counted} bảng đủ điều kiện` +
      (p.left > 0 ? `, ${p.left} bảng chưa đủ điều kiện: xem sheet Kiểm tra)` : ")"),
    en: (p: { read: number; counted: number; left: number }) =>
      `(Consolidated from ${p.read} cluster workbooks; ${p.counted} qualify` +
      (p.left > 0 ? `, ${p.left} do not: see the Checks sheet)` : ")"),
  },
  periodUnknown: { vi: () => "(chưa xác định kỳ)", en: () => "(period unknown)" },

  headerIndex: { vi: () => "STT", en: () => "No." },
  headerUnit: { vi: () => "Tên đơn vị", en: () => "Unit" },
  headerCode: { vi: () => "Mã đơn vị", en: () => "Code" },
  headerCluster: { vi: () => "Cụm, khối thi đua", en: () => "Cluster or block" },
  headerClusterKey: { vi: () => "Cụm số", en: () => "Cluster no." },
  headerFinal: { vi: () => "Tổng điểm", en: () => "Total score" },
  headerMax: { vi: () => "Thang điểm", en: () => "Scale" },
  headerShare: { vi: () => "Tỷ lệ đạt", en: () => "Share of scale" },
  headerRank: { vi: () => "Xếp hạng trong cụm, khối", en: () => "Rank in cluster" },
  headerGrade: { vi: () => "Xếp loại", en: () => "Grade" },
  headerAward: { vi: () => "Đề nghị khen thưởng", en: () => "Proposed award" },
  headerVote: { vi: () => "Biểu quyết của cụm, khối", en: () => "Cluster vote" },
  headerNote: { vi: () => "Ghi chú", en: () => "Notes" },
  headerFile: { vi: () => "Tệp", en: () => "File" },
  headerPeriod: { vi: () => "Kỳ đánh giá", en: () => "Period" },
  headerTemplate: { vi: () => "Bảng điểm (mẫu, phiên bản)", en: () => "Scoring table (template, version)" },
  headerMembers: { vi: () => "Số đơn vị", en: () => "Units" },
  headerRanked: { vi: () => "Xếp hạng", en: () => "Ranking" },
  headerVotes: { vi: () => "Biểu quyết", en: () => "Votes" },
  headerStatus: { vi: () => "Tình trạng", en: () => "Status" },
  headerSeverity: { vi: () => "Mức độ", en: () => "Severity" },
  headerSheet: { vi: () => "Sheet", en: () => "Sheet" },
  headerCell: { vi: () => "Ô", en: () => "Cell" },
  headerMessage: { vi: () => "Nội dung", en: () => "Finding" },
  headerRule: { vi: () => "Mã quy tắc", en: () => "Rule" },
  headerKey: { vi: () => "Khóa", en: () => "Key" },
  headerValue: { vi: () => "Giá trị", en: () => "Value" },
  headerMeaning: { vi: () => "Ý nghĩa", en: () => "Meaning" },
  headerCount: { vi: () => "Số đơn vị", en: () => "Units" },
  headerPercent: { vi: () => "Tỷ lệ", en: () => "Share" },
  headerTotal: { vi: () => "Cộng", en: () => "Total" },
  headerFlags: { vi: () => "Cờ thi đua", en: () => "Emulation flags" },
  headerCertificates: { vi: () => "Bằng khen", en: () => "Certificates of merit" },
  headerFlagsYear: { vi: (p: Year) => `Cờ thi đua năm ${p.year}`, en: (p: Year) => `Flags ${p.year}` },
  headerCertificatesYear: {
    vi: (p: Year) => `Bằng khen năm ${p.year}`,
    en: (p: Year) => `Certificates ${p.year}`,
  },
  headerChange: { vi: () => "Tăng (+), giảm (-)", en: () => "Change (+/-)" },

  sectionFlags: {
    vi: (p: { name: string }) => `I. ĐỀ NGHỊ TẶNG ${p.name.toLocaleUpperCase("vi")}`,
    en: (p: { name: string }) => `I. PROPOSED FOR THE ${p.name.toLocaleUpperCase("en")}`,
  },
  sectionCertificates: {
    vi: (p: { name: string }) => `II. ĐỀ NGHỊ TẶNG ${p.name.toLocaleUpperCase("vi")}`,
    en: (p: { name: string }) => `II. PROPOSED FOR THE ${p.name.toLocaleUpperCase("en")}`,
  },
  sectionCouncil: {
    vi: () => "III. CÁC TRƯỜNG HỢP ĐỀ NGHỊ HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH XEM XÉT, QUYẾT ĐỊNH",
    en: () => "III. CASES FOR THE PROVINCIAL EMULATION AND COMMENDATION COUNCIL TO DECIDE",
  },
  none: { vi: () => "Không có", en: () => "None" },
  councilAward: {
    vi: (p: { award: string }) => `Xem xét: ${p.award}`,
    en: (p: { award: string }) => `At stake: ${p.award}`,
  },
  totalsTitle: { vi: () => "Tổng hợp:", en: () => "Totals:" },
  totalFlags: {
    vi: (p: { name: string }) => `Số tập thể đề nghị tặng ${p.name}`,
    en: (p: { name: string }) => `Units proposed for the ${p.name}`,
  },
  totalCertificates: {
    vi: (p: { name: string }) => `Số tập thể đề nghị tặng ${p.name}`,
    en: (p: { name: string }) => `Units proposed for the ${p.name}`,
  },
  totalCouncil: {
    vi: () => "Số trường hợp đề nghị Hội đồng xem xét, quyết định",
    en: () => "Cases for the council to decide",
  },
  totalAll: {
    vi: () => "Tổng số tập thể đề nghị khen thưởng (mục I và II)",
    en: () => "Units proposed for an award in all (I and II)",
  },
  abbreviations: {
    vi: () =>
      `Ghi chú: HTXSNV: ${GRADE_VI.HTXSNV}; HTTNV: ${GRADE_VI.HTTNV}; HTNV: ${GRADE_VI.HTNV}; KHTNV: ${GRADE_VI.KHTNV}.`,
    en: () =>
      `Grades: HTXSNV: ${GRADE_EN.HTXSNV}; HTTNV: ${GRADE_EN.HTTNV}; HTNV: ${GRADE_EN.HTNV}; KHTNV: ${GRADE_EN.KHTNV}.`,
  },
  placeDate: { vi: () => "……, ngày …… tháng …… năm ……", en: () => "……, date ……/……/……" },
  preparer: { vi: () => "NGƯỜI LẬP BIỂU", en: () => "PREPARED BY" },
  signHint: { vi: () => "(Ký, ghi rõ họ tên)", en: () => "(Signature and full name)" },

  rankedRanked: { vi: () => "Đã xếp hạng", en: () => "Ranked" },
  rankedNot: { vi: () => "Chưa xếp hạng", en: () => "Not ranked" },
  rankedStale: { vi: () => "Kết quả đã cũ", en: () => "Stale" },
  votesRecorded: { vi: () => "Đã biểu quyết", en: () => "Recorded" },
  votesNotRecorded: { vi: () => "Chưa có", en: () => "Not recorded" },
  votesNotRequired: { vi: () => "Không bắt buộc", en: () => "Not required" },
  votesStale: { vi: () => "Kết quả biểu quyết đã cũ", en: () => "Vote stale" },
  statusCounted: { vi: () => "Đưa vào danh sách", en: () => "In the list" },
  statusLeftOut: {
    vi: (p: { reasons: string }) => `Chưa đưa vào danh sách: ${p.reasons}`,
    en: (p: { reasons: string }) => `Not in the list: ${p.reasons}`,
  },
  dash: { vi: () => "—", en: () => "—" },

  statsGrades: { vi: () => "1. Xếp loại các đơn vị", en: () => "1. Units by grade" },
  statsAwards: { vi: () => "2. Đề nghị khen thưởng theo cụm, khối", en: () => "2. Proposed awards by cluster" },
  statsLastYear: {
    vi: (p: Year) => `3. So sánh với năm ${p.year}`,
    en: (p: Year) => `3. Compared with ${p.year}`,
  },
  statsLastYearScope: {
    vi: (p: { count: number; total: number; year: number }) =>
      `(${p.count}/${p.total} cụm, khối có số liệu năm ${p.year} trong sheet Lịch sử; chỉ so sánh các cụm, khối này.)`,
    en: (p: { count: number; total: number; year: number }) =>
      `(${p.count} of ${p.total} clusters hold ${p.year} in their history sheet; only they are compared.)`,
  },
  statsNoLastYear: {
    vi: (p: Year) => `Sheet Lịch sử của các cụm, khối chưa có số liệu năm ${p.year} nên chưa so sánh được.`,
    en: (p: Year) => `The clusters' history sheets hold nothing for ${p.year}, so there is no comparison.`,
  },
  gradeName: {
    vi: (p: { grade: Grade }) => `${GRADE_VI[p.grade]} (${p.grade})`,
    en: (p: { grade: Grade }) => `${GRADE_EN[p.grade]} (${p.grade})`,
  },

  severityError: { vi: () => "Lỗi", en: () => "Error" },
  severityWarning: { vi: () => "Cảnh báo", en: () => "Warning" },
  severityInfo: { vi: () => "Thông tin", en: () => "Note" },
  noFindings: { vi: () => "Không có phát hiện nào.", en: () => "Nothing found." },
});

/** Short reasons a cluster is left out, by province rule, for the summary's status column. */
export const provinceReasonMessages = defineMessages({
  "province.unreadable": { vi: () => "không đọc được", en: () => "unreadable" },
  "province.cluster-errors": { vi: () => "bảng còn lỗi", en: () => "errors in the workbook" },
  "province.not-ranked": { vi: () => "chưa xếp hạng", en: () => "not ranked" },
  "province.stale": { vi: () => "kết quả đã cũ", en: () => "stale results" },
  "province.votes-missing": { vi: () => "chưa có biểu quyết", en: () => "no votes" },
  "province.votes-stale": { vi: () => "kết quả biểu quyết đã cũ", en: () => "stale vote" },
  "province.other-year": { vi: () => "khác năm", en: () => "another year" },
  "province.other-period": { vi: () => "khác kỳ", en: () => "another period" },
  "province.template-version": { vi: () => "khác phiên bản bảng điểm", en: () => "another template version" },
  "province.unit-in-two-clusters": { vi: () => "đơn vị trùng với cụm, khối khác", en: () => "unit in two clusters" },
  "province.flags-over-quota": { vi: () => "vượt số Cờ thi đua", en: () => "too many flags" },
  "province.certificates-over-quota": { vi: () => "vượt số Bằng khen", en: () => "too many certificates" },
  "province.tie-broken": { vi: () => "tự tách trường hợp bằng điểm", en: () => "tie broken in the workbook" },
  "province.award-edited": { vi: () => "ô đề nghị bị sửa tay", en: () => "award edited by hand" },
  "province.rotation-gap": { vi: () => "chưa đủ thời gian giữa hai lần nhận Cờ", en: () => "flag too soon again" },
});
