// Messages of the task pane's working screens (Start, Validate, Rank, navigation, errors), in Vietnamese and English.
import { defineMessages } from "../../core/messages/messageTypes";

export const screenMessages = defineMessages({
  navLabel: { vi: () => "Các bước", en: () => "Steps" },
  moreScreens: { vi: () => "Thêm", en: () => "More" },
  tabStart: { vi: () => "Bắt đầu", en: () => "Start" },
  tabValidate: { vi: () => "Kiểm tra", en: () => "Validate" },
  tabRank: { vi: () => "Xếp hạng", en: () => "Rank" },
  languageSwitch: { vi: () => "Ngôn ngữ", en: () => "Language" },
  loadingWorkbook: { vi: () => "Đang đọc sổ tính…", en: () => "Reading the workbook…" },

  startTitle: { vi: () => "Đưa bảng chấm điểm vào sổ tính", en: () => "Put a scoring table into the workbook" },
  templatesLabel: { vi: () => "Mẫu bảng chấm điểm", en: () => "Scoring table template" },
  templateScale: {
    vi: (p: { scale: string; groups: number }) => `Thang ${p.scale} điểm, ${p.groups} nhóm tiêu chí`,
    en: (p: { scale: string; groups: number }) => `${p.scale}-point scale, ${p.groups} criteria groups`,
  },
  templateGroup: {
    vi: (p: { code: string; title: string; max: string }) => `${p.code}. ${p.title} (${p.max} điểm)`,
    en: (p: { code: string; title: string; max: string }) => `${p.code}. ${p.title} (${p.max} points)`,
  },
  legalBasis: { vi: () => "Căn cứ", en: () => "Legal basis" },
  clusterTitle: { vi: () => "Tên cụm, khối thi đua", en: () => "Cluster or block name" },
  period: { vi: () => "Kỳ đánh giá", en: () => "Period" },
  mode: { vi: () => "Cách chấm", en: () => "Scoring mode" },
  modeSelf: { vi: () => "Đơn vị tự chấm", en: () => "Self scoring" },
  modeReview: { vi: () => "Tự chấm và thẩm định", en: () => "Self scoring and review" },
  finalRuleWeighted: {
    vi: (p: { self: string; peer: string; review: string }) =>
      `Điểm xếp hạng: bình quân có trọng số (tự chấm ${p.self} %, chấm chéo ${p.peer} %, thẩm định ${p.review} %); ` +
      "có thể đổi trong Cài đặt.",
    en: (p: { self: string; peer: string; review: string }) =>
      `Ranking score: a weighted average (self ${p.self} %, peer ${p.peer} %, review ${p.review} %); you can change ` +
      "it in Settings.",
  },
  finalRuleLastStage: {
    vi: () =>
      "Điểm xếp hạng: điểm vòng cuối (điểm thẩm định nếu có, nếu không là điểm tự chấm); có thể đổi trong Cài đặt.",
    en: () =>
      "Ranking score: the last stage (the review score where entered, else the self score); you can change it in Settings.",
  },
  modeCross: { vi: () => "Tự chấm, chấm chéo và thẩm định", en: () => "Self, peer and review scoring" },
  units: { vi: () => "Các đơn vị thành viên", en: () => "Member units" },
  unitsHint: {
    vi: () => "Mỗi dòng một đơn vị: mã, tên, cụm (ngăn cách bằng dấu phẩy hoặc Tab; dán được từ Excel).",
    en: () => "One unit a line: code, name, cluster (separated by commas or tabs; you can paste from Excel).",
  },
  unitsCount: { vi: (p: { count: number }) => `${p.count} đơn vị`, en: (p: { count: number }) => `${p.count} units` },
  inject: { vi: () => "Tạo bảng chấm điểm", en: () => "Create the scoring table" },
  injecting: { vi: () => "Đang tạo bảng chấm điểm…", en: () => "Creating the scoring table…" },
  injectRefused: {
    vi: () => "Chưa tạo được bảng chấm điểm. Hãy sửa các điểm dưới đây rồi bấm lại.",
    en: () => "The scoring table was not created. Fix the points below, then try again.",
  },
  defaultCluster: { vi: () => "Cụm thi đua", en: () => "Cluster" },
  readSelection: { vi: () => "Lấy từ vùng chọn", en: () => "Read from selection" },
  readingSelection: { vi: () => "Đang đọc vùng chọn…", en: () => "Reading the selection…" },
  noSelection: {
    vi: () => "Ở đây không có vùng chọn để đọc: hãy mở sổ tính trong Excel.",
    en: () => "There is no selection to read here: open the workbook in Excel.",
  },
  unitsSelectionEmpty: {
    vi: () => "Vùng chọn trống. Hãy chọn các dòng đơn vị (mã, tên, cụm) trên trang tính, rồi bấm lại.",
    en: () => "The selection is empty. Select the rows of units (code, name, cluster) on a sheet, then try again.",
  },
  unitsSelectionSingleCell: {
    vi: () => "Vùng chọn chỉ có một ô. Hãy chọn cả các dòng đơn vị (mỗi dòng: mã, tên, cụm nếu có), rồi bấm lại.",
    en: () =>
      "The selection holds a single cell. Select all the rows of units (each: code, name, cluster if any), then try again.",
  },
  unitsReadFrom: {
    vi: (p: { count: number; source: string }) => `Đã đọc ${p.count} đơn vị từ ${p.source}.`,
    en: (p: { count: number; source: string }) => `Read ${p.count} units from ${p.source}.`,
  },
  ownTemplateOption: { vi: () => "Dùng bảng tiêu chí của tôi", en: () => "Use my own criteria table" },
  ownTemplateTitle: { vi: () => "Bảng tiêu chí riêng", en: () => "Own criteria table" },
  ownTableHelp: {
    vi: () =>
      "Chọn bảng tiêu chí của bạn trên trang tính (có hay không có dòng tiêu đề đều được), rồi bấm Đọc bảng tiêu chí. Bảng có 13 cột, theo thứ tự:",
    en: () =>
      "Select your criteria table on a sheet (with or without its header row), then click Read the criteria table. It has 13 columns, in this order:",
  },
  ownTableHelpCopy: {
    vi: () => "Có thể sao chép bảng ở trang Tiêu chí của một sổ tính đã tạo để làm điểm xuất phát.",
    en: () => "You can copy the table on the Tiêu chí sheet of a workbook made earlier as a start.",
  },
  ownTableColumns: { vi: () => "Các cột của bảng tiêu chí", en: () => "Columns of the criteria table" },
  readCriteria: { vi: () => "Đọc bảng tiêu chí", en: () => "Read the criteria table" },
  criteriaSelectionEmpty: {
    vi: () => "Vùng chọn trống. Hãy chọn bảng tiêu chí trên trang tính, rồi bấm lại.",
    en: () => "The selection is empty. Select the criteria table on a sheet, then try again.",
  },
  criteriaSelectionSingleCell: {
    vi: () => "Vùng chọn chỉ có một ô. Hãy chọn cả bảng tiêu chí (13 cột), rồi bấm lại.",
    en: () => "The selection holds a single cell. Select the whole criteria table (13 columns), then try again.",
  },
  criteriaReadFrom: {
    vi: (p: { source: string }) => `Bảng tiêu chí đọc từ ${p.source}`,
    en: (p: { source: string }) => `Criteria table read from ${p.source}`,
  },
  criteriaFindings: {
    vi: () => "Những điểm cần sửa trong bảng tiêu chí",
    en: () => "What to fix in the criteria table",
  },
  criteriaNotRead: {
    vi: () => "Chưa đọc bảng tiêu chí nào: hãy chọn bảng, rồi bấm Đọc bảng tiêu chí.",
    en: () => "No criteria table read yet: select it, then click Read the criteria table.",
  },

  validateTitle: { vi: () => "Kiểm tra số liệu", en: () => "Check the entries" },
  validateRun: { vi: () => "Kiểm tra", en: () => "Validate" },
  validateRunning: { vi: () => "Đang kiểm tra…", en: () => "Validating…" },
  validateEmpty: {
    vi: () => "Bấm Kiểm tra để rà soát số liệu các đơn vị đã nhập.",
    en: () => "Click Validate to check the scores the units entered.",
  },
  validateClean: { vi: () => "Không có lỗi hay cảnh báo nào.", en: () => "No errors or warnings." },
  severityError: {
    vi: (p: { count: number }) => `Lỗi (${p.count})`,
    en: (p: { count: number }) => `Errors (${p.count})`,
  },
  severityWarning: {
    vi: (p: { count: number }) => `Cảnh báo (${p.count})`,
    en: (p: { count: number }) => `Warnings (${p.count})`,
  },
  severityInfo: {
    vi: (p: { count: number }) => `Thông tin (${p.count})`,
    en: (p: { count: number }) => `Notes (${p.count})`,
  },
  sheetCount: {
    vi: (p: { sheet: string; count: number }) => `${p.sheet} (${p.count})`,
    en: (p: { sheet: string; count: number }) => `${p.sheet} (${p.count})`,
  },
  noSheet: { vi: () => "Chung", en: () => "General" },
  goToCell: {
    vi: (p: { cell: string }) => `Đến ô ${p.cell}`,
    en: (p: { cell: string }) => `Go to cell ${p.cell}`,
  },
  applyAllFixes: {
    vi: (p: { count: number }) => `Sửa tự động ${p.count} ô`,
    en: (p: { count: number }) => `Fix ${p.count} cells automatically`,
  },
  fixesApplied: {
    vi: (p: { count: number }) => `Đã sửa ${p.count} ô và kiểm tra lại.`,
    en: (p: { count: number }) => `Fixed ${p.count} cells and validated again.`,
  },

  rankTitle: {
    vi: () => "Xếp hạng, xếp loại và đề nghị khen thưởng",
    en: () => "Ranking, grades and award proposals",
  },
  rankRun: { vi: () => "Xếp hạng", en: () => "Rank" },
  rankRunning: { vi: () => "Đang xếp hạng…", en: () => "Ranking…" },
  rankEmpty: {
    vi: () => "Bấm Xếp hạng để tính điểm, xếp hạng, xếp loại và đề nghị khen thưởng; kết quả được ghi vào sổ tính.",
    en: () => "Click Rank to compute final scores, ranks, grades and award proposals into the workbook.",
  },
  rankRefused: {
    vi: () => "Chưa xếp hạng được vì số liệu còn lỗi. Mở bước Kiểm tra để sửa, rồi xếp hạng lại.",
    en: () => "Ranking was refused because the entries have errors. Open Validate to fix them, then rank again.",
  },
  rankStale: {
    vi: () => "Số liệu đã thay đổi từ lần xếp hạng trước: kết quả trong sổ tính đã cũ, hãy xếp hạng lại.",
    en: () => "The entries changed since the last ranking: the results in the workbook are stale, rank again.",
  },
  rankDone: {
    vi: () => "Đã ghi kết quả vào trang Xếp hạng của sổ tính.",
    en: () => "The results were written to the workbook's ranking sheet.",
  },
  colRank: { vi: () => "Hạng", en: () => "Rank" },
  scoreValue: {
    vi: (p: { score: string }) => `${p.score} điểm`,
    en: (p: { score: string }) => `${p.score} points`,
  },
  gradeLegendEntry: {
    vi: (p: { grade: string; full: string }) => `${p.grade}: ${p.full}`,
    en: (p: { grade: string; full: string }) => `${p.grade}: ${p.full}`,
  },
  awardFindings: { vi: () => "Lưu ý về khen thưởng", en: () => "Points that affect awards" },

  errorTitle: { vi: () => "Có lỗi", en: () => "Something went wrong" },
  errorNextStep: {
    vi: () => "Hãy kiểm tra sổ tính không bị khóa và không có ô đang được sửa, rồi thử lại.",
    en: () => "Check that the workbook is not locked or in cell-edit mode, then try again.",
  },
  dismiss: { vi: () => "Đóng", en: () => "Dismiss" },
});
