// What each settings key means, shown beside it on the settings sheet.

import { defineMessages } from "../../core/messages/messageTypes";

export const settingKeyMessages = defineMessages({
  finalRule: {
    vi: () =>
      "Cách tính điểm xếp hạng: last-stage = theo từng tiêu chí lấy điểm thẩm định nếu có, nếu không lấy điểm tự chấm; weighted = bình quân có trọng số các lớp điểm",
    en: () =>
      "How the final total is taken: last-stage = per criterion the review score if entered, else self; weighted = weighted blend of the layers",
  },
  "weights.self": {
    vi: () => "Trọng số điểm tự chấm (cách weighted)",
    en: () => "Weight of self-scores (weighted rule)",
  },
  "weights.peer": {
    vi: () => "Trọng số điểm chấm chéo (cách weighted)",
    en: () => "Weight of peer scores (weighted rule)",
  },
  "weights.review": {
    vi: () => "Trọng số điểm thẩm định (cách weighted)",
    en: () => "Weight of review scores (weighted rule)",
  },
  "peerTrim.dropEachSide": {
    vi: () => "Số điểm chấm chéo cao nhất và thấp nhất bị loại mỗi bên",
    en: () => "Peer totals dropped at each end (highest and lowest)",
  },
  "peerTrim.minRaters": {
    vi: () => "Số đơn vị chấm tối thiểu để loại điểm cao nhất, thấp nhất",
    en: () => "Raters needed before the highest and lowest are dropped",
  },
  "grades.thresholds.HTXSNV": {
    vi: () => "Ngưỡng HTXSNV (tỷ lệ điểm tối đa)",
    en: () => "HTXSNV threshold (share of max)",
  },
  "grades.thresholds.HTTNV": {
    vi: () => "Ngưỡng HTTNV (tỷ lệ điểm tối đa)",
    en: () => "HTTNV threshold (share of max)",
  },
  "grades.thresholds.HTNV": { vi: () => "Ngưỡng HTNV (tỷ lệ điểm tối đa)", en: () => "HTNV threshold (share of max)" },
  "grades.floors.HTXSNV": {
    vi: () => "Sàn mỗi tiêu chí để xếp HTXSNV (trống = không xét sàn)",
    en: () => "Per-criterion floor for HTXSNV (blank = no floors)",
  },
  "grades.floors.HTTNV": { vi: () => "Sàn mỗi tiêu chí để xếp HTTNV", en: () => "Per-criterion floor for HTTNV" },
  "grades.floors.HTNV": { vi: () => "Sàn mỗi tiêu chí để xếp HTNV", en: () => "Per-criterion floor for HTNV" },
  "grades.excellentShareOfGood": {
    vi: () => "Số HTXSNV tối đa so với số HTTNV (trống = không kiểm tra)",
    en: () => "Most HTXSNV as a share of the HTTNV count (blank = not checked)",
  },
  "awards.flags": { vi: () => "Số Cờ thi đua mỗi cụm/khối", en: () => "Emulation flags per cluster" },
  "awards.certificateShare": {
    vi: () => "Tỷ lệ Bằng khen trên số thành viên",
    en: () => "Certificates of merit as a share of members",
  },
  "awards.certificateMin": { vi: () => "Số Bằng khen tối thiểu", en: () => "Least certificates of merit" },
  "awards.flagName": {
    vi: () => "Tên đầy đủ của Cờ thi đua, như ghi trên văn bản",
    en: () => "Full name of the emulation flag, as documents write it",
  },
  "awards.certificateName": {
    vi: () => "Tên đầy đủ của Bằng khen, như ghi trên văn bản",
    en: () => "Full name of the certificate of merit, as documents write it",
  },
  tieBreak: {
    vi: () =>
      "Thứ tự xét khi bằng điểm: first-group (nhóm đầu cao hơn), fewer-deductions (bị trừ ít hơn), more-full-criteria (nhiều tiêu chí đạt tối đa hơn), priority (đơn vị ưu tiên)",
    en: () => "Tie-break order: first-group, fewer-deductions, more-full-criteria, priority",
  },
  "fairness.selfInflationShare": {
    vi: () => "Chênh lệch tự chấm so với điểm cuối cùng bị cảnh báo (tỷ lệ điểm tối đa)",
    en: () => "Self minus final flagged as inflation (share of max)",
  },
  "fairness.reciprocityShare": {
    vi: () => "Mức chấm nâng đỡ lẫn nhau bị cảnh báo (tỷ lệ điểm tối đa)",
    en: () => "Mutual over-scoring flagged (share of max)",
  },
  "fairness.outlierZ": {
    vi: () => "Ngưỡng z để coi một đơn vị chấm là bất thường",
    en: () => "Robust z above which a rater is an outlier",
  },
  "fairness.zScoreMinRaters": {
    vi: () => "Số đơn vị chấm tối thiểu cho bảng chuẩn hóa z",
    en: () => "Raters needed for the z-score view",
  },
  "fairness.rotationYears": { vi: () => "Số năm xét hiện tượng luân phiên", en: () => "Years examined for rotation" },
  "voting.quorumShare": {
    vi: () => "Số thành viên có mặt tối thiểu để hội nghị biểu quyết, tính trên tổng số thành viên (mặc định 2/3)",
    en: () => "Members present needed for the meeting to vote, as a share of all members (default two thirds)",
  },
  "voting.passShare": {
    vi: () => "Tỷ lệ phiếu tán thành để đề nghị được thông qua (mặc định 0,5: quá bán)",
    en: () => "Share of votes in favour a proposal needs (default 0.5: more than half)",
  },
  "voting.passRule": {
    vi: () => "Cách so với tỷ lệ: more-than = phải cao hơn (quá bán), at-least = từ tỷ lệ đó trở lên (2/3, 70 %)",
    en: () => "How the share compares: more-than = above it (more than half), at-least = reaching it (2/3, 70 %)",
  },
  "voting.passBasis": {
    vi: () => "Tỷ lệ tính trên: members = tổng số thành viên, present = số thành viên có mặt",
    en: () => "The share is of: members = all members, present = members present",
  },
  "voting.leaderRotationYears": {
    vi: () => "Đơn vị đã làm Trưởng cụm/khối trong bao nhiêu năm gần nhất thì không bầu lại (0 = không kiểm tra)",
    en: () => "A unit that led the cluster in this many recent years is not elected again (0 = not checked)",
  },
  "voting.ballotPaper": { vi: () => "Khổ giấy in phiếu bầu: A5 hoặc A4", en: () => "Ballot paper size: A5 or A4" },
  rankDecimals: {
    vi: () => "Số chữ số thập phân khi so sánh điểm để xếp hạng",
    en: () => "Decimals used when comparing totals for ranks",
  },
  timeZone: {
    vi: () => "Múi giờ ghi thời gian trong Nhật ký, phiếu và biên bản (mặc định Asia/Ho_Chi_Minh)",
    en: () => "Time zone of the times in the log, forms and minutes (default Asia/Ho_Chi_Minh)",
  },
  lang: { vi: () => "Ngôn ngữ của bảng tính", en: () => "Workbook language" },
});
