// Texts of the printed ballot (phiếu bầu) of the year-end meeting, in Vietnamese and English.

import { defineMessages } from "../../core/messages/messageTypes";

export const ballotMessages = defineMessages({
  sheet: { vi: () => "Phiếu bầu", en: () => "Ballot" },
  fileWord: { vi: () => "Phiếu bầu", en: () => "Ballots" },
  title: { vi: () => "PHIẾU BẦU", en: () => "BALLOT" },
  subtitle: {
    vi: (p: { period: string }) => `Bình xét, suy tôn thi đua${p.period ? ` ${p.period.toLocaleLowerCase("vi")}` : ""}`,
    en: (p: { period: string }) => `Deliberation and vote${p.period ? `, ${p.period.toLowerCase()}` : ""}`,
  },
  instruction: {
    vi: () => "Đánh dấu (X) vào một trong hai ô Đồng ý hoặc Không đồng ý đối với từng đơn vị.",
    en: () => "Mark (X) one of the two boxes, In favour or Against, for each unit.",
  },
  award: {
    vi: (p: { n: number; award: string }) => `${p.n}. Đề nghị tặng ${p.award}`,
    en: (p: { n: number; award: string }) => `${p.n}. Proposed for the ${p.award}`,
  },
  election: {
    vi: (p: { n: number; role: string; year: string }) => `${p.n}. Bầu đơn vị ${p.role}${p.year}`,
    en: (p: { n: number; role: string; year: string }) => `${p.n}. Election of the ${p.role}${p.year}`,
  },
  nextYear: {
    vi: (p: { year: number }) => (p.year > 0 ? ` năm ${p.year}` : ""),
    en: (p: { year: number }) => (p.year > 0 ? ` for ${p.year}` : ""),
  },
  writeIn: {
    vi: () => "(Ghi tên đơn vị được giới thiệu)",
    en: () => "(Write in the unit nominated)",
  },
  headerIndex: { vi: () => "STT", en: () => "No." },
  headerUnit: { vi: () => "Tên đơn vị", en: () => "Unit" },
  headerYes: { vi: () => "Đồng ý", en: () => "In favour" },
  headerNo: { vi: () => "Không đồng ý", en: () => "Against" },
  footer: {
    vi: () =>
      "Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào đối với một đơn vị thì không tính cho đơn vị đó. Phiếu không ghi tên người bầu.",
    en: () => "A ballot marking both boxes or neither for a unit does not count for that unit. Ballots are not signed.",
  },
});
