// The tally of one cluster's year-end meeting (kiểm phiếu): every row of its vote table counted by the voting
// thresholds, then checked against the score (a flag past rank 1, a certificate past the quota's cut-off, a vote
// against the score order, an added candidate and its reason), against the rotation of the flag with this year's
// result added to the history, and the election of next year's leader and deputy with the leadership's rotation.

import type { RuleId } from "../findings/ruleId";
import type { Finding, FindingLocation, Severity } from "../findings/findingTypes";
import { render, type Bilingual } from "../messages/messageTypes";
import { matterName, votingMessages as V, type BodyKind } from "../messages/votingMessages";
import type { Award } from "../model/gradeTypes";
import type { Unit } from "../model/unitTypes";
import { checkRotation, type HistoryRow } from "../fairness/rotation";
import { rawText } from "../parse/parseNumberCell";
import { unitLabel } from "../ranking/unitLabel";
import type { Lang, Settings } from "../settings/settingsTypes";
import type { ClusterStanding, StandingUnit } from "./clusterStanding";
import { parseLeaderTerms } from "./leaderTerms";
import { quorumOf, tallyMotion } from "./motionTally";
import { readVoteCount, type ReadCount } from "./readVoteCount";
import { VOTING_RULES as R } from "./votingRules";
import { isAwardMatter, type MotionCount, type MotionOutcome, type Quorum, type VoteMatter } from "./votingTypes";

/** One row of a cluster's vote table, as read. */
export interface VoteEntry {
  /** Row in the vote table (0-based): findings point at it. */
  row: number;
  /** null when the matter cell is blank or unreadable. */
  matter: VoteMatter | null;
  /** The matter cell as written ("" when blank). */
  matterText: string;
  /** Unit code as written, trimmed. */
  unit: string;
  /** score: a candidate the score rules proposed; meeting: a candidate added or nominated at the meeting. */
  source: "score" | "meeting";
  /** The written reason of an added candidate (notes on other rows). */
  reason: string;
  /** Ballot cells as read. */
  yes: unknown;
  no: unknown;
}

/** A cluster's vote table and the particulars the tally needs. */
export interface ClusterVotes {
  cluster: string;
  /** The members-present cell as read. */
  present: unknown;
  entries: VoteEntry[];
  /** This year's leader (unit code) as the particulars name it; "" when not given. */
  leader: string;
  /** Earlier leaders as written ("2025: A1; 2024: A2"). */
  earlierLeaders: unknown;
}

export interface MeetingRules {
  settings: Settings;
  body: BodyKind;
  /** The meeting's year (the period's); null when the period names none. */
  year: number | null;
  /** Every unit of the workbook: a code of another cluster is told apart from an unknown one. */
  units: readonly Unit[];
  /** The history table's rows (parseHistory), for the flag's rotation. */
  history: readonly HistoryRow[];
}

export interface TalliedEntry {
  entry: VoteEntry;
  outcome: MotionOutcome;
  /** The unit's standing in the cluster, null when the code is not one of its units. */
  standing: StandingUnit | null;
  /** The row has an error: it counts for nothing. */
  faulty: boolean;
}

export interface AdoptedProposal {
  award: Award;
  unit: Unit;
  rank: number;
  yes: number;
  basis: number;
  source: VoteEntry["source"];
  /** The reason of an added candidate, "" for the score's own. */
  reason: string;
}

export interface ElectedUnit {
  unit: Unit;
  yes: number;
  basis: number;
}

export interface ClusterTally {
  cluster: string;
  members: number;
  /** null when not entered or not valid. */
  present: number | null;
  quorum: Quorum;
  /** The counted rows (blank spare rows left out), in table order. */
  entries: TalliedEntry[];
  /** Passed award proposals without an error on their row: flags, then certificates, each in rank order. */
  adopted: AdoptedProposal[];
  leader: ElectedUnit | null;
  deputy: ElectedUnit | null;
  findings: Finding[];
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A row nobody filled in: a spare row, or a leader row without a nominee. */
function unused(entry: VoteEntry): boolean {
  if (entry.source === "score") return false;
  const matterOnly = entry.matter === "leader" || entry.matter === "deputy" || entry.matterText === "";
  return matterOnly && entry.unit === "" && entry.reason.trim() === "" && isBlank(entry.yes) && isBlank(entry.no);
}

function byLang(make: (lang: Lang) => string): Bilingual {
  return { vi: make("vi"), en: make("en") };
}

export function tallyCluster(votes: ClusterVotes, standing: ClusterStanding, rules: MeetingRules): ClusterTally {
  const { settings, body } = rules;
  const thresholds = settings.voting;
  const cluster = votes.cluster;
  const findings: Finding[] = [];
  const add = (rule: RuleId, severity: Severity, location: FindingLocation, message: Bilingual, extra = {}) =>
    findings.push({ rule, severity, location, message, data: { cluster, ...extra } });
  const members = standing.members;
  const matter = (m: VoteMatter) => byLang((lang) => matterName(m, body, lang));
  const standingOf = new Map(standing.units.map((u) => [u.unit.code, u]));
  const unitOf = new Map(rules.units.map((u) => [u.code, u]));
  const label = (code: string) => {
    const unit = unitOf.get(code);
    return unit ? unitLabel(unit) : code;
  };
  const at = (entry: VoteEntry, field: string): FindingLocation => ({
    area: "votes",
    row: entry.row,
    field,
    ...(entry.unit ? { unit: entry.unit } : {}),
  });
  const presentAt: FindingLocation = { area: "meeting", field: "present" };

  // Members present.
  let present: number | null = null;
  const presentRead = readVoteCount(votes.present);
  if (presentRead.kind === "count" && presentRead.value <= members) present = presentRead.value;
  else if (presentRead.kind !== "blank") {
    add(
      R.presentInvalid,
      "error",
      presentAt,
      render(V.presentInvalid, { cluster, value: rawText(votes.present ?? ""), members }),
    );
  }

  // Each row on its own: matter, unit, counts, reason.
  const entries: TalliedEntry[] = [];
  const seen = new Set<string>();
  let presentMissing = false;
  for (const entry of votes.entries) {
    if (unused(entry)) continue;
    const standingUnit = standingOf.get(entry.unit) ?? null;
    const tallied: TalliedEntry = {
      entry,
      outcome: tallyMotion({ members, present }, null, thresholds),
      standing: standingUnit,
      faulty: false,
    };
    entries.push(tallied);
    const fault = (rule: RuleId, field: string, message: Bilingual, extra = {}) => {
      tallied.faulty = true;
      add(rule, "error", at(entry, field), message, extra);
    };
    if (entry.matter === null) {
      fault(R.matterUnknown, "matter", render(V.matterUnknown, { text: entry.matterText }));
      continue;
    }
    const what = matter(entry.matter);
    if (entry.unit === "") {
      fault(
        R.unitMissing,
        "unit",
        byLang((lang) => V.unitMissing[lang]({ cluster, matter: what[lang] })),
      );
      continue;
    }
    if (!standingUnit) {
      const other = unitOf.get(entry.unit);
      if (other) {
        fault(
          R.unitOtherCluster,
          "unit",
          render(V.unitOtherCluster, { cluster, unit: unitLabel(other), other: other.cluster }),
        );
      } else fault(R.unitUnknown, "unit", render(V.unitUnknown, { code: entry.unit }));
      continue;
    }
    const key = `${entry.matter}\u0000${entry.unit}`;
    if (seen.has(key)) {
      fault(
        R.duplicate,
        "unit",
        byLang((lang) => V.duplicate[lang]({ cluster, unit: unitLabel(standingUnit.unit), matter: what[lang] })),
      );
      continue;
    }
    seen.add(key);

    const readField = (field: "yes" | "no"): ReadCount => {
      const read = readVoteCount(entry[field]);
      if (read.kind === "bad") {
        tallied.faulty = true;
        findings.push({
          rule: R.countInvalid,
          severity: "error",
          location: at(entry, field),
          message: render(V.countInvalid, { value: rawText(entry[field] ?? "") }),
          ...(read.fix !== undefined
            ? {
                fix: {
                  kind: "replace-value" as const,
                  value: read.fix,
                  label: render(V.countFix, { value: read.fix }),
                },
              }
            : {}),
          data: { cluster },
        });
      }
      return read;
    };
    const yes = readField("yes");
    const no = readField("no");
    const entered = yes.kind !== "blank" || no.kind !== "blank";
    if (entered && present === null && presentRead.kind === "blank") presentMissing = true;
    if (!tallied.faulty && entered) {
      const count: MotionCount = {
        yes: yes.kind === "count" ? yes.value : 0,
        no: no.kind === "count" ? no.value : 0,
      };
      tallied.outcome = tallyMotion({ members, present }, count, thresholds);
      if (present !== null && count.yes + count.no > present) {
        const params = { unit: unitLabel(standingUnit.unit), yes: count.yes, no: count.no, present };
        fault(
          R.countsAbovePresent,
          "yes",
          byLang((lang) => V.countsAbovePresent[lang]({ ...params, matter: what[lang], total: count.yes + count.no })),
        );
      }
    } else if (entered) {
      tallied.outcome = { ...tallied.outcome, status: "invalid", basis: null, needed: null };
    }

    if (entry.source === "meeting" && isAwardMatter(entry.matter)) {
      const award = entry.matter;
      const unit = unitLabel(standingUnit.unit);
      if (standingUnit.unit.disqualified) {
        fault(
          R.addedDisqualified,
          "unit",
          byLang((lang) => V.addedDisqualified[lang]({ unit, award: what[lang] })),
        );
      } else if (entry.reason.trim() === "") {
        fault(
          R.reasonMissing,
          "reason",
          byLang((lang) => V.reasonMissing[lang]({ unit, award: what[lang] })),
        );
      } else {
        add(
          R.addedCandidate,
          "warning",
          at(entry, "reason"),
          byLang((lang) =>
            V.addedCandidate[lang]({
              unit,
              award: what[lang],
              rank: V.rankOf[lang]({ rank: standingUnit.rank }),
              grade: standingUnit.grade,
              reason: entry.reason.trim(),
            }),
          ),
          { award, reason: entry.reason.trim() },
        );
      }
    }
    if (!entered && !tallied.faulty) {
      add(
        R.notVoted,
        "warning",
        at(entry, "yes"),
        byLang((lang) => V.notVoted[lang]({ unit: unitLabel(standingUnit.unit), matter: what[lang] })),
      );
    }
  }
  if (presentMissing) add(R.presentMissing, "error", presentAt, render(V.presentMissing, { cluster }));

  const quorum = quorumOf({ members, present }, thresholds);
  const anyCount = entries.some((t) => t.outcome.status !== "not-voted" && t.outcome.status !== "invalid");
  if (present !== null && quorum.met === false && anyCount) {
    add(
      R.noQuorum,
      "warning",
      presentAt,
      render(V.noQuorum, { cluster, present, members, needed: quorum.needed, share: thresholds.quorumShare }),
    );
  }

  const passed = (t: TalliedEntry) => t.outcome.status === "passed" && !t.faulty && t.standing !== null;
  checkAwards(entries, standing, rules, passed, add);
  const adopted: AdoptedProposal[] = (["co-thi-dua", "bang-khen"] as const).flatMap((award) =>
    entries
      .filter((t) => t.entry.matter === award && passed(t))
      .sort((a, b) => a.standing!.rank - b.standing!.rank)
      .map((t) => ({
        award,
        unit: t.standing!.unit,
        rank: t.standing!.rank,
        yes: t.outcome.yes ?? 0,
        basis: t.outcome.basis ?? 0,
        source: t.entry.source,
        reason: t.entry.source === "meeting" ? t.entry.reason.trim() : "",
      })),
  );

  const leader = elect("leader", entries, passed, cluster, matter, add);
  const deputy = elect("deputy", entries, passed, cluster, matter, add);
  if (leader && deputy && leader.elected.unit.code === deputy.elected.unit.code) {
    leader.tallied.faulty = true;
    deputy.tallied.faulty = true;
    add(
      R.leaderAndDeputy,
      "error",
      at(deputy.tallied.entry, "unit"),
      byLang((lang) =>
        V.leaderAndDeputy[lang]({
          unit: unitLabel(leader.elected.unit),
          leader: matterName("leader", body, lang),
          deputy: matterName("deputy", body, lang),
        }),
      ),
    );
  }
  if (leader) checkLeaderRotation(votes, leader.tallied, rules, label, add);
  else checkLeaderTerms(votes, add);
  checkFlagRotation(adopted, standing, rules, entries, add);

  const ok = (e: { elected: ElectedUnit; tallied: TalliedEntry } | null) => (e && !e.tallied.faulty ? e.elected : null);
  return {
    cluster,
    members,
    present,
    quorum,
    entries,
    adopted,
    leader: ok(leader),
    deputy: ok(deputy),
    findings,
  };
}

type Add = (rule: RuleId, severity: Severity, location: FindingLocation, message: Bilingual, extra?: object) => void;

const entryAt = (t: TalliedEntry, field: string): FindingLocation => ({
  area: "votes",
  row: t.entry.row,
  field,
  unit: t.entry.unit,
});

/** Passed awards against the score: cut-offs, quotas, one award per unit, the score order, the grade. */
function checkAwards(
  entries: TalliedEntry[],
  standing: ClusterStanding,
  rules: MeetingRules,
  passed: (t: TalliedEntry) => boolean,
  add: Add,
): void {
  const cluster = standing.cluster;
  const name = (award: Award) => byLang((lang) => matterName(award, rules.body, lang));
  const flagged = new Set<string>();
  for (const award of ["co-thi-dua", "bang-khen"] as const) {
    const rows = entries.filter((t) => t.entry.matter === award && t.standing !== null && !t.faulty);
    const won = rows.filter(passed).sort((a, b) => a.standing!.rank - b.standing!.rank);
    for (const t of won) {
      const s = t.standing!;
      const unit = unitLabel(s.unit);
      const cutoff = standing.cutoff[award];
      if (s.rank > cutoff) {
        t.faulty = true;
        const params = { unit, award: award, rank: s.rank, cluster, cutoff, quota: standing.quota[award] };
        add(
          award === "co-thi-dua" ? R.flagNotFirst : R.certificateBelowCutoff,
          "error",
          entryAt(t, "unit"),
          render(award === "co-thi-dua" ? V.flagNotFirst : V.certificateBelowCutoff, params),
          { award, rank: s.rank, cutoff },
        );
        continue;
      }
      if (award === "co-thi-dua") flagged.add(s.unit.code);
      else if (flagged.has(s.unit.code)) {
        t.faulty = true;
        add(R.twoAwards, "error", entryAt(t, "unit"), render(V.twoAwards, { unit }));
        continue;
      }
      if (s.grade !== "HTXSNV") {
        add(
          R.notExcellent,
          "warning",
          entryAt(t, "unit"),
          byLang((lang) => V.notExcellent[lang]({ unit, award: name(award)[lang], grade: s.grade })),
        );
      }
    }
    const counted = won.filter((t) => !t.faulty);
    const quota = standing.quota[award];
    if (counted.length > quota) {
      for (const t of counted.slice(quota)) t.faulty = true;
      add(
        R.quotaExceeded,
        "error",
        entryAt(counted[counted.length - 1], "unit"),
        byLang((lang) => V.quotaExceeded[lang]({ cluster, award: name(award)[lang], passed: counted.length, quota })),
        { award, passed: counted.length, quota },
      );
    }
    // Only a unit the score rules could reward counts as passed over (an added HTTNV unit that fails does not).
    const lost = rows.filter(
      (t) => t.outcome.status === "failed" && t.standing!.grade === "HTXSNV" && !t.standing!.unit.disqualified,
    );
    for (const t of counted) {
      const better = lost
        .filter((l) => l.standing!.rank < t.standing!.rank)
        .sort((a, b) => a.standing!.rank - b.standing!.rank)[0];
      if (!better) continue;
      add(
        R.againstScoreOrder,
        "warning",
        entryAt(t, "unit"),
        byLang((lang) =>
          V.againstScoreOrder[lang]({
            unit: unitLabel(t.standing!.unit),
            award: name(award)[lang],
            rank: t.standing!.rank,
            other: unitLabel(better.standing!.unit),
            otherRank: better.standing!.rank,
          }),
        ),
        { award, other: better.entry.unit },
      );
    }
  }
}

/** The passed nominee with the most votes in favour; a tie elects nobody. */
function elect(
  which: "leader" | "deputy",
  entries: TalliedEntry[],
  passed: (t: TalliedEntry) => boolean,
  cluster: string,
  matter: (m: VoteMatter) => Bilingual,
  add: Add,
): { elected: ElectedUnit; tallied: TalliedEntry } | null {
  const nominees = entries.filter((t) => t.entry.matter === which && !t.faulty);
  const won = nominees.filter(passed);
  const what = matter(which);
  if (won.length === 0) {
    const voted = nominees.find((t) => t.outcome.status === "failed");
    if (voted) {
      const needed = voted.outcome.needed ?? 0;
      const basis = voted.outcome.basis ?? 0;
      add(
        R.noneElected,
        "warning",
        entryAt(voted, "yes"),
        byLang((lang) => V.noneElected[lang]({ cluster, matter: what[lang], needed: `${needed}/${basis}` })),
      );
    }
    return null;
  }
  const most = Math.max(...won.map((t) => t.outcome.yes ?? 0));
  const top = won.filter((t) => (t.outcome.yes ?? 0) === most);
  if (top.length > 1) {
    const names = top.map((t) => unitLabel(t.standing!.unit)).join(", ");
    add(
      R.leaderTie,
      "warning",
      entryAt(top[0], "yes"),
      byLang((lang) => V.leaderTie[lang]({ cluster, units: names, matter: what[lang], yes: most })),
    );
    return null;
  }
  const t = top[0];
  return { elected: { unit: t.standing!.unit, yes: most, basis: t.outcome.basis ?? 0 }, tallied: t };
}

/** Earlier leaders that cannot be read are reported whether or not a leader was elected. */
function checkLeaderTerms(votes: ClusterVotes, add: Add): ReturnType<typeof parseLeaderTerms> {
  const read = parseLeaderTerms(votes.earlierLeaders);
  for (const text of read.unreadable) {
    add(
      R.earlierLeadersUnreadable,
      "warning",
      { area: "meeting", field: "earlierLeaders" },
      render(V.earlierLeadersUnreadable, { cluster: votes.cluster, text }),
    );
  }
  return read;
}

/** The elected leader led in one of the last `leaderRotationYears` years (this year's leader included). */
function checkLeaderRotation(
  votes: ClusterVotes,
  elected: TalliedEntry,
  rules: MeetingRules,
  label: (code: string) => string,
  add: Add,
): void {
  const { terms } = checkLeaderTerms(votes, add);
  const n = rules.settings.voting.leaderRotationYears;
  if (n <= 0) return;
  const code = elected.entry.unit;
  const thisYear = rules.year;
  const years = new Set<number>();
  let again = votes.leader.trim() === code;
  if (again && thisYear !== null) years.add(thisYear);
  // Earlier terms count when they fall in the last n years (without the meeting's year, they cannot be placed).
  for (const term of thisYear === null ? [] : terms) {
    if (term.unit !== code || term.year > thisYear! || term.year <= thisYear! - n) continue;
    years.add(term.year);
    again = true;
  }
  if (!again) return;
  const listed = [...years].sort((a, b) => a - b).join(", ");
  add(
    R.leaderAgain,
    "warning",
    entryAt(elected, "unit"),
    byLang((lang) =>
      V.leaderAgain[lang]({
        unit: label(code),
        leader: matterName("leader", rules.body, lang),
        years: V.inYears[lang]({ years: listed }),
        rotation: n,
        next: V.nextYear[lang]({ year: thisYear === null ? 0 : thisYear + 1 }),
      }),
    ),
    { unit: code, rotation: n },
  );
}

/** Taking turns with the flag, this year's adopted flag added to the history (domain.md "Fairness analysis"). */
function checkFlagRotation(
  adopted: AdoptedProposal[],
  standing: ClusterStanding,
  rules: MeetingRules,
  entries: TalliedEntry[],
  add: Add,
): void {
  const year = rules.year;
  if (year === null) return;
  const members = new Set(standing.units.map((u) => u.unit.code));
  const awardOf = new Map(adopted.map((a) => [a.unit.code, a.award]));
  const rows: HistoryRow[] = rules.history.filter((h) => !(h.year === year && members.has(h.unit)));
  for (const u of standing.units) {
    rows.push({ row: -1, year, unit: u.unit.code, rank: u.rank, award: awardOf.get(u.unit.code) ?? null });
  }
  const units = standing.units.map((u) => u.unit);
  for (const finding of checkRotation(rows, units, rules.settings)) {
    if (finding.rule !== "rotation.taking-turns" || finding.data?.to !== year) continue;
    const flag = entries.find((t) => t.entry.matter === "co-thi-dua" && awardOf.get(t.entry.unit) === "co-thi-dua");
    add(
      R.rotation,
      "warning",
      flag ? entryAt(flag, "unit") : { area: "meeting", field: "present" },
      byLang((lang) => V.rotationWithVote[lang]({ year, finding: finding.message[lang] })),
      { ...finding.data },
    );
  }
}
