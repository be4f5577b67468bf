// Messages of the province consolidation: findings naming the cluster workbook they are about, and the notes the
// list carries (ties, votes, rotation), in Vietnamese administrative style and English.

import type { Award } from "../model/gradeTypes";
import { defineMessages } from "./messageTypes";

type File = { file: string };
type Cluster = { cluster: string };

const AWARD_VI: Record<Award, string> = { "co-thi-dua": "Cờ thi đua", "bang-khen": "Bằng khen" };
const AWARD_EN: Record<Award, string> = { "co-thi-dua": "emulation flag", "bang-khen": "certificate of merit" };
type AwardParam = { award: Award };

export const provinceMessages = defineMessages({
  awardShort: {
    vi: (p: AwardParam) => AWARD_VI[p.award],
    en: (p: AwardParam) => AWARD_EN[p.award].charAt(0).toUpperCase() + AWARD_EN[p.award].slice(1),
  },
  noAward: { vi: () => "không đề nghị", en: () => "no award" },
  /** `reason` is a full sentence (the host's, or the first finding about the file). */
  unreadable: {
    vi: (p: File & { reason: string }) =>
      `${p.file}: không đọc được như một bảng chấm điểm Thi đua của cụm, khối, nên không đưa vào danh sách. ${p.reason}`,
    en: (p: File & { reason: string }) =>
      `${p.file}: cannot be read as a Thi đua cluster workbook, so it is left out of the list. ${p.reason}`,
  },
  clusterErrors: {
    vi: (p: File & { errors: number }) =>
      `${p.file}: bảng chấm điểm còn ${p.errors} lỗi (liệt kê kèm sheet và ô); cụm, khối cần sửa và xếp hạng lại. ` +
      `Chưa đưa vào danh sách.`,
    en: (p: File & { errors: number }) =>
      `${p.file}: the scoring workbook has ${p.errors} error(s) (listed with their sheet and cell); the cluster must ` +
      `fix them and rank again. Left out of the list.`,
  },
  moreErrors: {
    vi: (p: File & { count: number }) => `${p.file}: còn ${p.count} lỗi khác (xem bằng lệnh “thidua validate”).`,
    en: (p: File & { count: number }) => `${p.file}: ${p.count} more error(s) (see “thidua validate”).`,
  },
  notRanked: {
    vi: (p: File) =>
      `${p.file}: chưa xếp hạng, nên chưa có kết quả đề nghị; cụm, khối cần xếp hạng trước khi gửi. ` +
      `Chưa đưa vào danh sách.`,
    en: (p: File) =>
      `${p.file}: not ranked, so it proposes nothing yet; the cluster must rank it before sending it. ` +
      `Left out of the list.`,
  },
  stale: {
    vi: (p: File) =>
      `${p.file}: số liệu đã thay đổi sau lần xếp hạng gần nhất, kết quả đã cũ; cụm, khối cần xếp hạng lại. ` +
      `Chưa đưa vào danh sách.`,
    en: (p: File) =>
      `${p.file}: entries changed after the last ranking, so its results are stale; the cluster must rank again. ` +
      `Left out of the list.`,
  },
  votesMissing: {
    vi: (p: File & { sheet: number }) =>
      `${p.file}: chưa có kết quả biểu quyết của hội nghị cụm, khối` +
      (p.sheet ? " (có sheet biểu quyết nhưng chưa đọc được kết quả)" : "") +
      `, trong khi Tỉnh yêu cầu biểu quyết. Chưa đưa vào danh sách.`,
    en: (p: File & { sheet: number }) =>
      `${p.file}: the cluster meeting's votes are not recorded` +
      (p.sheet ? " (it has a votes sheet, but its results cannot be read yet)" : "") +
      `, and the province requires a vote. Left out of the list.`,
  },
  votesStale: {
    vi: (p: File & { required: number }) =>
      `${p.file}: số phiếu, số thành viên có mặt hoặc điểm số đã thay đổi sau lần kiểm phiếu gần nhất, kết quả ` +
      `biểu quyết ghi trong bảng đã cũ; cụm, khối cần kiểm phiếu lại.` +
      (p.required ? " Chưa đưa vào danh sách." : " Kết quả biểu quyết này không được sử dụng."),
    en: (p: File & { required: number }) =>
      `${p.file}: the ballots, members present or scores changed after the last tally, so the recorded vote is ` +
      `stale; the cluster must tally again.` +
      (p.required ? " Left out of the list." : " The vote is not used."),
  },
  otherYear: {
    vi: (p: File & { period: string; year: number }) =>
      `${p.file}: kỳ đánh giá “${p.period}” không thuộc năm ${p.year} của đợt tổng hợp. Không đưa vào danh sách.`,
    en: (p: File & { period: string; year: number }) =>
      `${p.file}: its period “${p.period}” is not in ${p.year}, the year consolidated. Left out of the list.`,
  },
  otherPeriod: {
    vi: (p: File & { period: string; expected: string }) =>
      `${p.file}: kỳ đánh giá “${p.period}” khác kỳ của các bảng còn lại (“${p.expected}”). Không đưa vào danh sách.`,
    en: (p: File & { period: string; expected: string }) =>
      `${p.file}: its period “${p.period}” differs from the other workbooks' (“${p.expected}”). Left out of the list.`,
  },
  templateVersion: {
    vi: (p: File & { id: string; version: string; expected: string }) =>
      `${p.file}: dùng mẫu ${p.id} phiên bản ${p.version}, trong khi các cụm, khối cùng loại dùng phiên bản ` +
      `${p.expected}; các cụm, khối cùng loại phải chấm theo cùng một bảng điểm. Chưa đưa vào danh sách.`,
    en: (p: File & { id: string; version: string; expected: string }) =>
      `${p.file}: uses template ${p.id} version ${p.version}, while the other clusters of its kind use version ` +
      `${p.expected}; clusters of one kind must score on the same table. Left out of the list.`,
  },
  unitInTwoClusters: {
    vi: (p: File & Cluster & { unit: string; code: string; other: string; otherCluster: string }) =>
      `${p.file}: đơn vị ${p.unit} (mã ${p.code}) thuộc ${p.cluster}, đồng thời có trong ${p.otherCluster} ` +
      `(tệp ${p.other}); mỗi đơn vị chỉ thuộc một cụm, khối. Chưa đưa vào danh sách.`,
    en: (p: File & Cluster & { unit: string; code: string; other: string; otherCluster: string }) =>
      `${p.file}: unit ${p.unit} (code ${p.code}) is in ${p.cluster} and also in ${p.otherCluster} ` +
      `(file ${p.other}); a unit belongs to one cluster only. Left out of the list.`,
  },
  sameUnitName: {
    vi: (p: File & Cluster & { unit: string; code: string; other: string; otherCode: string; otherCluster: string }) =>
      `${p.file}: đơn vị ${p.unit} (mã ${p.code}, ${p.cluster}) trùng tên với đơn vị mã ${p.otherCode} của ` +
      `${p.otherCluster} (tệp ${p.other}); đề nghị kiểm tra có phải cùng một đơn vị không.`,
    en: (p: File & Cluster & { unit: string; code: string; other: string; otherCode: string; otherCluster: string }) =>
      `${p.file}: unit ${p.unit} (code ${p.code}, ${p.cluster}) has the same name as unit ${p.otherCode} of ` +
      `${p.otherCluster} (file ${p.other}); check whether they are the same unit.`,
  },
  flagsOverQuota: {
    vi: (p: File & Cluster & { count: number; quota: number }) =>
      `${p.cluster} (tệp ${p.file}) đề nghị ${p.count} Cờ thi đua, vượt số Tỉnh quy định cho mỗi cụm, khối ` +
      `(${p.quota}). Chưa đưa vào danh sách.`,
    en: (p: File & Cluster & { count: number; quota: number }) =>
      `${p.cluster} (file ${p.file}) proposes ${p.count} emulation flag(s), more than the province allows per ` +
      `cluster (${p.quota}). Left out of the list.`,
  },
  certificatesOverQuota: {
    vi: (p: File & Cluster & { count: number; quota: number; members: number }) =>
      `${p.cluster} (tệp ${p.file}) đề nghị ${p.count} Bằng khen, vượt số Tỉnh quy định cho cụm, khối có ` +
      `${p.members} đơn vị (${p.quota}). Chưa đưa vào danh sách.`,
    en: (p: File & Cluster & { count: number; quota: number; members: number }) =>
      `${p.cluster} (file ${p.file}) proposes ${p.count} certificate(s) of merit, more than the province allows for ` +
      `a cluster of ${p.members} units (${p.quota}). Left out of the list.`,
  },
  tieOpen: {
    vi: (p: Cluster & AwardParam & { units: string; rank: number }) =>
      `${p.cluster}: ${p.units} bằng điểm ở hạng ${p.rank}, tại ngưỡng đề nghị ${AWARD_VI[p.award]}; ` +
      `giữ nguyên để Hội đồng quyết định.`,
    en: (p: Cluster & AwardParam & { units: string; rank: number }) =>
      `${p.cluster}: ${p.units} are tied at rank ${p.rank}, at the ${AWARD_EN[p.award]} cut-off; ` +
      `left open for the council to decide.`,
  },
  tieBroken: {
    vi: (p: Cluster & AwardParam & { unit: string; written: string }) =>
      `${p.cluster}: ô đề nghị khen thưởng của ${p.unit} ghi “${p.written}” dù đơn vị bằng điểm tại ngưỡng ` +
      `${AWARD_VI[p.award]}; trường hợp bằng điểm phải để Hội đồng quyết định. Chưa đưa vào danh sách.`,
    en: (p: Cluster & AwardParam & { unit: string; written: string }) =>
      `${p.cluster}: the award cell of ${p.unit} reads “${p.written}” although it is tied at the ` +
      `${AWARD_EN[p.award]} cut-off; a tie is for the council to decide. Left out of the list.`,
  },
  awardEdited: {
    vi: (p: Cluster & { unit: string; written: string; expected: string }) =>
      `${p.cluster}: ô đề nghị khen thưởng của ${p.unit} ghi “${p.written}”, khác kết quả xếp hạng ` +
      `(“${p.expected}”); đề nghị sửa tay sau khi xếp hạng không được tính. Chưa đưa vào danh sách.`,
    en: (p: Cluster & { unit: string; written: string; expected: string }) =>
      `${p.cluster}: the award cell of ${p.unit} reads “${p.written}”, not what the ranking proposed ` +
      `(“${p.expected}”); awards edited by hand after ranking do not count. Left out of the list.`,
  },
  rotationGap: {
    vi: (p: Cluster & { unit: string; year: number; flagYear: number; gap: number }) =>
      `${p.cluster}: ${p.unit} được đề nghị Cờ thi đua năm ${p.year} nhưng đã nhận Cờ thi đua năm ${p.flagYear}; ` +
      `theo quy định của Tỉnh, đơn vị đã nhận Cờ không được đề nghị lại trong ${p.gap} năm tiếp theo. ` +
      `Chưa đưa vào danh sách.`,
    en: (p: Cluster & { unit: string; year: number; flagYear: number; gap: number }) =>
      `${p.cluster}: ${p.unit} is proposed for the emulation flag in ${p.year} but had the flag in ${p.flagYear}; ` +
      `the province's rule allows no new proposal in the ${p.gap} year(s) after a flag. Left out of the list.`,
  },
  voteFailed: {
    vi: (p: Cluster & AwardParam & { unit: string; yes: number; basis: number; quorum: number }) =>
      `${p.cluster}: đề nghị ${AWARD_VI[p.award]} cho ${p.unit} không được hội nghị cụm, khối thông qua ` +
      (p.quorum
        ? `(${p.yes}/${p.basis} phiếu tán thành)`
        : `(hội nghị không đủ số thành viên có mặt theo quy định để biểu quyết)`) +
      `; đưa vào mục các trường hợp Hội đồng xem xét.`,
    en: (p: Cluster & AwardParam & { unit: string; yes: number; basis: number; quorum: number }) =>
      `${p.cluster}: the ${AWARD_EN[p.award]} proposed for ${p.unit} did not pass the cluster meeting ` +
      (p.quorum ? `(${p.yes} of ${p.basis} in favour)` : `(too few members were present for a valid vote)`) +
      `; listed among the cases for the council.`,
  },
  voteAdded: {
    vi: (p: Cluster & AwardParam & { unit: string; reason: string }) =>
      `${p.cluster}: hội nghị cụm, khối đề nghị thêm ${AWARD_VI[p.award]} cho ${p.unit}, ngoài kết quả chấm điểm` +
      (p.reason ? ` (lý do: ${p.reason})` : " (không ghi lý do)") +
      `; đưa vào mục các trường hợp Hội đồng xem xét.`,
    en: (p: Cluster & AwardParam & { unit: string; reason: string }) =>
      `${p.cluster}: the cluster meeting added a ${AWARD_EN[p.award]} for ${p.unit}, beyond the scores` +
      (p.reason ? ` (reason: ${p.reason})` : " (no reason given)") +
      `; listed among the cases for the council.`,
  },
  voteAbsent: {
    vi: (p: Cluster & AwardParam & { unit: string }) =>
      `${p.cluster}: không có kết quả biểu quyết đề nghị ${AWARD_VI[p.award]} cho ${p.unit}.`,
    en: (p: Cluster & AwardParam & { unit: string }) =>
      `${p.cluster}: no vote is recorded on the ${AWARD_EN[p.award]} proposed for ${p.unit}.`,
  },
  historyRow: {
    vi: (p: File & { reason: string }) => `${p.file}: ${p.reason} Dòng này không được dùng khi xét luân phiên.`,
    en: (p: File & { reason: string }) => `${p.file}: ${p.reason} The row is not used for the rotation checks.`,
  },
  ownWarnings: {
    vi: (p: File & { count: number }) =>
      `${p.file}: phần tự kiểm tra của bảng có ${p.count} cảnh báo (xem bằng lệnh “thidua validate”).`,
    en: (p: File & { count: number }) =>
      `${p.file}: the workbook's own check gives ${p.count} warning(s) (see “thidua validate”).`,
  },
  noClusters: {
    vi: () => "Không có bảng chấm điểm nào của cụm, khối đủ điều kiện đưa vào danh sách.",
    en: () => "No cluster workbook qualifies for the list.",
  },
  noteTie: {
    vi: (p: AwardParam & { others: string }) =>
      `Bằng điểm với ${p.others} tại ngưỡng ${AWARD_VI[p.award]}: Hội đồng quyết định.`,
    en: (p: AwardParam & { others: string }) =>
      `Tied with ${p.others} at the ${AWARD_EN[p.award]} cut-off: the council decides.`,
  },
  noteVoteFailed: {
    vi: (p: AwardParam & { quorum: number }) =>
      p.quorum
        ? `Hội nghị cụm, khối không thông qua đề nghị ${AWARD_VI[p.award]}.`
        : `Hội nghị cụm, khối không đủ số thành viên có mặt để biểu quyết đề nghị ${AWARD_VI[p.award]}.`,
    en: (p: AwardParam & { quorum: number }) =>
      p.quorum
        ? `The cluster meeting did not pass the ${AWARD_EN[p.award]}.`
        : `The cluster meeting lacked a quorum to vote on the ${AWARD_EN[p.award]}.`,
  },
  noteVoteAdded: {
    vi: (p: { reason: string }) =>
      `Hội nghị cụm, khối đề nghị thêm, ngoài kết quả chấm điểm${p.reason ? `: ${p.reason}` : ""}.`,
    en: (p: { reason: string }) => `Added by the cluster meeting, beyond the scores${p.reason ? `: ${p.reason}` : ""}.`,
  },
  noteTurns: {
    vi: (p: { sequence: string }) => `Cờ thi đua các năm gần đây lần lượt về ${p.sequence}: cần xem xét luân phiên.`,
    en: (p: { sequence: string }) => `Recent flags went in turn to ${p.sequence}: check for taking turns.`,
  },
  vote: {
    vi: (p: { passed: number; yes: number; no: number }) =>
      `${p.passed ? "Thông qua" : "Không thông qua"} (${p.yes} tán thành, ${p.no} không tán thành)`,
    en: (p: { passed: number; yes: number; no: number }) =>
      `${p.passed ? "Passed" : "Not passed"} (${p.yes} for, ${p.no} against)`,
  },
  voteNoQuorum: {
    vi: (p: { yes: number; no: number }) => `Không đủ túc số (${p.yes} tán thành, ${p.no} không tán thành)`,
    en: (p: { yes: number; no: number }) => `No quorum (${p.yes} for, ${p.no} against)`,
  },
});
