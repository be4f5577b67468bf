// Messages of the fairness analysis (self-inflation, rater leniency, agreement, reciprocity, stability, rotation,
// z-score view) and of reading the history sheet, in plain words for a secretariat, with the numbers behind them.

import type { Lang } from "../settings/settingsTypes";
import { defineMessages, formatNumber } from "./messageTypes";

const vi = (value: number, decimals = 2) => formatNumber(value, "vi", decimals);
const en = (value: number, decimals = 2) => formatNumber(value, "en", decimals);

/** Rows are shown 1-based, as a person counts them. */
const r = (row: number) => row + 1;

export type AgreementLabel = "weak" | "moderate" | "strong";

export const AGREEMENT_LABELS: Record<AgreementLabel, Record<Lang, string>> = {
  weak: { vi: "yếu", en: "weak" },
  moderate: { vi: "trung bình", en: "moderate" },
  strong: { vi: "cao", en: "strong" },
};

type Threshold = { threshold: number; share: number; contentMax: number };
type SelfTotal = Threshold & { unit: string; self: number; final: number; excess: number };
type CriteriaList = { count: number; criteria: string };
/** `sheet`: the rater's peer sheet ("" when unknown), named after the rater. */
type RaterShift = { rater: string; sheet: string; leniency: number; ratees: number; z: number; limit: number };
const onSheetVi = (sheet: string) => (sheet ? ` (sheet ${sheet})` : "");
const onSheetEn = (sheet: string) => (sheet ? ` (sheet ${sheet})` : "");
type Cluster = { cluster: string };
type RowValue = { row: number; value: string };

export const fairnessMessages = defineMessages({
  selfInflationTotal: {
    vi: (p: SelfTotal) =>
      `${p.unit} tự chấm ${vi(p.self)} điểm, cao hơn điểm cuối cùng (${vi(p.final)} điểm) ${vi(p.excess)} ` +
      `điểm, vượt ngưỡng ${vi(p.threshold)} điểm (${vi(p.share * 100)}% của ${vi(p.contentMax)} điểm).`,
    en: (p: SelfTotal) =>
      `${p.unit} scored itself ${en(p.self)} points, ${en(p.excess)} above its final score of ${en(p.final)}, ` +
      `more than the threshold of ${en(p.threshold)} points (${en(p.share * 100)}% of ${en(p.contentMax)}).`,
  },
  selfInflationCriteriaTail: {
    vi: (p: CriteriaList) => ` Chênh lệch vượt ngưỡng ở ${p.count} tiêu chí: ${p.criteria}.`,
    en: (p: CriteriaList) => ` Gaps above the threshold on ${p.count} criteria: ${p.criteria}.`,
  },
  selfInflationCriteriaOnly: {
    vi: (p: CriteriaList & { unit: string; share: number }) =>
      `${p.unit} tự chấm cao hơn điểm cuối cùng quá ${vi(p.share * 100)}% điểm tối đa ở ${p.count} ` +
      `tiêu chí: ${p.criteria}.`,
    en: (p: CriteriaList & { unit: string; share: number }) =>
      `${p.unit} scored itself more than ${en(p.share * 100)}% of the max above its final score on ${p.count} ` +
      `criteria: ${p.criteria}.`,
  },
  selfInflationCriterion: {
    vi: (p: { code: string; self: number; final: number; max: number }) =>
      `${p.code} (tự chấm ${vi(p.self)}, cuối cùng ${vi(p.final)}, tối đa ${vi(p.max)})`,
    en: (p: { code: string; self: number; final: number; max: number }) =>
      `${p.code} (self ${en(p.self)}, final ${en(p.final)}, max ${en(p.max)})`,
  },
  moreCriteria: {
    vi: (p: { count: number }) => `và ${p.count} tiêu chí khác`,
    en: (p: { count: number }) => `and ${p.count} more`,
  },
  raterLenient: {
    vi: (p: RaterShift) =>
      `${p.rater}${onSheetVi(p.sheet)} chấm chéo cao hơn mức chung của các đơn vị chấm khác trung bình ${vi(p.leniency)} điểm ` +
      `cho mỗi đơn vị được chấm (${p.ratees} đơn vị). Mức lệch này bằng ${vi(p.z, 1)} lần độ phân tán thông ` +
      `thường giữa các đơn vị chấm, vượt ngưỡng ${vi(p.limit, 1)}: có dấu hiệu chấm dễ dãi, nể nang.`,
    en: (p: RaterShift) =>
      `${p.rater}${onSheetEn(p.sheet)} scored its peers on average ${en(p.leniency)} points above the other raters' consensus ` +
      `(${p.ratees} units rated). That gap is ${en(p.z, 1)} times the usual spread between raters, above the ` +
      `limit of ${en(p.limit, 1)}: a sign of lenient scoring.`,
  },
  raterHarsh: {
    vi: (p: RaterShift) =>
      `${p.rater}${onSheetVi(p.sheet)} chấm chéo thấp hơn mức chung của các đơn vị chấm khác trung bình ${vi(p.leniency)} điểm ` +
      `cho mỗi đơn vị được chấm (${p.ratees} đơn vị). Mức lệch này bằng ${vi(p.z, 1)} lần độ phân tán thông ` +
      `thường giữa các đơn vị chấm, vượt ngưỡng ${vi(p.limit, 1)}: có dấu hiệu chấm khắt khe, dìm điểm.`,
    en: (p: RaterShift) =>
      `${p.rater}${onSheetEn(p.sheet)} scored its peers on average ${en(p.leniency)} points below the other raters' consensus ` +
      `(${p.ratees} units rated). That gap is ${en(p.z, 1)} times the usual spread between raters, above the ` +
      `limit of ${en(p.limit, 1)}: a sign of harsh scoring.`,
  },
  raterInconsistent: {
    vi: (p: { rater: string; sheet: string; correlation: number; ratees: number }) =>
      `Điểm chấm chéo của ${p.rater}${onSheetVi(p.sheet)} đi ngược với các đơn vị chấm khác (hệ số tương quan ` +
      `${vi(p.correlation)} trên ${p.ratees} đơn vị được chấm, dưới 0): đơn vị nào được các đơn vị khác chấm cao ` +
      `thì ${p.rater} lại có xu hướng chấm thấp, và ngược lại.`,
    en: (p: { rater: string; sheet: string; correlation: number; ratees: number }) =>
      `${p.rater}'s peer scores${onSheetEn(p.sheet)} run against the other raters' (correlation ${en(p.correlation)} over ` +
      `${p.ratees} units rated, below 0): units the others score high, ${p.rater} tends to score low, and vice versa.`,
  },
  agreement: {
    vi: (p: Cluster & { w: number; label: AgreementLabel; raters: number; ratees: number }) =>
      `Cụm/khối ${p.cluster}: mức thống nhất giữa ${p.raters} đơn vị chấm chéo về thứ tự của ${p.ratees} đơn vị ` +
      `là ${AGREEMENT_LABELS[p.label].vi} (hệ số Kendall W = ${vi(p.w)}; 0 là không thống nhất, 1 là hoàn toàn ` +
      `thống nhất; dưới 0,3 là yếu, trên 0,7 là cao).` +
      (p.label === "weak" ? " Thứ tự theo điểm chấm chéo phụ thuộc nhiều vào sự ngẫu nhiên." : ""),
    en: (p: Cluster & { w: number; label: AgreementLabel; raters: number; ratees: number }) =>
      `Cluster ${p.cluster}: agreement between ${p.raters} peer raters on the order of ${p.ratees} units is ` +
      `${AGREEMENT_LABELS[p.label].en} (Kendall's W = ${en(p.w)}; 0 is none, 1 is complete; below 0.3 is weak, ` +
      `above 0.7 strong).` +
      (p.label === "weak" ? " The order from peer scores depends largely on chance." : ""),
  },
  agreementTooFewRaters: {
    vi: (p: Cluster & { raters: number }) =>
      `Cụm/khối ${p.cluster}: không tính mức thống nhất (Kendall W) vì ` +
      (p.raters === 0
        ? "chưa có đơn vị nào chấm chéo đủ điểm cho ít nhất 2 đơn vị"
        : `chỉ có ${p.raters} đơn vị chấm chéo đủ điểm cho ít nhất 2 đơn vị`) +
      "; cần ít nhất 3 đơn vị chấm.",
    en: (p: Cluster & { raters: number }) =>
      `Cluster ${p.cluster}: agreement (Kendall's W) is not computed: ` +
      (p.raters === 0
        ? "no peer rater has fully scored 2 units yet"
        : `only ${p.raters} peer rater${p.raters === 1 ? "" : "s"} fully scored at least 2 units`) +
      "; at least 3 raters are needed.",
  },
  agreementTooFewRatees: {
    vi: (p: Cluster & { ratees: number }) =>
      `Cụm/khối ${p.cluster}: không tính mức thống nhất (Kendall W) vì ` +
      (p.ratees === 0
        ? "chưa có đơn vị nào được chấm chéo đầy đủ"
        : `chỉ có ${p.ratees} đơn vị được chấm chéo đầy đủ`) +
      "; cần ít nhất 3 đơn vị.",
    en: (p: Cluster & { ratees: number }) =>
      `Cluster ${p.cluster}: agreement (Kendall's W) is not computed: ` +
      (p.ratees === 0
        ? "no unit has been fully peer scored yet"
        : `only ${p.ratees} unit${p.ratees === 1 ? " was" : "s were"} fully peer scored`) +
      "; at least 3 are needed.",
  },
  agreementTooFewCommon: {
    vi: (p: Cluster) =>
      `Cụm/khối ${p.cluster}: không tính mức thống nhất (Kendall W) vì không có hai đơn vị chấm nào cùng chấm ` +
      `đầy đủ ít nhất 3 đơn vị giống nhau (khi không ai tự chấm chéo mình, cụm cần ít nhất 5 đơn vị).`,
    en: (p: Cluster) =>
      `Cluster ${p.cluster}: agreement (Kendall's W) is not computed: no two raters fully scored at least 3 of the ` +
      `same units (as nobody peer-scores itself, a cluster needs at least 5 units).`,
  },
  agreementAllTied: {
    vi: (p: Cluster) =>
      `Cụm/khối ${p.cluster}: không tính mức thống nhất (Kendall W) vì mỗi đơn vị chấm đều cho mọi đơn vị ` +
      `bằng điểm nhau, không có thứ tự nào để so sánh.`,
    en: (p: Cluster) =>
      `Cluster ${p.cluster}: agreement (Kendall's W) is not computed: every rater gave all units the same total, ` +
      `so there is no order to compare.`,
  },
  reciprocity: {
    vi: (p: Threshold & { a: string; b: string; ab: number; abExcess: number; ba: number; baExcess: number }) =>
      `${p.a} và ${p.b} chấm cho nhau cao hơn mức chung: ${p.a} chấm ${p.b} ${vi(p.ab)} điểm, cao hơn ` +
      `mức chung của các đơn vị chấm khác ${vi(p.abExcess)} điểm; ${p.b} chấm ${p.a} ${vi(p.ba)} điểm, cao hơn ` +
      `${vi(p.baExcess)} điểm (ngưỡng ${vi(p.threshold)} điểm, tức ${vi(p.share * 100)}% của ` +
      `${vi(p.contentMax)} điểm).`,
    en: (p: Threshold & { a: string; b: string; ab: number; abExcess: number; ba: number; baExcess: number }) =>
      `${p.a} and ${p.b} scored each other above the consensus: ${p.a} gave ${p.b} ${en(p.ab)} points, ` +
      `${en(p.abExcess)} above the other raters' consensus; ${p.b} gave ${p.a} ${en(p.ba)}, ${en(p.baExcess)} ` +
      `above (threshold ${en(p.threshold)} points: ${en(p.share * 100)}% of ${en(p.contentMax)}).`,
  },
  notFinal: {
    vi: (p: Cluster & { missing: number; current: string; ifZero: string; ifMax: string }) =>
      `Cụm/khối ${p.cluster}: Kết quả chưa phải cuối cùng. Còn ${p.missing} ô điểm chưa nhập; hiện xếp hạng 1 là ` +
      `${p.current}, nhưng nếu các ô còn thiếu được chấm 0 điểm thì xếp hạng 1 là ${p.ifZero}, nếu được chấm ` +
      `tối đa thì là ${p.ifMax}.`,
    en: (p: Cluster & { missing: number; current: string; ifZero: string; ifMax: string }) =>
      `Cluster ${p.cluster}: result not yet final. ${p.missing} score cells are still blank; rank 1 is now ` +
      `${p.current}, but with the blanks scored 0 rank 1 would be ${p.ifZero}, and with the blanks at full ` +
      `points ${p.ifMax}.`,
  },
  nobody: {
    vi: () => "không đơn vị nào",
    en: () => "no unit",
  },
  flagNotRank1: {
    vi: (p: { year: number; unit: string; rank: number }) =>
      `Năm ${p.year}: Cờ thi đua ghi cho ${p.unit}, xếp hạng ${p.rank}; Cờ thi đua chỉ dành cho đơn vị ` +
      `xếp hạng 1.`,
    en: (p: { year: number; unit: string; rank: number }) =>
      `${p.year}: the emulation flag is recorded for ${p.unit}, ranked ${p.rank}; the flag goes only to rank 1.`,
  },
  takingTurnsEveryUnit: {
    vi: (p: Cluster & { years: number; sequence: string }) =>
      `Cụm/khối ${p.cluster}: có dấu hiệu luân phiên. Trong ${p.years} năm gần nhất, Cờ thi đua lần lượt về ` +
      `${p.sequence}: mỗi năm một đơn vị khác nhau, cho đến khi mọi đơn vị trong cụm đều đã được nhận.`,
    en: (p: Cluster & { years: number; sequence: string }) =>
      `Cluster ${p.cluster}: signs of taking turns. In the last ${p.years} years the emulation flag went to ` +
      `${p.sequence}: a different unit each year, until every unit of the cluster had had one.`,
  },
  takingTurnsCycle: {
    vi: (p: Cluster & { years: number; sequence: string; period: number }) =>
      `Cụm/khối ${p.cluster}: có dấu hiệu luân phiên. Trong ${p.years} năm gần nhất, Cờ thi đua lần lượt về ` +
      `${p.sequence}: ${p.period} đơn vị thay nhau nhận theo một vòng lặp lại.`,
    en: (p: Cluster & { years: number; sequence: string; period: number }) =>
      `Cluster ${p.cluster}: signs of taking turns. In the last ${p.years} years the emulation flag went to ` +
      `${p.sequence}: ${p.period} units take it in a repeating round.`,
  },
  flagYear: {
    vi: (p: { unit: string; year: number }) => `${p.unit} (${p.year})`,
    en: (p: { unit: string; year: number }) => `${p.unit} (${p.year})`,
  },
  historyBadYear: {
    vi: (p: RowValue) => `Dòng ${r(p.row)} của bảng Lịch sử: năm "${p.value}" không phải là một năm (ví dụ 2024).`,
    en: (p: RowValue) => `Row ${r(p.row)} of the history table: year "${p.value}" is not a year (e.g. 2024).`,
  },
  historyMissingUnit: {
    vi: (p: { row: number }) => `Dòng ${r(p.row)} của bảng Lịch sử: thiếu mã đơn vị.`,
    en: (p: { row: number }) => `Row ${r(p.row)} of the history table: the unit code is missing.`,
  },
  historyBadRank: {
    vi: (p: RowValue) =>
      `Dòng ${r(p.row)} của bảng Lịch sử: xếp hạng "${p.value}" không phải là số nguyên dương (1, 2, 3…).`,
    en: (p: RowValue) => `Row ${r(p.row)} of the history table: rank "${p.value}" is not a whole number from 1 up.`,
  },
  historyBadAward: {
    vi: (p: RowValue) =>
      `Dòng ${r(p.row)} của bảng Lịch sử: khen thưởng "${p.value}" không nhận ra được; ghi "Cờ thi đua", ` +
      `"Bằng khen" hoặc để trống.`,
    en: (p: RowValue) =>
      `Row ${r(p.row)} of the history table: award "${p.value}" is not recognised; enter "Cờ thi đua", ` +
      `"Bằng khen" or leave it blank.`,
  },
  historyDuplicate: {
    vi: (p: { row: number; first: number; unit: string; year: number }) =>
      `Dòng ${r(p.row)} của bảng Lịch sử: đơn vị ${p.unit} năm ${p.year} đã có ở dòng ${r(p.first)}; ` +
      `dòng này được bỏ qua.`,
    en: (p: { row: number; first: number; unit: string; year: number }) =>
      `Row ${r(p.row)} of the history table: ${p.unit} in ${p.year} is already on row ${r(p.first)}; ` +
      `this row is ignored.`,
  },
  zScoreRefused: {
    vi: (p: Cluster & { raters: number; min: number }) =>
      `Cụm/khối ${p.cluster}: không lập bảng chuẩn hóa điểm z vì ` +
      (p.raters === 0
        ? "chưa có đơn vị chấm chéo nào cho điểm phân biệt được từ 2 đơn vị trở lên"
        : `chỉ có ${p.raters} đơn vị chấm chéo cho điểm phân biệt được từ 2 đơn vị trở lên`) +
      `; cần ít nhất ${p.min}. Với ít người chấm như vậy, điểm z (mức lệch so ` +
      `với trung bình của từng người chấm) không đáng tin cậy.`,
    en: (p: Cluster & { raters: number; min: number }) =>
      `Cluster ${p.cluster}: no z-score view: ` +
      (p.raters === 0
        ? "no peer rater has given distinct totals to 2 or more units yet"
        : `only ${p.raters} peer rater${p.raters === 1 ? "" : "s"} gave distinct totals to 2 or more units`) +
      `; at least ${p.min} are needed. With so few raters, z-scores (distance from each rater's own mean) ` +
      `are not reliable.`,
  },
});
