// Everything the email round trip says: the guide sheet of a form, the findings about a returned form (identity,
// integrity, refusal), the log rows of making and collecting forms, and the words of form file names.

import { defineMessages } from "../../core/messages/messageTypes";

type File = { file: string };
type Sheet = { sheet: string };
type Count = { count: number };
type Found = { file: string; found: string; expected: string };

/** Stable rule ids of the findings about returned forms. */
export const FORM_RULES = {
  notForm: "form.not-a-form",
  unreadable: "form.unreadable",
  wrongCluster: "form.wrong-cluster",
  wrongPeriod: "form.wrong-period",
  wrongTemplate: "form.wrong-template",
  unknownForm: "form.unknown-id",
  unknownUnit: "form.unknown-unit",
  criteriaChanged: "form.criteria-changed",
  shapeChanged: "form.shape-changed",
  /** A self form whose target differs from the one the master assigned. */
  targetChanged: "form.target-changed",
  refused: "form.refused",
  noForms: "form.no-forms-issued",
} as const;

// The registry joins Finding's rule ids (core/findings/ruleId.ts) without core importing this layer.
declare module "../../core/findings/ruleId" {
  interface RuleRegistries {
    forms: typeof FORM_RULES;
  }
}

export const formMessages = defineMessages({
  // Guide sheet of a form
  guideTitleSelf: {
    vi: (p: { code: string; name: string }) => `PHIẾU TỰ CHẤM ĐIỂM THI ĐUA — ${p.code} ${p.name}`,
    en: (p: { code: string; name: string }) => `SELF-SCORING FORM — ${p.code} ${p.name}`,
  },
  guideTitlePeer: {
    vi: (p: { code: string; name: string }) => `PHIẾU CHẤM CHÉO — đơn vị chấm: ${p.code} ${p.name}`,
    en: (p: { code: string; name: string }) => `PEER-SCORING FORM — rater: ${p.code} ${p.name}`,
  },
  identityHeading: { vi: () => "THÔNG TIN PHIẾU", en: () => "ABOUT THIS FORM" },
  identityUnit: {
    vi: (p: { code: string; name: string }) => `Đơn vị: ${p.code} — ${p.name}`,
    en: (p: { code: string; name: string }) => `Unit: ${p.code} — ${p.name}`,
  },
  identityPerson: {
    vi: (p: { code: string; name: string }) => `Cá nhân: ${p.code} — ${p.name}`,
    en: (p: { code: string; name: string }) => `Person: ${p.code} — ${p.name}`,
  },
  identityCluster: {
    vi: (p: { cluster: string }) => `Cụm/khối thi đua: ${p.cluster}`,
    en: (p: { cluster: string }) => `Cluster: ${p.cluster}`,
  },
  identityPeriod: {
    vi: (p: { period: string }) => `Kỳ đánh giá: ${p.period}`,
    en: (p: { period: string }) => `Period: ${p.period}`,
  },
  identityTemplate: {
    vi: (p: { title: string; id: string; version: string }) =>
      `Mẫu bảng chấm điểm: ${p.title} (mã ${p.id}, phiên bản ${p.version})`,
    en: (p: { title: string; id: string; version: string }) =>
      `Scoring template: ${p.title} (id ${p.id}, version ${p.version})`,
  },
  identityForm: {
    vi: (p: { id: string; issued: string }) => `Mã phiếu: ${p.id} (lập lúc ${p.issued})`,
    en: (p: { id: string; issued: string }) => `Form id: ${p.id} (made ${p.issued})`,
  },
  howTo: { vi: () => "CÁCH ĐIỀN", en: () => "HOW TO FILL IT IN" },
  stepData: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: nhập số thực hiện (hoặc số lượng) của các tiêu chí định lượng vào các ô nền vàng. Chỉ tiêu do Thường trực cụm/khối giao đã ghi sẵn và bị khóa; phiếu có chỉ tiêu bị sửa sẽ không được tiếp nhận.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: enter the actuals (or counts) of quantitative criteria in the yellow cells. The targets assigned by the cluster secretariat are filled in and locked; a form whose targets were changed is refused.`,
  },
  targetsLocked: {
    vi: () => "CHỈ TIÊU DO THƯỜNG TRỰC CỤM/KHỐI GIAO (đã khóa, đơn vị không sửa)",
    en: () => "TARGETS ASSIGNED BY THE CLUSTER SECRETARIAT (locked: not to be changed)",
  },
  stepSelf: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: nhập điểm tự chấm vào các ô nền vàng; tiêu chí Đạt/Không đạt chọn trong danh sách. Điểm nhóm, điểm tính từ số liệu và tổng điểm tự tính ngay.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: enter your self-scores in the yellow cells; pass/fail criteria take Đạt or Không đạt from the list. Group points, points from the data and totals compute themselves.`,
  },
  stepEvidence: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: ghi minh chứng (số văn bản, đường dẫn) cho từng tiêu chí; điểm thưởng và điểm trừ bắt buộc có minh chứng.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: name the evidence (document numbers, links) of each criterion; bonus and deduction lines need evidence.`,
  },
  stepPeer: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: chấm điểm từng đơn vị khác cùng cụm/khối với đơn vị mình vào các ô nền vàng của cột đơn vị đó; cột của chính đơn vị mình và cột các đơn vị thuộc cụm/khối khác bị khóa (nền xám), không chấm. Dòng “Đã chấm đủ” cho biết cột nào đã chấm hết.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: score every other unit of your own cluster in the yellow cells of its column; your own column and the columns of other clusters' units are locked (grey) and not scored. The “complete” row shows which columns are fully scored.`,
  },
  peerDataNote: {
    vi: (p: Sheet) =>
      `• Sheet “${p.sheet}”: số liệu của các đơn vị cùng cụm/khối tại thời điểm lập phiếu, chỉ để tham khảo (bị khóa); điểm định lượng tự tính từ đó.`,
    en: (p: Sheet) =>
      `• Sheet “${p.sheet}”: the data of your cluster's units as it stood when the form was made, for reference only (locked); quantitative points follow from it.`,
  },
  selfPeerNote: {
    vi: () =>
      "Hình thức chấm chéo: phần tự chấm và phần chấm chéo là hai phiếu (hai tệp) riêng; đơn vị điền và gửi lại cả hai.",
    en: () =>
      "Cross scoring: the self-scoring form and the peer-scoring form are two separate files; fill in and return both.",
  },
  criteriaNote: {
    vi: (p: Sheet) =>
      `Sheet “${p.sheet}” (bảng tiêu chí) bị khóa: không sửa. Phiếu có bảng tiêu chí bị sửa sẽ không được tiếp nhận.`,
    en: (p: Sheet) =>
      `The sheet “${p.sheet}” (criteria table) is locked: do not change it. A form whose criteria table was changed is refused.`,
  },
  returnNote: {
    vi: () =>
      "Điền xong, lưu tệp (.xlsx) và gửi lại qua thư điện tử cho Thường trực cụm/khối. Có thể đổi tên tệp, nhưng không thêm, xóa hay đổi tên sheet, không chèn dòng, cột. Không cần cài add-in: Excel hoặc LibreOffice đều dùng được.",
    en: () =>
      "When done, save the file (.xlsx) and email it back to the cluster secretariat. You may rename the file, but do not add, delete or rename sheets, nor insert rows or columns. No add-in is needed: Excel or LibreOffice both work.",
  },
  numbersNote: {
    vi: () =>
      "Nhập số bằng bàn phím số, không kèm chữ “điểm”; số thập phân theo cách hiển thị của máy (ví dụ 8,5 hoặc 8.5 tùy cài đặt).",
    en: () =>
      "Type numbers without the word “points”; decimals as your computer shows them (8.5 or 8,5 by its settings).",
  },
  resendNote: {
    vi: () =>
      "Nếu gửi lại phiếu lần nữa, bản sau thay bản trước; Nhật ký của bảng tổng hợp ghi lại những ô đã thay đổi.",
    en: () =>
      "If you send the form again, the later copy replaces the earlier; the master workbook's log records which cells changed.",
  },
  formTitleSuffix: {
    vi: (p: { code: string; name: string }) => ` — ${p.code} ${p.name}`,
    en: (p: { code: string; name: string }) => ` — ${p.code} ${p.name}`,
  },

  // File name parts
  fileSelf: { vi: () => "Tự chấm", en: () => "Self" },
  filePeer: { vi: () => "Chấm chéo", en: () => "Peer" },

  // Findings about a returned form (the file name leads every sentence)
  notForm: {
    vi: (p: File) =>
      `${p.file}: không phải phiếu Thi đua (không có mã phiếu trong dữ liệu mô tả); có thể đây là bảng tổng hợp hoặc tệp khác.`,
    en: (p: File) =>
      `${p.file}: not a Thi đua form (no form id in its metadata); it may be a master workbook or another file.`,
  },
  /** `reason` is a full sentence (the host's or the file system's). */
  unreadable: {
    vi: (p: File & { reason: string }) => `${p.file}: không đọc được phiếu. ${p.reason}`,
    en: (p: File & { reason: string }) => `${p.file}: the form cannot be read. ${p.reason}`,
  },
  wrongCluster: {
    vi: (p: Found) => `${p.file}: phiếu của cụm/khối “${p.found}”, không phải “${p.expected}” của bảng tổng hợp này.`,
    en: (p: Found) => `${p.file}: the form belongs to cluster “${p.found}”, not to this master's “${p.expected}”.`,
  },
  wrongPeriod: {
    vi: (p: Found) => `${p.file}: phiếu của kỳ “${p.found}”, không phải kỳ “${p.expected}” của bảng tổng hợp.`,
    en: (p: Found) => `${p.file}: the form is for period “${p.found}”, not the master's “${p.expected}”.`,
  },
  wrongTemplate: {
    vi: (p: Found) =>
      `${p.file}: phiếu theo mẫu ${p.found}, bảng tổng hợp theo mẫu ${p.expected}; hãy gửi lại phiếu đúng mẫu.`,
    en: (p: Found) => `${p.file}: the form follows template ${p.found}, the master ${p.expected}; send the right form.`,
  },
  unknownForm: {
    vi: (p: File & { id: string }) =>
      `${p.file}: mã phiếu ${p.id} không do bảng tổng hợp này phát hành (hoặc phiếu đã được lập lại sau đó); hãy dùng phiếu mới nhất.`,
    en: (p: File & { id: string }) =>
      `${p.file}: form id ${p.id} was not issued by this master (or the forms were made again since); use the latest form.`,
  },
  unknownUnit: {
    vi: (p: File & { unit: string }) => `${p.file}: đơn vị ${p.unit} không có trong bảng tổng hợp.`,
    en: (p: File & { unit: string }) => `${p.file}: unit ${p.unit} is not in the master workbook.`,
  },
  criteriaChanged: {
    vi: (p: File) =>
      `${p.file}: bảng tiêu chí của phiếu khác bảng tiêu chí của bảng tổng hợp (mã kiểm tra không khớp); phiếu không được tiếp nhận.`,
    en: (p: File) =>
      `${p.file}: the form's criteria table differs from the master's (its hash does not match); the form is refused.`,
  },
  shapeChanged: {
    vi: (p: File & { name: string }) =>
      `${p.file}: vùng ${p.name} của phiếu bị thiếu hoặc đã bị chèn, xóa dòng/cột; không đọc được số liệu.`,
    en: (p: File & { name: string }) =>
      `${p.file}: the form's range ${p.name} is missing or had rows or columns inserted or deleted; its entries cannot be read.`,
  },
  targetChanged: {
    vi: (p: File & { cell: string; criterion: string; found: string; expected: string }) =>
      `${p.file}, ${p.cell}: chỉ tiêu của tiêu chí ${p.criterion} là ${p.found}, khác chỉ tiêu ${p.expected} do Thường trực ` +
      "cụm/khối giao trong bảng tổng hợp. Chỉ tiêu không do đơn vị sửa; đơn vị chỉ báo cáo số thực hiện. Phiếu không được tiếp nhận.",
    en: (p: File & { cell: string; criterion: string; found: string; expected: string }) =>
      `${p.file}, ${p.cell}: the target of criterion ${p.criterion} is ${p.found}, not the ${p.expected} the cluster ` +
      "secretariat assigned in the master. Units do not change targets; they report actuals only. The form is refused.",
  },
  inFile: {
    vi: (p: File & { message: string }) => `${p.file}: ${p.message}`,
    en: (p: File & { message: string }) => `${p.file}: ${p.message}`,
  },
  refused: {
    vi: (p: File & { errors: number }) =>
      `${p.file}: phiếu không được tiếp nhận (${p.errors} lỗi); bảng tổng hợp không thay đổi gì từ phiếu này.`,
    en: (p: File & { errors: number }) =>
      `${p.file}: the form was refused (${p.errors} errors); nothing of it was written into the master.`,
  },
  // The note to a unit whose return was refused (refusalNote), one line each
  noteTo: {
    vi: (p: { unit: string; name: string }) => `Gửi đơn vị: ${p.name ? `${p.name} (${p.unit})` : p.unit}`,
    en: (p: { unit: string; name: string }) => `To: ${p.name ? `${p.name} (${p.unit})` : p.unit}`,
  },
  noteRefused: {
    vi: (p: File & { kind: string }) =>
      `Phiếu ${p.kind} đơn vị gửi về (tệp “${p.file}”) chưa được tiếp nhận, vì những lỗi sau:`,
    en: (p: File & { kind: string }) => `Your ${p.kind} form (the file “${p.file}”) was not accepted, because of:`,
  },
  noteFileRefused: {
    vi: (p: File) => `Tệp “${p.file}” gửi về chưa được tiếp nhận, vì:`,
    en: (p: File) => `The file “${p.file}” you sent was not accepted, because:`,
  },
  noteReasonAt: {
    vi: (p: Sheet & { cell: string; message: string }) => `- Sheet ${p.sheet}, ô ${p.cell}: ${p.message}`,
    en: (p: Sheet & { cell: string; message: string }) => `- Sheet ${p.sheet}, cell ${p.cell}: ${p.message}`,
  },
  noteReason: {
    vi: (p: { message: string }) => `- ${p.message}`,
    en: (p: { message: string }) => `- ${p.message}`,
  },
  noteMore: {
    vi: (p: Count & { cells: string }) => `- và ${p.count} lỗi khác${p.cells ? ` (${p.cells})` : ""}.`,
    en: (p: Count & { cells: string }) => `- and ${p.count} more${p.cells ? ` (${p.cells})` : ""}.`,
  },
  noteSheetCells: {
    vi: (p: Sheet & { cells: string }) => `sheet ${p.sheet}, ô ${p.cells}`,
    en: (p: Sheet & { cells: string }) => `sheet ${p.sheet}, cells ${p.cells}`,
  },
  noteFixCells: {
    vi: () =>
      "Đề nghị đơn vị sửa các ô nêu trên ngay trong tệp phiếu này, lưu lại (.xlsx) và gửi lại cho Thường trực cụm, khối.",
    en: () =>
      "Please correct these cells in this form file, save it (.xlsx) and send it back to the cluster secretariat.",
  },
  noteResend: {
    vi: () =>
      "Đề nghị đơn vị điền vào đúng tệp phiếu Thường trực cụm, khối đã gửi (không sửa bảng tiêu chí, chỉ tiêu, tên " +
      "sheet), lưu dạng .xlsx và gửi lại.",
    en: () =>
      "Please fill in the very form file the cluster secretariat sent you (without changing the criteria table, the " +
      "targets or the sheet names), save it as .xlsx and send it back.",
  },
  noForms: {
    vi: () => "Bảng tổng hợp chưa phát hành phiếu nào (chưa chạy “Lập phiếu”), nên không có phiếu nào để nhận lại.",
    en: () => "The master has not issued any forms yet (forms were never made), so there is nothing to take back.",
  },

  // Log rows (Nhật ký)
  logForms: { vi: () => "Lập phiếu gửi đơn vị", en: () => "Forms made" },
  logFormsSummary: {
    vi: (p: { self: number; peer: number; kept: number }) =>
      `${p.self} phiếu tự chấm${p.peer > 0 ? `, ${p.peer} phiếu chấm chéo` : ""}; ` +
      (p.kept === p.self + p.peer
        ? "giữ mã phiếu đã lập, bản đã gửi vẫn được nhận."
        : p.kept > 0
          ? `${p.kept} phiếu giữ mã cũ; phiếu mới có mã mới.`
          : "mã phiếu mới: phiếu lập trước đó (nếu có) không còn được nhận."),
    en: (p: { self: number; peer: number; kept: number }) =>
      `${p.self} self forms${p.peer > 0 ? `, ${p.peer} peer forms` : ""}; ` +
      (p.kept === p.self + p.peer
        ? "ids kept: copies already sent are still accepted."
        : p.kept > 0
          ? `${p.kept} forms keep their ids; the others get new ones.`
          : "new ids: forms made earlier (if any) are no longer accepted."),
  },
  logCollect: {
    vi: (p: { kind: string; unit: string }) => `Nhận phiếu ${p.kind} ${p.unit}`,
    en: (p: { kind: string; unit: string }) => `Form returned: ${p.kind} ${p.unit}`,
  },
  logRefused: {
    vi: (p: { kind: string; unit: string }) =>
      p.kind ? `Từ chối phiếu ${p.kind} ${p.unit}`.trim() : "Từ chối tệp gửi về",
    en: (p: { kind: string; unit: string }) =>
      p.kind ? `Form refused: ${p.kind} ${p.unit}`.trim() : "Returned file refused",
  },
  logRefusedSummary: {
    vi: (p: { id: string; reasons: string }) =>
      `${p.id ? `Mã phiếu ${p.id}. ` : ""}Không tiếp nhận, bảng tổng hợp giữ nguyên số liệu. Lý do: ${p.reasons}`,
    en: (p: { id: string; reasons: string }) =>
      `${p.id ? `Form id ${p.id}. ` : ""}Refused; the master keeps its entries. Reasons: ${p.reasons}`,
  },
  logMoreReasons: {
    vi: (p: { count: number }) => `(và ${p.count} lỗi khác)`,
    en: (p: { count: number }) => `(and ${p.count} more errors)`,
  },
  kindSelf: { vi: () => "tự chấm", en: () => "self" },
  kindPeer: { vi: () => "chấm chéo", en: () => "peer" },
  logCollectSummary: {
    vi: (p: { changed: number; cells: string }) =>
      p.changed === 0 ? "Không ô nào thay đổi." : `${p.changed} ô thay đổi: ${p.cells}.`,
    en: (p: { changed: number; cells: string }) =>
      p.changed === 0 ? "No cell changed." : `${p.changed} cells changed: ${p.cells}.`,
  },
  logReplaces: {
    vi: (p: { time: string; file: string }) => `Thay bản nộp lúc ${p.time} (${p.file}). `,
    en: (p: { time: string; file: string }) => `Replaces the return of ${p.time} (${p.file}). `,
  },
  logMoreCells: {
    vi: (p: { count: number }) => `… và ${p.count} ô khác`,
    en: (p: { count: number }) => `… and ${p.count} more`,
  },
  progressCollect: { vi: (p: File) => `Đang kiểm tra ${p.file}…`, en: (p: File) => `Checking ${p.file}…` },
  blankValue: { vi: () => "(trống)", en: () => "(blank)" },
});
