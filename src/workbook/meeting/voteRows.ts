// The rows of the vote table: drawn from the clusters' standings when the list is prepared (the score's candidates,
// then a leader and a deputy row, then spare rows), keeping what was entered before (ballots, nominees, added
// candidates and their reasons) so that preparing the list again loses nothing; and back to the core's entries.

import type { Finding } from "../../core/findings/findingTypes";
import { matterName, type BodyKind } from "../../core/messages/votingMessages";
import type { ClusterStanding } from "../../core/voting/clusterStanding";
import type { VoteEntry } from "../../core/voting/tallyCluster";
import type { VoteMatter } from "../../core/voting/votingTypes";
import { unitLabel } from "../../core/ranking/unitLabel";
import type { CellValue } from "../plan/planTypes";
import { MEETING_RULES, meetingMessages as M } from "../messages/meetingMessages";
import { SPARE_ROWS, type VoteRowKind } from "./meetingLayout";
import { parseMatter } from "./matterLabels";
import type { VoteRowRead } from "./readMeeting";

/** What one row of the vote table holds before its formulas: the cells a person or the add-in fills. */
export interface VoteRowPlan {
  cluster: string;
  kind: VoteRowKind;
  matter: VoteMatter | null;
  /** The matter cell of a spare row as typed (written back as typed). */
  matterText: string;
  unit: string;
  reason: string;
  yes: CellValue;
  no: CellValue;
}

/** The matter a row votes on: its kind's for nomination rows, its cell's otherwise. */
export function matterOfRow(kind: VoteRowKind, matterText: string): VoteMatter | null {
  if (kind === "leader" || kind === "deputy") return kind;
  return matterText === "" ? null : parseMatter(matterText);
}

const isBlank = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");

/** A row anyone wrote into, beyond what the add-in prefilled (a score row's unit, a nomination row's matter). */
function filled(row: VoteRowRead): boolean {
  const entered = !isBlank(row.yes) || !isBlank(row.no) || row.reason !== "";
  if (row.kind === "score") return entered;
  if (row.kind === "leader" || row.kind === "deputy") return entered || row.unit !== "";
  return entered || row.unit !== "" || row.matterText !== "";
}

/**
 * The vote table's rows for these standings, cluster by cluster: the score's candidates (ballots kept from `previous`
 * for the same cluster, matter and unit), then the rows the meeting filled before (nominees, added candidates; a
 * score candidate that is no longer proposed but has ballots is kept as an added one, with a finding), then one
 * leader and one deputy row when none was kept, then SPARE_ROWS blank rows.
 */
export function planVoteRows(
  standings: readonly ClusterStanding[],
  previous: readonly VoteRowRead[],
  body: BodyKind,
): { rows: VoteRowPlan[]; findings: Finding[] } {
  const rows: VoteRowPlan[] = [];
  const findings: Finding[] = [];
  const keptRows = new Map<Finding, VoteRowPlan>();
  for (const standing of standings) {
    const cluster = standing.cluster;
    const before = previous.filter((r) => r.cluster === cluster);
    const used = new Set<VoteRowRead>();
    for (const { award, unit } of standing.candidates) {
      const kept = before.find((r) => r.kind === "score" && r.matter === award && r.unit === unit.code);
      if (kept) used.add(kept);
      rows.push({
        cluster,
        kind: "score",
        matter: award,
        matterText: "",
        unit: unit.code,
        reason: kept?.reason ?? "",
        yes: kept?.yes ?? null,
        no: kept?.no ?? null,
      });
    }
    const unitOf = new Map(standing.units.map((u) => [u.unit.code, u.unit]));
    const meetingRows: VoteRowPlan[] = [];
    for (const row of before) {
      if (used.has(row) || !filled(row)) continue;
      const kind: VoteRowKind = row.kind === "score" ? "spare" : row.kind;
      const plan: VoteRowPlan = {
        cluster,
        kind,
        matter: row.matter,
        matterText: kind === "spare" ? row.matterText : "",
        unit: row.unit,
        reason: row.reason,
        yes: row.yes,
        no: row.no,
      };
      meetingRows.push(plan);
      if (row.kind === "score") {
        // No longer the score's candidate: kept as the meeting's, so its ballots are not lost.
        const unit = unitOf.get(row.unit);
        const finding: Finding = {
          rule: MEETING_RULES.rowKept,
          severity: "warning",
          location: { area: "votes", row: row.index, unit: row.unit, field: "reason" },
          message: {
            vi: M.rowKept.vi({
              unit: unit ? unitLabel(unit) : row.unit,
              award: matterName(row.matter ?? "bang-khen", body, "vi"),
            }),
            en: M.rowKept.en({
              unit: unit ? unitLabel(unit) : row.unit,
              award: matterName(row.matter ?? "bang-khen", body, "en"),
            }),
          },
          data: { cluster },
        };
        findings.push(finding);
        keptRows.set(finding, plan);
      }
    }
    const blank = (kind: VoteRowKind): VoteRowPlan => ({
      cluster,
      kind,
      matter: kind === "leader" || kind === "deputy" ? kind : null,
      matterText: "",
      unit: "",
      reason: "",
      yes: null,
      no: null,
    });
    const nominations = (["leader", "deputy"] as const).flatMap((kind) => {
      const kept = meetingRows.filter((r) => r.kind === kind);
      return kept.length > 0 ? kept : [blank(kind)];
    });
    rows.push(...nominations, ...meetingRows.filter((r) => r.kind === "spare"));
    for (let i = 0; i < SPARE_ROWS; i++) rows.push(blank("spare"));
  }
  // A kept row's finding points at where the row is now.
  for (const [finding, row] of keptRows) finding.location = { ...finding.location, row: rows.indexOf(row) };
  return { rows, findings };
}

/** The core's entries of one cluster from the rows as read (row = the row's index in TD_Votes). */
export function voteEntries(rows: readonly VoteRowRead[], cluster: string): VoteEntry[] {
  return rows
    .filter((r) => r.cluster === cluster)
    .map((r) => ({
      row: r.index,
      matter: r.matter,
      matterText: r.kind === "leader" || r.kind === "deputy" ? r.kind : r.matterText,
      unit: r.unit,
      source: r.kind === "score" ? "score" : "meeting",
      reason: r.reason,
      yes: r.yes,
      no: r.no,
    }));
}
