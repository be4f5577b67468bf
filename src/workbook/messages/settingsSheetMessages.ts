// The Cài đặt / Settings sheet in the office's words: per setting a name and a plain explanation, values that are
// words written as words (the machine key and value stay what the add-in stores and the command line takes).

import { defineMessages, type Bilingual } from "../../core/messages/messageTypes";
import type { TieBreakKey } from "../../core/settings/settingsTypes";
import type { SettingKey } from "../settings/settingsRows";

type Text = Bilingual;
const text = (vi: string, en: string): Text => ({ vi, en });

/** A setting's name (the first column) and what it does (the third). */
interface SettingWords {
  label: Text;
  explain: Text;
}

const WEIGHT_NOTE = text(
  "Chỉ dùng khi điểm xếp hạng tính theo bình quân có trọng số; ba trọng số cộng lại bằng 100 %.",
  "Used by the weighted rule only; the three weights add up to 100 %.",
);
const THRESHOLD_NOTE = (grade: string, gradeEn: string) =>
  text(
    `Tỷ lệ tổng điểm trên điểm tối đa (phần nội dung) để được xếp loại ${grade}.`,
    `Share of the content maximum the total needs for ${gradeEn}.`,
  );
const FLOOR_NOTE = (grade: string) =>
  text(
    `Mỗi tiêu chí phải đạt ít nhất tỷ lệ này của điểm tối đa của tiêu chí đó thì mới được xếp loại ${grade}; ` +
      "thiếu thì xếp loại thấp hơn, nhưng không thấp hơn HTNV khi tổng điểm đạt ngưỡng HTNV. " +
      "“Không xét”: không áp dụng mức sàn.",
    `Every criterion must reach at least this share of its own maximum for ${grade}; below it the grade is lowered, ` +
      "never below HTNV while the total reaches the HTNV threshold. “Not applied”: no floors.",
  );

export const SETTING_WORDS: Readonly<Record<SettingKey, SettingWords>> = {
  finalRule: {
    label: text("Cách tính điểm xếp hạng", "Final score rule"),
    explain: text(
      "Theo vòng chấm cuối: mỗi tiêu chí lấy điểm thẩm định nếu có, nếu không lấy điểm tự chấm. " +
        "Bình quân có trọng số: điểm xếp hạng là bình quân của điểm tự chấm, chấm chéo và thẩm định theo các trọng số dưới đây.",
      "Last stage: per criterion the review score where there is one, else the self-score. " +
        "Weighted: the final score blends the self, peer and review totals with the weights below.",
    ),
  },
  "weights.self": { label: text("Trọng số điểm tự chấm", "Weight of self-scores"), explain: WEIGHT_NOTE },
  "weights.peer": { label: text("Trọng số điểm chấm chéo", "Weight of peer scores"), explain: WEIGHT_NOTE },
  "weights.review": { label: text("Trọng số điểm thẩm định", "Weight of review scores"), explain: WEIGHT_NOTE },
  "peerTrim.dropEachSide": {
    label: text("Số điểm chấm chéo loại bỏ ở mỗi đầu", "Peer totals dropped at each end"),
    explain: text(
      "Khi đủ số đơn vị chấm, bỏ bấy nhiêu tổng điểm chấm chéo cao nhất và bấy nhiêu tổng điểm thấp nhất trước khi lấy bình quân.",
      "With enough raters, this many highest and lowest peer totals are dropped before the mean is taken.",
    ),
  },
  "peerTrim.minRaters": {
    label: text("Số đơn vị chấm tối thiểu để loại điểm", "Raters needed before dropping"),
    explain: text(
      "Chỉ loại điểm cao nhất, thấp nhất khi có từ bấy nhiêu đơn vị chấm trở lên.",
      "The highest and lowest are dropped only when at least this many units rated.",
    ),
  },
  "grades.thresholds.HTXSNV": {
    label: text("Ngưỡng Hoàn thành xuất sắc nhiệm vụ", "Threshold of HTXSNV"),
    explain: THRESHOLD_NOTE("Hoàn thành xuất sắc nhiệm vụ (HTXSNV)", "HTXSNV (completed tasks excellently)"),
  },
  "grades.thresholds.HTTNV": {
    label: text("Ngưỡng Hoàn thành tốt nhiệm vụ", "Threshold of HTTNV"),
    explain: THRESHOLD_NOTE("Hoàn thành tốt nhiệm vụ (HTTNV)", "HTTNV (completed tasks well)"),
  },
  "grades.thresholds.HTNV": {
    label: text("Ngưỡng Hoàn thành nhiệm vụ", "Threshold of HTNV"),
    explain: THRESHOLD_NOTE(
      "Hoàn thành nhiệm vụ (HTNV); thấp hơn là Không hoàn thành nhiệm vụ (KHTNV)",
      "HTNV (completed tasks); below it is KHTNV (did not complete tasks)",
    ),
  },
  "grades.floors.HTXSNV": {
    label: text("Mức sàn mỗi tiêu chí của HTXSNV", "Floor of HTXSNV"),
    explain: FLOOR_NOTE("HTXSNV"),
  },
  "grades.floors.HTTNV": {
    label: text("Mức sàn mỗi tiêu chí của HTTNV", "Floor of HTTNV"),
    explain: FLOOR_NOTE("HTTNV"),
  },
  "grades.floors.HTNV": { label: text("Mức sàn mỗi tiêu chí của HTNV", "Floor of HTNV"), explain: FLOOR_NOTE("HTNV") },
  "grades.excellentShareOfGood": {
    label: text("Số HTXSNV tối đa so với số HTTNV", "Most HTXSNV against HTTNV"),
    explain: text(
      "Cảnh báo khi số xếp loại HTXSNV vượt tỷ lệ này của số xếp loại HTTNV (Nghị định 335/2025/NĐ-CP: 20 %). " +
        "“Không kiểm tra”: bỏ qua.",
      "A warning when the HTXSNV grades exceed this share of the HTTNV grades (Decree 335/2025/NĐ-CP: 20 %). " +
        "“Not checked”: no warning.",
    ),
  },
  "awards.flags": {
    label: text("Số Cờ thi đua mỗi cụm, khối", "Emulation flags per cluster"),
    explain: text(
      "Cờ thi đua được đề nghị cho đơn vị xếp hạng cao nhất đạt Hoàn thành xuất sắc nhiệm vụ.",
      "Flags go to the best-ranked units graded HTXSNV.",
    ),
  },
  "awards.certificateShare": {
    label: text("Tỷ lệ Bằng khen trên số thành viên", "Certificates as a share of members"),
    explain: text(
      "Số Bằng khen tối đa bằng tỷ lệ này nhân với số thành viên (làm tròn xuống), đề nghị cho các đơn vị HTXSNV tiếp theo.",
      "At most this share of the members (rounded down) get a certificate, the next units graded HTXSNV.",
    ),
  },
  "awards.certificateMin": {
    label: text("Số Bằng khen tối thiểu", "Least certificates"),
    explain: text(
      "Mỗi cụm, khối được đề nghị ít nhất bấy nhiêu Bằng khen khi có đơn vị đủ điều kiện.",
      "Each cluster may propose at least this many certificates when units qualify.",
    ),
  },
  "awards.flagName": {
    label: text("Tên đầy đủ của Cờ thi đua", "Full name of the flag"),
    explain: text(
      "Ghi như trên văn bản khen thưởng; dùng trong bảng kết quả, phiếu bầu và biên bản.",
      "As award documents write it; used on the results, the ballots and the minutes.",
    ),
  },
  "awards.certificateName": {
    label: text("Tên đầy đủ của Bằng khen", "Full name of the certificate"),
    explain: text(
      "Ghi như trên văn bản khen thưởng; dùng trong bảng kết quả, phiếu bầu và biên bản.",
      "As award documents write it; used on the results, the ballots and the minutes.",
    ),
  },
  tieBreak: {
    label: text("Thứ tự xét khi bằng điểm", "Tie-break order"),
    explain: text(
      "Khi tổng điểm bằng nhau, xét lần lượt các tiêu chí phụ này; vẫn bằng thì cùng hạng và Hội đồng quyết định.",
      "Tied totals are compared on these in turn; still tied, the units share the rank and the council decides.",
    ),
  },
  "fairness.selfInflationShare": {
    label: text("Mức tự chấm cao bị cảnh báo", "Self-score inflation warned"),
    explain: text(
      "Cảnh báo khi điểm tự chấm cao hơn điểm cuối cùng quá tỷ lệ này của điểm tối đa.",
      "A warning when a self-score exceeds the final score by more than this share of the maximum.",
    ),
  },
  "fairness.reciprocityShare": {
    label: text("Mức chấm nâng đỡ lẫn nhau bị cảnh báo", "Mutual over-scoring warned"),
    explain: text(
      "Cảnh báo khi hai đơn vị chấm cho nhau cao hơn mặt bằng chung quá tỷ lệ này của điểm tối đa.",
      "A warning when two units score each other above the consensus by more than this share of the maximum.",
    ),
  },
  "fairness.outlierZ": {
    label: text("Ngưỡng chấm bất thường", "Outlier rater threshold"),
    explain: text(
      "Đơn vị chấm chéo bị coi là chấm quá dễ hoặc quá khắt khe khi độ lệch chuẩn hóa của họ vượt ngưỡng này (thường là 3).",
      "A rater counts as lenient or harsh when its robust deviation exceeds this (usually 3).",
    ),
  },
  "fairness.zScoreMinRaters": {
    label: text("Số đơn vị chấm tối thiểu để chuẩn hóa điểm", "Raters needed for standardised scores"),
    explain: text(
      "Bảng điểm chuẩn hóa (để tham khảo) chỉ lập khi có từ bấy nhiêu đơn vị chấm trở lên.",
      "The standardised view (for reference) is made only with at least this many raters.",
    ),
  },
  "fairness.rotationYears": {
    label: text("Số năm xét luân phiên", "Years checked for taking turns"),
    explain: text(
      "Số năm gần nhất trong sheet Lịch sử được xem để phát hiện việc chia nhau Cờ thi đua theo lượt.",
      "The recent years of the history sheet examined for flags handed round in turn.",
    ),
  },
  "voting.quorumShare": {
    label: text("Túc số hội nghị", "Quorum of the meeting"),
    explain: text(
      "Hội nghị được biểu quyết khi số thành viên có mặt đạt tỷ lệ này của tổng số thành viên (thường là 2/3).",
      "The meeting may vote when the members present reach this share of all members (usually two thirds).",
    ),
  },
  "voting.passShare": {
    label: text("Tỷ lệ tán thành để thông qua", "Share of votes to pass"),
    explain: text(
      "Đề nghị được thông qua khi số phiếu tán thành đạt tỷ lệ này (50 % với cách so “trên tỷ lệ” là quá bán).",
      "A proposal passes with this share of votes in favour (50 % compared “above” is more than half).",
    ),
  },
  "voting.passRule": {
    label: text("Cách so với tỷ lệ tán thành", "How the share is compared"),
    explain: text(
      "Trên tỷ lệ: số phiếu phải cao hơn tỷ lệ (quá bán). Từ tỷ lệ trở lên: bằng hoặc cao hơn (từ 2/3, từ 70 %).",
      "Above: the votes must exceed the share (more than half). At least: reaching it is enough (2/3, 70 %).",
    ),
  },
  "voting.passBasis": {
    label: text("Tỷ lệ tán thành tính trên", "The share is of"),
    explain: text(
      "Tổng số thành viên của cụm, khối, hoặc số thành viên có mặt tại hội nghị.",
      "All members of the cluster, or the members present at the meeting.",
    ),
  },
  "voting.leaderRotationYears": {
    label: text("Số năm không bầu lại Trưởng cụm, khối", "Years before a leader may lead again"),
    explain: text(
      "Đơn vị đã làm Trưởng cụm, khối trong bấy nhiêu năm gần nhất thì không bầu lại (0: không kiểm tra).",
      "A unit that led the cluster in this many recent years is not elected again (0: not checked).",
    ),
  },
  "voting.ballotPaper": {
    label: text("Khổ giấy phiếu bầu", "Ballot paper"),
    explain: text("Khổ A5 (hai phiếu một tờ A4) hoặc A4.", "A5 (two ballots to an A4 sheet) or A4."),
  },
  rankDecimals: {
    label: text("Số chữ số thập phân khi so sánh điểm", "Decimals compared in ranking"),
    explain: text(
      "Tổng điểm được làm tròn đến bấy nhiêu chữ số thập phân trước khi xếp hạng và xét bằng điểm.",
      "Totals are rounded to this many decimals before ranking and tie comparison.",
    ),
  },
  timeZone: {
    label: text("Múi giờ", "Time zone"),
    explain: text(
      "Múi giờ của thời gian ghi trong Nhật ký, phiếu và biên bản.",
      "The time zone of the times in the log, the forms and the minutes.",
    ),
  },
  lang: {
    label: text("Ngôn ngữ của sổ tính", "Workbook language"),
    explain: text("Ngôn ngữ của các sheet, phiếu và thông báo.", "The language of the sheets, forms and messages."),
  },
};

/** Tie-break steps as the settings sheet lists them. */
export const TIE_BREAK_WORDS: Readonly<Record<TieBreakKey, Text>> = {
  "first-group": text("Điểm nhóm tiêu chí thứ nhất cao hơn", "Higher points in the first group"),
  "fewer-deductions": text("Bị trừ ít điểm hơn", "Smaller deductions"),
  "more-full-criteria": text("Nhiều tiêu chí đạt điểm tối đa hơn", "More criteria at full points"),
  priority: text("Đơn vị thuộc diện ưu tiên", "A priority unit"),
};

export const settingsSheetMessages = defineMessages({
  headerLabel: { vi: () => "Nội dung cài đặt", en: () => "Setting" },
  headerValue: { vi: () => "Giá trị", en: () => "Value" },
  headerExplain: { vi: () => "Giải thích", en: () => "What it does" },
  headerKey: { vi: () => "Mã (dùng cho máy)", en: () => "Key (for machines)" },
  lastStage: { vi: () => "Theo vòng chấm cuối", en: () => "Last stage" },
  weighted: { vi: () => "Bình quân có trọng số", en: () => "Weighted" },
  moreThan: { vi: () => "Trên tỷ lệ (quá bán)", en: () => "Above the share" },
  atLeast: { vi: () => "Từ tỷ lệ trở lên", en: () => "At least the share" },
  members: { vi: () => "Tổng số thành viên", en: () => "All members" },
  present: { vi: () => "Số thành viên có mặt", en: () => "Members present" },
  noFloors: { vi: () => "Không xét", en: () => "Not applied" },
  notChecked: { vi: () => "Không kiểm tra", en: () => "Not checked" },
  noTieBreak: {
    vi: () => "Không xét (bằng điểm thì cùng hạng)",
    en: () => "None (tied totals share the rank)",
  },
});
