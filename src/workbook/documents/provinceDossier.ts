// The province's dossier for the provincial awards as plain documents (Decree 30/2020/NĐ-CP layout, drawn as .docx by
// src/hosts/docx): for each emulation flag proposed, a submission (tờ trình) to the Chairman of the Provincial
// People's Committee citing the legal basis of the cluster's scoring table, the cluster's minutes and the council's
// vote, with the unit's numbers from its cluster workbook, and the list that goes with it; and the whole list of the
// province's proposals (flags, certificates, cases for the council). The unit's achievement report stays the unit's
// own document: the submission lists it among the attachments.
//
// Which flags: once the council has voted (any row counted, no error), those it passed, a case it decided included;
// before, every flag the clusters proposed.

import { GRADE_TERMS } from "../../core/messages/glossary";
import { formatNumber } from "../../core/messages/messageTypes";
import { provinceMessages } from "../../core/messages/provinceMessages";
import type { Award } from "../../core/model/gradeTypes";
import type { ProvinceSettings } from "../../core/province/provinceSettings";
import type { ProvinceProposal, ProvinceTemplate } from "../../core/province/provinceTypes";
import type { CouncilTally } from "../../core/province/tallyCouncil";
import type { Lang } from "../../core/settings/settingsTypes";
import type { LegalDocument } from "../../core/template/templateTypes";
import { formatCalendarDate, parseCalendarDate } from "../../core/time/calendarDate";
import { safeFileNamePart } from "../forms/formFileName";
import { dossierMessages as M } from "../messages/dossierMessages";
import type { ProvinceMeta } from "../province/planProvinceWorkbook";
import { issuerText, signerText } from "../province/provinceHeader";
import { provinceAwardName } from "../province/provinceAwardName";
import { periodInText } from "../province/periodInText";
import { voteText } from "../province/provinceListSheet";
import type { DocumentBlock, DocumentTable, OfficialDocument, TextPart } from "./officialDocument";

export interface DossierInput {
  meta: ProvinceMeta;
  /** The Board's settings as they stand on the workbook's Cài đặt sheet. */
  settings: ProvinceSettings;
  lang: Lang;
  /** The council's tally as the workbook holds it; null when it cannot be counted (it is then left out). */
  council: CouncilTally | null;
}

export interface DossierFile {
  /** "Tờ trình Cờ thi đua - Đơn vị C1A.docx" */
  fileName: string;
  kind: "submission" | "list" | "all";
  /** The unit of a flag's submission and list; null for the whole list. */
  code: string | null;
  document: OfficialDocument;
}

const plain = (text: string): TextPart[] => [{ text }];
const ROMAN = ["I", "II", "III"];

/** "Luật số 06/2022/QH15" → "Luật", "Nghị định số 152/2025/NĐ-CP" → "Nghị định": the words before "số" or the number. */
function kindOf(number: string): string {
  const words = number.trim().split(/\s+/u);
  const end = words.findIndex((w) => w.toLocaleLowerCase("vi") === "số" || /\d/u.test(w));
  return words.slice(0, end < 0 ? words.length : end).join(" ");
}

/** "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" and so on for each document of the basis. */
export function legalBasisLine(doc: LegalDocument, lang: Lang): string {
  const parsed = doc.date ? parseCalendarDate(doc.date) : null;
  const date = parsed ? formatCalendarDate(parsed, lang) : "";
  const title = (lang === "en" ? (doc.title.en ?? doc.title.vi) : doc.title.vi).trim();
  const kind = kindOf(doc.number);
  if (lang === "vi" && kind === "Luật" && title.startsWith("Luật")) return M.basisLaw.vi({ title, date });
  if (lang === "vi") {
    const rest = title.startsWith(kind) ? title.slice(kind.length).trim() : title;
    return M.basisDocument.vi({
      number: doc.number,
      title: rest.charAt(0).toLocaleLowerCase("vi") + rest.slice(1),
      date,
    });
  }
  return M.basisDocument.en({ number: doc.number, title, date });
}

function fileName(stem: string): string {
  const safe = safeFileNamePart(stem)
    .slice(0, 180)
    .replace(/[. ]+$/, "");
  return `${safe}.docx`;
}

export function provinceDossier(input: DossierInput): DossierFile[] {
  const { meta, settings, lang, council } = input;
  const period = periodInText(meta.period ?? (meta.year !== null ? String(meta.year) : ""), lang);
  const awardName = (award: Award) => provinceAwardName(settings, award, lang);
  const clusterOf = (p: ProvinceProposal) => meta.clusters.find((c) => c.key === p.clusterKey) ?? null;
  const sittingOf = (p: ProvinceProposal) => meta.sittings.find((s) => s.clusterKey === p.clusterKey) ?? null;
  const templateOf = (p: ProvinceProposal): ProvinceTemplate | null => {
    const t = clusterOf(p)?.template;
    return t ? (meta.templates.find((u) => u.id === t.id && u.version === t.version) ?? null) : null;
  };
  const voted = council !== null && council.motions.some((m) => !m.faulty && m.outcome.status !== "not-voted");
  const motionOf = (p: ProvinceProposal) => council?.motions.find((m) => m.proposal === p || same(m.proposal, p));
  const unitName = (p: ProvinceProposal) => p.name.trim() || p.code;
  const members = (p: ProvinceProposal) => {
    const n = clusterOf(p)?.members;
    return n === null || n === undefined ? "" : String(n);
  };
  const points = (n: number) => formatNumber(n, lang, 2);

  const header = (number: string): OfficialDocument["header"] => ({
    organ: [issuerText(settings, lang).toLocaleUpperCase("vi")],
    number,
    nation: M.nation[lang](),
    motto: M.motto[lang](),
    placeDate: M.placeDate[lang]({ town: settings.town.trim() }),
  });
  const signer = {
    role: signerText(settings, lang).toLocaleUpperCase("vi"),
    hint: M.signHint[lang](),
    name: settings.signerName.trim(),
  };
  const clusterVote = (p: ProvinceProposal) =>
    p.vote ? (p.vote.quorum ? M.voteFor[lang]({ yes: p.vote.yes, basis: p.vote.basis }) : M.voteNoQuorum[lang]()) : "";
  const councilVote = (p: ProvinceProposal) => {
    const m = motionOf(p);
    if (!voted || !m || m.faulty) return "";
    const o = m.outcome;
    if (o.status === "passed") return M.councilPassed[lang]({ yes: o.yes ?? 0, members: o.basis ?? 0 });
    if (o.status === "failed") return M.councilFailed[lang]({ yes: o.yes ?? 0, members: o.basis ?? 0 });
    if (o.status === "no-quorum") return M.voteNoQuorum[lang]();
    return "";
  };
  const noteOf = (p: ProvinceProposal) => {
    const stake =
      p.section === "council"
        ? M.councilCase[lang]({ award: provinceMessages.awardShort[lang]({ award: p.award }) })
        : "";
    return [stake, p.note?.[lang] ?? ""].filter((t) => t !== "").join(" ");
  };

  /** The list's table: one row per proposal, with section rows when `sections`. */
  const table = (proposals: readonly ProvinceProposal[], sections: boolean): DocumentTable => {
    const rows: string[][] = [];
    const sectionRows: number[] = [];
    const row = (p: ProvinceProposal, i: number) => [
      String(i + 1),
      unitName(p),
      p.cluster,
      M.pointsOf[lang]({ final: points(p.final), max: points(p.contentMax) }),
      M.rankOf[lang]({ rank: p.rank, members: members(p) }),
      p.grade,
      clusterVote(p),
      councilVote(p),
      noteOf(p),
    ];
    if (!sections) proposals.forEach((p, i) => rows.push(row(p, i)));
    else {
      let n = 0;
      for (const section of ["co-thi-dua", "bang-khen", "council"] as const) {
        const mine = proposals.filter((p) => p.section === section);
        sectionRows.push(rows.length);
        rows.push([
          ROMAN[n++],
          section === "council" ? M.sectionCouncil[lang]() : M.sectionAward[lang]({ award: awardName(section) }),
        ]);
        if (mine.length === 0) rows.push(["", M.none[lang](), "", "", "", "", "", "", ""]);
        mine.forEach((p, i) => rows.push(row(p, i)));
      }
    }
    return {
      headers: [
        M.colIndex,
        M.colUnit,
        M.colCluster,
        M.colFinal,
        M.colRank,
        M.colGrade,
        M.colClusterVote,
        M.colCouncilVote,
        M.colNote,
      ].map((m) => m[lang]()),
      widths: [5, 22, 17, 10, 8, 9, 11, 11, 20],
      align: ["center", "left", "left", "center", "center", "center", "center", "center", "left"],
      rows,
      ...(sections ? { sectionRows } : {}),
    };
  };

  const listDocument = (
    title: string,
    proposals: readonly ProvinceProposal[],
    sections: boolean,
  ): OfficialDocument => ({
    lang,
    header: header(""),
    title: [M.listTitle[lang](), title],
    body: [
      ...(sections
        ? []
        : [
            {
              kind: "paragraph" as const,
              parts: [{ text: M.listAttached[lang](), italic: true }],
              align: "center" as const,
            },
          ]),
      { kind: "table", table: table(proposals, sections) },
      { kind: "paragraph", parts: [{ text: M.legend[lang](), italic: true }], align: "left" },
    ],
    signatures: [{ role: M.preparer[lang](), hint: M.preparerHint[lang](), name: "" }, signer],
    recipients: null,
    orientation: "landscape",
  });

  const flags = meta.proposals.filter((p) => {
    if (p.award !== "co-thi-dua") return false;
    if (!voted) return p.section === "co-thi-dua";
    const m = motionOf(p);
    return !!m && !m.faulty && m.outcome.status === "passed";
  });
  const files: DossierFile[] = [];
  for (const p of flags) {
    const unit = unitName(p);
    const flag = awardName("co-thi-dua");
    const sitting = sittingOf(p);
    const sittingDate = sitting?.date ?? "";
    const template = templateOf(p);
    const blocks: DocumentBlock[] = [
      { kind: "paragraph", parts: plain(M.to[lang]({ recipient: settings.recipient })), align: "center" },
      ...(template?.legalBasis ?? []).map((doc): DocumentBlock => ({
        kind: "paragraph",
        parts: plain(legalBasisLine(doc, lang)),
      })),
      {
        kind: "paragraph",
        parts: plain(
          sitting
            ? M.basisMinutes[lang]({ cluster: p.cluster, period, date: sittingDate })
            : M.basisScores[lang]({ cluster: p.cluster, period }),
        ),
      },
      ...(voted ? [{ kind: "paragraph" as const, parts: plain(M.basisCouncil[lang]()) }] : []),
      {
        kind: "paragraph",
        parts: plain(
          M.proposal[lang]({ recipient: settings.recipient, award: flag, period, unit, cluster: p.cluster }),
        ),
      },
    ];
    const m = motionOf(p);
    const results: TextPart[][] = [
      plain(
        M.resultScore[lang]({ final: points(p.final), max: points(p.contentMax), rank: p.rank, members: members(p) }),
      ),
      plain(M.resultGrade[lang]({ grade: `${GRADE_TERMS[p.grade].full[lang]} (${p.grade})` })),
      plain(
        p.vote && p.vote.quorum
          ? M.resultClusterVote[lang]({ yes: p.vote.yes, basis: p.vote.basis })
          : p.vote
            ? `${M.resultClusterVote[lang]({ yes: p.vote.yes, basis: p.vote.basis })} (${voteText(p.vote, lang)})`
            : M.resultNoClusterVote[lang](),
      ),
      plain(
        voted && m && m.outcome.yes !== null
          ? M.resultCouncil[lang]({ yes: m.outcome.yes, members: m.outcome.basis ?? 0 })
          : M.resultNoCouncil[lang](),
      ),
    ];
    const note = noteOf(p);
    if (note) results.push(plain(M.resultNote[lang]({ note })));
    blocks.push({ kind: "list", items: results });
    blocks.push({ kind: "heading", text: M.attachments[lang]() });
    blocks.push({
      kind: "list",
      items: [
        plain(M.attachList[lang]({ award: flag, period })),
        plain(M.attachMinutes[lang]({ cluster: p.cluster, date: sittingDate })),
        plain(M.attachReport[lang]({ unit })),
      ],
    });
    blocks.push({ kind: "paragraph", parts: plain(M.closing[lang]({ recipient: settings.recipient })) });
    const stem = `${p.code} ${unit}`;
    files.push({
      fileName: fileName(M.fileSubmission[lang]({ unit: stem })),
      kind: "submission",
      code: p.code,
      document: {
        lang,
        header: header(M.submissionNumber[lang]()),
        title: [M.submissionTitle[lang](), M.submissionAbout[lang]({ award: flag, period, unit })],
        body: blocks,
        signatures: [signer],
        recipients: {
          heading: M.recipients[lang](),
          lines: [
            M.recipientAbove[lang](),
            M.recipientCouncil[lang](),
            M.recipientCluster[lang]({ cluster: p.cluster }),
            M.recipientFile[lang](),
          ],
        },
        closing: "side-by-side",
      },
    });
    files.push({
      fileName: fileName(M.fileList[lang]({ unit: stem })),
      kind: "list",
      code: p.code,
      document: listDocument(M.listAbout[lang]({ award: flag, period }), [p], false),
    });
  }
  files.push({
    fileName: fileName(M.fileAll[lang]({ period })),
    kind: "all",
    code: null,
    document: listDocument(M.listAboutAll[lang]({ period }), meta.proposals, true),
  });
  return files;
}

/** The same proposal read twice (the tally's copy and the metadata's): section, award and unit. */
function same(a: ProvinceProposal, b: ProvinceProposal): boolean {
  return a.section === b.section && a.award === b.award && a.code === b.code && a.clusterKey === b.clusterKey;
}
