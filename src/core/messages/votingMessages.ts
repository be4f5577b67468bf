// Messages of the year-end meeting's vote (bình xét, suy tôn, biểu quyết): the matters voted on, and the findings of
// a tally, in the words a secretariat writes into its minutes.

import type { Lang } from "../settings/settingsTypes";
import type { VoteMatter } from "../voting/votingTypes";
import { defineMessages, formatNumber } from "./messageTypes";

/** A cluster (cụm thi đua) or a block (khối thi đua): the leader is Trưởng cụm or Trưởng khối. */
export type BodyKind = "cluster" | "block";

const BODY: Record<BodyKind, Record<Lang, string>> = {
  cluster: { vi: "cụm", en: "cluster" },
  block: { vi: "khối", en: "block" },
};

const MATTERS: Record<VoteMatter, (body: BodyKind, lang: Lang) => string> = {
  "co-thi-dua": (_, lang) => (lang === "vi" ? "Cờ thi đua" : "emulation flag"),
  "bang-khen": (_, lang) => (lang === "vi" ? "Bằng khen" : "certificate of merit"),
  leader: (body, lang) => (lang === "vi" ? `Trưởng ${BODY[body].vi}` : `${BODY[body].en} leader`),
  deputy: (body, lang) => (lang === "vi" ? `Phó Trưởng ${BODY[body].vi}` : `deputy ${BODY[body].en} leader`),
};

/** "Cờ thi đua", "Trưởng khối", "deputy cluster leader": a matter as a sentence names it. */
export function matterName(matter: VoteMatter, body: BodyKind, lang: Lang): string {
  return MATTERS[matter](body, lang);
}

const pct = (share: number, lang: Lang) => formatNumber(share * 100, lang, 2);

type Cluster = { cluster: string };
type UnitMatter = { unit: string; matter: string };
type Counts = UnitMatter & { yes: number; no: number; total: number; present: number };
type Added = { unit: string; award: string; rank: string; grade: string; reason: string };
type Placed = { unit: string; award: string; rank: number };
type Cutoff = Placed & Cluster & { cutoff: number; quota: number };
type Order = Placed & { other: string; otherRank: number };

/** "hạng 1" or "các hạng từ 1 đến 3": the ranks an award may go to. */
function ranksUpTo(cutoff: number, lang: Lang): string {
  if (lang === "vi") return cutoff === 1 ? "đơn vị xếp hạng 1" : `đơn vị xếp hạng từ 1 đến ${cutoff}`;
  return cutoff === 1 ? "the unit ranked 1" : `units ranked 1 to ${cutoff}`;
}

export const votingMessages = defineMessages({
  matterUnknown: {
    vi: (p: { text: string }) =>
      `Nội dung biểu quyết “${p.text}” không đúng: ghi một trong Cờ thi đua, Bằng khen, Trưởng cụm (khối), Phó Trưởng cụm (khối).`,
    en: (p: { text: string }) =>
      `“${p.text}” is not a matter to vote on: write emulation flag, certificate of merit, leader or deputy leader.`,
  },
  unitMissing: {
    vi: (p: Cluster & { matter: string }) =>
      `${p.cluster}: dòng biểu quyết ${p.matter} đã có số phiếu hoặc lý do nhưng chưa ghi mã đơn vị.`,
    en: (p: Cluster & { matter: string }) =>
      `${p.cluster}: a ${p.matter} row has ballots or a reason but no unit code.`,
  },
  unitUnknown: {
    vi: (p: { code: string }) => `Mã đơn vị “${p.code}” không có trong danh sách đơn vị (sheet Đơn vị).`,
    en: (p: { code: string }) => `Unit code “${p.code}” is not in the unit list (sheet Units).`,
  },
  unitOtherCluster: {
    vi: (p: Cluster & { unit: string; other: string }) =>
      `${p.unit} thuộc ${p.other}, không thuộc ${p.cluster}: hội nghị chỉ biểu quyết đối với đơn vị thành viên của mình.`,
    en: (p: Cluster & { unit: string; other: string }) =>
      `${p.unit} belongs to ${p.other}, not to ${p.cluster}: a meeting votes only on its own members.`,
  },
  duplicate: {
    vi: (p: Cluster & UnitMatter) => `${p.cluster}: ${p.unit} có hai dòng biểu quyết ${p.matter}; chỉ giữ một dòng.`,
    en: (p: Cluster & UnitMatter) => `${p.cluster}: ${p.unit} has two ${p.matter} rows; keep one.`,
  },
  reasonMissing: {
    vi: (p: { unit: string; award: string }) =>
      `Hội nghị bổ sung ${p.unit} vào danh sách đề nghị ${p.award} nhưng chưa ghi lý do; đơn vị được bổ sung phải có lý do bằng văn bản để Hội đồng Thi đua – Khen thưởng xem xét.`,
    en: (p: { unit: string; award: string }) =>
      `The meeting added ${p.unit} as a ${p.award} candidate without a reason; an added candidate needs a written reason for the council.`,
  },
  addedCandidate: {
    vi: (p: Added) =>
      `Hội nghị bổ sung ${p.unit} (${p.rank}, xếp loại ${p.grade}) vào danh sách đề nghị ${p.award}, ngoài đề xuất theo kết quả chấm điểm. Lý do: ${p.reason}`,
    en: (p: Added) =>
      `The meeting added ${p.unit} (${p.rank}, grade ${p.grade}) as a ${p.award} candidate beyond the score's proposals. Reason: ${p.reason}`,
  },
  rankOf: {
    vi: (p: { rank: number }) => (p.rank > 0 ? `hạng ${p.rank}` : "chưa xếp hạng"),
    en: (p: { rank: number }) => (p.rank > 0 ? `rank ${p.rank}` : "not ranked"),
  },
  addedDisqualified: {
    vi: (p: { unit: string; award: string }) =>
      `${p.unit} đang được đánh dấu không đủ điều kiện khen thưởng (chờ xem xét kỷ luật) nên không được đề nghị ${p.award}.`,
    en: (p: { unit: string; award: string }) =>
      `${p.unit} is marked not eligible (pending discipline), so it cannot be proposed for the ${p.award}.`,
  },
  countInvalid: {
    vi: (p: { value: string }) => `Số phiếu “${p.value}” không hợp lệ: phải là số nguyên từ 0 trở lên, nhập dạng số.`,
    en: (p: { value: string }) => `“${p.value}” is not a number of ballots: type a whole number of at least 0.`,
  },
  countFix: {
    vi: (p: { value: number }) => `Ghi số ${p.value}`,
    en: (p: { value: number }) => `Write the number ${p.value}`,
  },
  countsAbovePresent: {
    vi: (p: Counts) =>
      `${p.unit} – ${p.matter}: ${p.yes} phiếu tán thành và ${p.no} phiếu không tán thành, cộng ${p.total} phiếu, nhiều hơn số thành viên có mặt (${p.present}).`,
    en: (p: Counts) =>
      `${p.unit} – ${p.matter}: ${p.yes} in favour and ${p.no} against make ${p.total} ballots, more than the ${p.present} members present.`,
  },
  presentMissing: {
    vi: (p: Cluster) => `${p.cluster}: đã nhập số phiếu nhưng chưa nhập số thành viên có mặt (sheet Cuộc họp).`,
    en: (p: Cluster) => `${p.cluster}: ballots are entered but the number of members present is not (sheet Meeting).`,
  },
  presentInvalid: {
    vi: (p: Cluster & { value: string; members: number }) =>
      `${p.cluster}: số thành viên có mặt “${p.value}” không hợp lệ: phải là số nguyên từ 0 đến ${p.members}.`,
    en: (p: Cluster & { value: string; members: number }) =>
      `${p.cluster}: “${p.value}” members present is not valid: a whole number from 0 to ${p.members}.`,
  },
  noQuorum: {
    vi: (p: Cluster & { present: number; members: number; needed: number; share: number }) =>
      `${p.cluster}: có mặt ${p.present}/${p.members} thành viên, chưa đủ túc số (cần ít nhất ${p.needed} thành viên, ${pct(p.share, "vi")} %); các nội dung biểu quyết không có giá trị.`,
    en: (p: Cluster & { present: number; members: number; needed: number; share: number }) =>
      `${p.cluster}: ${p.present} of ${p.members} members present, short of the quorum (at least ${p.needed}, ${pct(p.share, "en")} %); the votes do not count.`,
  },
  notVoted: {
    vi: (p: UnitMatter) => `${p.unit} – ${p.matter}: chưa nhập số phiếu.`,
    en: (p: UnitMatter) => `${p.unit} – ${p.matter}: no ballots entered yet.`,
  },
  flagNotFirst: {
    vi: (p: Cutoff) =>
      p.cutoff === 0
        ? `${p.unit} được tán thành đề nghị Cờ thi đua nhưng ${p.cluster} không có chỉ tiêu Cờ thi đua.`
        : `${p.unit} được tán thành đề nghị Cờ thi đua nhưng xếp hạng ${p.rank}; theo kết quả chấm điểm, Cờ thi đua chỉ dành cho ${ranksUpTo(p.cutoff, "vi")}.`,
    en: (p: Cutoff) =>
      p.cutoff === 0
        ? `${p.unit} was voted the emulation flag but ${p.cluster} has no flag to award.`
        : `${p.unit} was voted the emulation flag but is ranked ${p.rank}; by the scores the flag goes only to ${ranksUpTo(p.cutoff, "en")}.`,
  },
  certificateBelowCutoff: {
    vi: (p: Cutoff) =>
      `${p.unit} được tán thành đề nghị Bằng khen nhưng xếp hạng ${p.rank}, dưới ngưỡng số lượng Bằng khen của ${p.cluster} (${p.quota} Bằng khen, xét đến ${ranksUpTo(p.cutoff, "vi")}).`,
    en: (p: Cutoff) =>
      `${p.unit} was voted a certificate of merit but is ranked ${p.rank}, below the cut-off of ${p.cluster} (${p.quota} certificates, down to ${ranksUpTo(p.cutoff, "en")}).`,
  },
  quotaExceeded: {
    vi: (p: Cluster & { award: string; passed: number; quota: number }) =>
      `${p.cluster}: ${p.passed} đơn vị được tán thành đề nghị ${p.award}, vượt số lượng ${p.quota}.`,
    en: (p: Cluster & { award: string; passed: number; quota: number }) =>
      `${p.cluster}: ${p.passed} units were voted the ${p.award}, more than the ${p.quota} allowed.`,
  },
  twoAwards: {
    vi: (p: { unit: string }) =>
      `${p.unit} được tán thành đề nghị cả Cờ thi đua và Bằng khen; mỗi đơn vị chỉ được đề nghị một hình thức khen thưởng.`,
    en: (p: { unit: string }) =>
      `${p.unit} was voted both the emulation flag and a certificate of merit; a unit is proposed for one award.`,
  },
  againstScoreOrder: {
    vi: (p: Order) =>
      `${p.unit} (hạng ${p.rank}) được tán thành đề nghị ${p.award}, trong khi ${p.other} (hạng ${p.otherRank}) xếp trên không được tán thành: kết quả biểu quyết khác thứ tự điểm, cần ghi rõ lý do trong biên bản.`,
    en: (p: Order) =>
      `${p.unit} (rank ${p.rank}) was voted the ${p.award} while ${p.other} (rank ${p.otherRank}), ranked above it, was not: the vote goes against the score order; the minutes should say why.`,
  },
  notExcellent: {
    vi: (p: { unit: string; award: string; grade: string }) =>
      `${p.unit} được tán thành đề nghị ${p.award} nhưng theo kết quả chấm điểm xếp loại ${p.grade}, chưa đạt Hoàn thành xuất sắc nhiệm vụ (HTXSNV).`,
    en: (p: { unit: string; award: string; grade: string }) =>
      `${p.unit} was voted the ${p.award} but its grade by the scores is ${p.grade}, not HTXSNV (tasks completed excellently).`,
  },
  rotationWithVote: {
    vi: (p: { year: number; finding: string }) => `Tính cả kết quả biểu quyết năm ${p.year}: ${p.finding}`,
    en: (p: { year: number; finding: string }) => `With this year's (${p.year}) vote: ${p.finding}`,
  },
  leaderTie: {
    vi: (p: Cluster & { units: string; matter: string; yes: number }) =>
      `${p.cluster}: ${p.units} cùng được ${p.yes} phiếu tán thành làm ${p.matter}; chưa xác định được đơn vị trúng cử, cần bầu lại.`,
    en: (p: Cluster & { units: string; matter: string; yes: number }) =>
      `${p.cluster}: ${p.units} each got ${p.yes} votes for ${p.matter}; nobody is elected, vote again.`,
  },
  noneElected: {
    vi: (p: Cluster & { matter: string; needed: string }) =>
      `${p.cluster}: chưa bầu được ${p.matter}: không đơn vị nào được đủ số phiếu tán thành (${p.needed}).`,
    en: (p: Cluster & { matter: string; needed: string }) =>
      `${p.cluster}: no ${p.matter} elected: no unit got enough votes in favour (${p.needed}).`,
  },
  leaderAndDeputy: {
    vi: (p: { unit: string; leader: string; deputy: string }) =>
      `${p.unit} được bầu cả ${p.leader} và ${p.deputy}; mỗi đơn vị chỉ đảm nhiệm một vị trí.`,
    en: (p: { unit: string; leader: string; deputy: string }) =>
      `${p.unit} was elected both ${p.leader} and ${p.deputy}; a unit holds one of them.`,
  },
  leaderAgain: {
    vi: (p: { unit: string; leader: string; years: string; rotation: number; next: string }) =>
      `${p.unit} đã làm ${p.leader} ${p.years}; theo quy định luân phiên (${p.rotation} năm), không bầu lại làm ${p.leader}${p.next}.`,
    en: (p: { unit: string; leader: string; years: string; rotation: number; next: string }) =>
      `${p.unit} already led as ${p.leader} ${p.years}; by the rotation rule (${p.rotation} years) it should not lead again${p.next}.`,
  },
  inYears: {
    vi: (p: { years: string }) => (p.years ? `năm ${p.years}` : "năm nay"),
    en: (p: { years: string }) => (p.years ? `in ${p.years}` : "this year"),
  },
  nextYear: {
    vi: (p: { year: number }) => (p.year > 0 ? ` năm ${p.year}` : ""),
    en: (p: { year: number }) => (p.year > 0 ? ` in ${p.year}` : ""),
  },
  earlierLeadersUnreadable: {
    vi: (p: Cluster & { text: string }) =>
      `${p.cluster}: không đọc được “${p.text}” trong danh sách Trưởng cụm (khối) các năm trước; ghi theo dạng “2025: MÃ; 2024: MÃ”.`,
    en: (p: Cluster & { text: string }) =>
      `${p.cluster}: “${p.text}” in the earlier leaders cannot be read; write “2025: CODE; 2024: CODE”.`,
  },
});
