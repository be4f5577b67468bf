// The minutes of one cluster's year-end meeting (Biên bản họp bình xét, suy tôn) as plain data: time and place,
// chair, secretary, attendance, the ranking table, each vote with its counts, the leader and deputy elected, the
// proposals adopted, what the council should note (added candidates and their reasons, votes against the score
// order, rotation), and the signature blocks. Drawn as a .docx (src/hosts/docx) and as a printable sheet.

import { formatNumber } from "../../core/messages/messageTypes";
import { matterName, type BodyKind } from "../../core/messages/votingMessages";
import type { Award } from "../../core/model/gradeTypes";
import { unitLabel } from "../../core/ranking/unitLabel";
import { awardFullName } from "../../core/settings/awardNames";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import {
  cellText,
  formatCalendarDate,
  formatClockTime,
  parseCalendarDate,
  parseClockTime,
} from "../../core/time/calendarDate";
import type { ClusterStanding } from "../../core/voting/clusterStanding";
import { VOTING_RULES } from "../../core/voting/votingRules";
import type { ClusterTally, TalliedEntry } from "../../core/voting/tallyCluster";
import { isAwardMatter } from "../../core/voting/votingTypes";
import { meetingMessages as MM } from "../messages/meetingMessages";
import { minutesMessages as M } from "../messages/minutesMessages";
import type { Particulars } from "../meeting/readMeeting";
import type { DocumentBlock, OfficialDocument, TextPart } from "./officialDocument";

export interface MinutesInput {
  lang: Lang;
  body: BodyKind;
  settings: Settings;
  /** The period as titles write it ("NĂM 2026"), "" when none. */
  periodTitle: string;
  /** The meeting's year; next year's leadership is year + 1. */
  year: number | null;
  /** The workbook's cluster title (a superior line of the header), null when none. */
  clusterTitle: string | null;
  particulars: Particulars | null;
  standing: ClusterStanding;
  tally: ClusterTally;
}

const pct = (share: number, lang: Lang) => `${formatNumber(share * 100, lang, 2)} %`;

/** Findings the council should read in the minutes (the tally's warnings that concern the proposals). */
const NOTED: ReadonlySet<string> = new Set([
  VOTING_RULES.againstScoreOrder,
  VOTING_RULES.notExcellent,
  VOTING_RULES.rotation,
  VOTING_RULES.leaderAgain,
]);

const plain = (text: string): TextPart[] => [{ text }];
const labelled = (label: string, text: string): DocumentBlock => ({
  kind: "paragraph",
  parts: [{ text: label, bold: true }, { text }],
});

export function minutesDocument(input: MinutesInput): OfficialDocument {
  const { lang, body, settings, standing, tally } = input;
  const p = input.particulars;
  const text = (field: keyof Particulars) => (p ? cellText(p[field]) : "");
  const date = parseCalendarDate(p?.date ?? null);
  const dateText = date ? formatCalendarDate(date, lang) : text("date");
  const clock = (field: "startTime" | "endTime") => {
    const t = parseClockTime(p?.[field] ?? null);
    return t ? formatClockTime(t, lang) : text(field);
  };
  const awardName = (award: Award) => awardFullName(settings, award, lang);
  const word = lang === "vi" ? (body === "block" ? "khối" : "cụm") : body === "block" ? "block" : "cluster";
  const unitName = (code: string) => {
    const u = standing.units.find((s) => s.unit.code === code);
    return u ? unitLabel(u.unit) : code;
  };
  const organ = (text("organ") || standing.cluster).toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-US");
  const superior = input.clusterTitle ? [input.clusterTitle.toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-US")] : [];
  const blocks: DocumentBlock[] = [];

  // I. Time, place, attendance.
  blocks.push({ kind: "heading", text: M.sectionParticulars[lang]() });
  blocks.push(labelled(M.timeLabel[lang](), M.time[lang]({ time: clock("startTime"), date: dateText })));
  blocks.push(labelled(M.placeLabel[lang](), text("place") ? `${text("place")}.` : "……"));
  blocks.push(labelled(M.chairLabel[lang](), M.person[lang]({ name: text("chair"), title: text("chairTitle") })));
  blocks.push(
    labelled(M.secretaryLabel[lang](), M.person[lang]({ name: text("secretary"), title: text("secretaryTitle") })),
  );
  if (text("attendees")) blocks.push(labelled(M.attendeesLabel[lang](), text("attendees")));
  const present = tally.present === null ? "……" : String(tally.present);
  blocks.push(
    labelled(M.presenceLabel[lang](), M.presence[lang]({ present, members: tally.members, absent: text("absent") })),
  );

  // II. 1. The ranking.
  blocks.push({ kind: "heading", text: M.sectionContent[lang]() });
  blocks.push({ kind: "heading", text: M.rankingHeading[lang]({ period: input.periodTitle }) });
  blocks.push({ kind: "paragraph", parts: plain(M.rankingIntro[lang]()) });
  blocks.push({
    kind: "table",
    table: {
      headers: [M.colIndex, M.colUnit, M.colFinal, M.colRank, M.colGrade, M.colProposal].map((m) => m[lang]()),
      widths: [7, 33, 11, 10, 13, 26],
      align: ["center", "left", "right", "center", "center", "left"],
      rows: standing.units.map((u, i) => [
        String(i + 1),
        unitLabel(u.unit),
        formatNumber(u.final, lang, 2),
        String(u.rank),
        u.grade,
        u.proposal ? matterName(u.proposal, body, lang) : "",
      ]),
    },
  });
  blocks.push({ kind: "paragraph", parts: [{ text: M.gradeLegend[lang](), italic: true }] });
  for (const l of standing.leftOut) {
    const reason =
      l.reason === "disqualified"
        ? MM.leftOutDisqualified[lang]()
        : l.reason === "grade"
          ? MM.leftOutGrade[lang]({ grade: l.grade })
          : MM.leftOutTie[lang]();
    blocks.push({
      kind: "paragraph",
      parts: plain(
        M.leftOut[lang]({
          unit: unitLabel(l.unit),
          award: matterName(l.award, body, lang),
          reason: lowerFirst(reason, lang),
        }),
      ),
    });
  }

  // II. 2. The vote.
  const v = settings.voting;
  const quorumShare = pct(v.quorumShare, lang);
  blocks.push({ kind: "heading", text: M.voteHeading[lang]() });
  blocks.push({
    kind: "paragraph",
    parts: plain(
      tally.quorum.met === false || tally.present === null
        ? M.quorumMissed[lang]({ present, members: tally.members, needed: tally.quorum.needed, share: quorumShare })
        : M.quorumMet[lang]({
            present: tally.present,
            members: tally.members,
            needed: tally.quorum.needed,
            share: quorumShare,
          }),
    ),
  });
  const awardRows = tally.entries.filter((t) => isAwardMatter(t.entry.matter) && t.standing !== null && !t.faulty);
  const needed = awardRows.find((t) => t.outcome.needed !== null)?.outcome;
  blocks.push({
    kind: "paragraph",
    parts: plain(
      M.passRule[lang]({
        rule: v.passRule,
        share: pct(v.passShare, lang),
        basis: v.passBasis,
        needed: needed && needed.basis !== null ? `${needed.needed}/${needed.basis}` : "",
      }),
    ),
  });
  const result = (t: TalliedEntry, elected?: boolean) => {
    switch (t.outcome.status) {
      case "passed":
        return elected === undefined ? M.passed[lang]() : elected ? M.elected[lang]() : M.notElected[lang]();
      case "failed":
        return elected === undefined ? M.failed[lang]() : M.notElected[lang]();
      case "no-quorum":
        return M.noQuorum[lang]();
      default:
        return M.notVoted[lang]();
    }
  };
  const count = (n: number | null) => (n === null ? "" : String(n));
  const share = (t: TalliedEntry) => (t.outcome.share === null ? "" : pct(t.outcome.share, lang));
  blocks.push({
    kind: "table",
    table: {
      headers: [M.colIndex, M.colMatter, M.colUnit, M.colYes, M.colNo, M.colShare, M.colResult].map((m) => m[lang]()),
      widths: [7, 18, 27, 11, 12, 11, 14],
      align: ["center", "left", "left", "center", "center", "center", "center"],
      rows: awardRows.map((t, i) => [
        String(i + 1),
        matterName(t.entry.matter!, body, lang) + (t.entry.source === "meeting" ? ` ${M.added[lang]()}` : ""),
        unitLabel(t.standing!.unit),
        count(t.outcome.yes),
        count(t.outcome.no),
        share(t),
        result(t),
      ]),
    },
  });
  for (const t of awardRows.filter((a) => a.entry.source === "meeting" && a.entry.reason.trim() !== "")) {
    blocks.push({
      kind: "paragraph",
      parts: [
        {
          text: M.addedReason[lang]({
            unit: unitLabel(t.standing!.unit),
            award: awardName(t.entry.matter as Award),
            reason: endSentence(t.entry.reason.trim()),
          }),
          italic: true,
        },
      ],
    });
  }

  // II. 3. Next year's leader and deputy.
  const next = M.nextYear[lang]({ year: input.year === null ? 0 : input.year + 1 });
  blocks.push({ kind: "heading", text: M.leadershipHeading[lang]({ body: word, year: next }) });
  const nominees = tally.entries.filter(
    (t) => (t.entry.matter === "leader" || t.entry.matter === "deputy") && t.standing,
  );
  if (nominees.length > 0) {
    blocks.push({
      kind: "table",
      table: {
        headers: [M.colIndex, M.colMatter, M.colUnit, M.colYes, M.colNo, M.colShare, M.colResult].map((m) => m[lang]()),
        widths: [7, 18, 27, 11, 12, 11, 14],
        align: ["center", "left", "left", "center", "center", "center", "center"],
        rows: nominees.map((t, i) => {
          const won = t.entry.matter === "leader" ? tally.leader : tally.deputy;
          const elected = won !== null && won.unit.code === t.entry.unit;
          return [
            String(i + 1),
            matterName(t.entry.matter!, body, lang),
            unitLabel(t.standing!.unit),
            count(t.outcome.yes),
            count(t.outcome.no),
            share(t),
            result(t, elected),
          ];
        }),
      },
    });
  }
  for (const role of ["leader", "deputy"] as const) {
    const won = role === "leader" ? tally.leader : tally.deputy;
    const name = matterName(role, body, lang) + next;
    blocks.push({
      kind: "paragraph",
      parts: plain(
        won
          ? M.electedLine[lang]({ role: name, unit: unitLabel(won.unit), yes: won.yes, basis: won.basis })
          : M.notElectedLine[lang]({ role: name }),
      ),
    });
  }

  // III. Conclusion.
  blocks.push({ kind: "heading", text: M.sectionConclusion[lang]() });
  if (tally.quorum.met === false || tally.present === null) {
    blocks.push({ kind: "paragraph", parts: plain(M.noQuorumConclusion[lang]()) });
  } else if (tally.adopted.length === 0) {
    blocks.push({ kind: "paragraph", parts: plain(M.nothingAdopted[lang]()) });
  } else {
    blocks.push({ kind: "paragraph", parts: plain(M.adoptedIntro[lang]()) });
    const items: TextPart[][] = [];
    for (const award of ["co-thi-dua", "bang-khen"] as const) {
      const units = tally.adopted.filter((a) => a.award === award).map((a) => unitName(a.unit.code));
      if (units.length > 0)
        items.push(plain(M.adoptedLine[lang]({ award: awardName(award), units: units.join(", ") })));
    }
    blocks.push({ kind: "list", items });
  }
  const notes = tally.findings.filter((f) => NOTED.has(f.rule));
  if (notes.length > 0) {
    blocks.push({ kind: "paragraph", parts: plain(M.notesIntro[lang]()) });
    blocks.push({ kind: "list", items: notes.map((f) => plain(f.message[lang])) });
  }
  blocks.push({ kind: "paragraph", parts: plain(M.closing[lang]({ time: clock("endTime") })) });

  return {
    lang,
    header: {
      organ: [...superior, organ],
      number: M.number[lang](),
      nation: M.nation[lang](),
      motto: M.motto[lang](),
      placeDate: M.placeDate[lang]({ town: text("town"), date: dateText }),
    },
    title: [M.title[lang](), M.subtitle[lang]({ cluster: standing.cluster, period: input.periodTitle })],
    body: blocks,
    signatures: [
      { role: M.secretary[lang](), hint: M.signHint[lang](), name: text("secretary") },
      { role: M.chair[lang](), hint: M.signHint[lang](), name: text("chair") },
    ],
    recipients: {
      heading: M.recipients[lang](),
      lines: [M.recipientBoard[lang](), M.recipientMembers[lang](), M.recipientFile[lang]()],
    },
  };
}

/** "Xếp loại HTNV, …" reads "xếp loại HTNV, …" inside a sentence. */
function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(lang === "vi" ? "vi-VN" : "en-US") + text.slice(1);
}

function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
