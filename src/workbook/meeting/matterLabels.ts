// The matters of the vote table as its cells write them (Cờ thi đua, Bằng khen, Trưởng cụm, Phó Trưởng khối, or the
// English words), and back: a cell in either language, either body (cụm, khối), any case or spacing reads the same.

import type { BodyKind } from "../../core/messages/votingMessages";
import type { Lang } from "../../core/settings/settingsTypes";
import type { VoteMatter } from "../../core/voting/votingTypes";

const LABELS: Record<Lang, Record<BodyKind, Record<VoteMatter, string>>> = {
  vi: {
    cluster: { "co-thi-dua": "Cờ thi đua", "bang-khen": "Bằng khen", leader: "Trưởng cụm", deputy: "Phó Trưởng cụm" },
    block: { "co-thi-dua": "Cờ thi đua", "bang-khen": "Bằng khen", leader: "Trưởng khối", deputy: "Phó Trưởng khối" },
  },
  en: {
    cluster: {
      "co-thi-dua": "Emulation flag",
      "bang-khen": "Certificate of merit",
      leader: "Cluster leader",
      deputy: "Deputy cluster leader",
    },
    block: {
      "co-thi-dua": "Emulation flag",
      "bang-khen": "Certificate of merit",
      leader: "Block leader",
      deputy: "Deputy block leader",
    },
  },
};

/** The label a vote table cell writes for a matter. */
export function matterLabel(matter: VoteMatter, body: BodyKind, lang: Lang): string {
  return LABELS[lang][body][matter];
}

/** The four labels a spare row's list offers, in the workbook's language. */
export function matterChoices(body: BodyKind, lang: Lang): string[] {
  return (["co-thi-dua", "bang-khen", "leader", "deputy"] as const).map((m) => LABELS[lang][body][m]);
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const WORDS = new Map<string, VoteMatter>();
for (const lang of ["vi", "en"] as const) {
  for (const body of ["cluster", "block"] as const) {
    for (const [matter, label] of Object.entries(LABELS[lang][body])) WORDS.set(fold(label), matter as VoteMatter);
  }
}
for (const [word, matter] of [
  ["co-thi-dua", "co-thi-dua"],
  ["bang-khen", "bang-khen"],
  ["leader", "leader"],
  ["deputy", "deputy"],
  ["flag", "co-thi-dua"],
  ["certificate", "bang-khen"],
  ["truong cum khoi", "leader"],
  ["pho truong cum khoi", "deputy"],
  ["deputy leader", "deputy"],
] as const) {
  WORDS.set(fold(word), matter);
}

/** The matter a cell names, null when blank or unknown ("năm 2027" after a leader label is allowed). */
export function parseMatter(text: string): VoteMatter | null {
  const folded = fold(text).replace(/ (?:nam|year|in) (?:19|20)\d{2}$/, "");
  return WORDS.get(folded) ?? null;
}
