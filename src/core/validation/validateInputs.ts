// Validation of entries (domain.md): every grid a ranking reads, parsed into numbers with one finding per problem.
// Invalid cells become null in the parsed grids, so a ranking run treats them as blank (0 points, and a blank
// manual/qual peer cell makes that rater's column incomplete); the findings say what to fix.

import type { Finding } from "../findings/findingTypes";
import type { PeerGrid } from "../model/gridTypes";
import type { ScoringInput } from "../model/scoringTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { rawText } from "../parse/parseNumberCell";
import { checkBonusCap } from "./checkBonusCap";
import { checkEvidence } from "./checkEvidence";
import { checkPeerCompleteness } from "./checkPeerCompleteness";
import { checkReviewNotes } from "./checkReviewNotes";
import { DEFAULT_MAX_FINDINGS_PER_RULE, FindingSink } from "./findingSink";
import type { RawInputs } from "./rawInputTypes";
import { validateQuantData } from "./validateQuantData";
import { validateScoreLayer } from "./validateScoreLayer";
import { VALIDATION_RULES as R } from "./validationRules";

export interface ValidateOptions {
  /** Findings kept per rule before the rest are summarised in one finding (default 1,000). */
  maxFindingsPerRule?: number;
}

/**
 * Bonus entries above the cap stay in the grids (scoring caps their sum). A review grid's blank means "self
 * accepted". Evidence and review-note warnings run only when those grids are given.
 */
export function validateInputs(
  raw: RawInputs,
  options: ValidateOptions = {},
): { input: ScoringInput; findings: Finding[] } {
  const sink = new FindingSink(options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE);
  const { flat, units, settings } = raw;

  const data = validateQuantData(raw.target, raw.actual, flat, units, sink);
  const selfSpec = { layer: "self", rater: "", ownColumn: -1 } as const;
  const self = validateScoreLayer(raw.self, selfSpec, flat, units, sink);
  checkBonusCap(flat, units, self, selfSpec, sink);
  if (raw.evidence) checkEvidence(flat, units, self, data, raw.evidence, sink);

  const input: ScoringInput = { flat, units, settings, data, self };

  if (raw.review) {
    const reviewSpec = { layer: "review", rater: "", ownColumn: -1 } as const;
    const review = validateScoreLayer(raw.review, reviewSpec, flat, units, sink);
    checkBonusCap(flat, units, review, reviewSpec, sink, self);
    if (raw.reviewNotes) checkReviewNotes(flat, units, self, review, raw.reviewNotes, sink);
    input.review = review;
  }

  if (raw.peers) {
    const columnOf = new Map<string, number>();
    units.forEach((unit, i) => {
      if (!columnOf.has(unit.code)) columnOf.set(unit.code, i);
    });
    const peers: PeerGrid[] = [];
    for (const peer of raw.peers) {
      const rater = rawText(peer.rater);
      const ownColumn = columnOf.get(rater) ?? -1;
      if (ownColumn < 0) {
        sink.add(R.peerUnknownRater, "warning", "peer", () => ({
          location: { area: "peer", rater },
          message: render(m.peerUnknownRater, { rater }),
        }));
      }
      // A rater scores the other units of its own cluster only (domain.md, "Layers"); an unknown rater's grid is
      // checked as it stands (it counts nowhere, peer.unknown-rater says so).
      const cluster = ownColumn >= 0 ? units[ownColumn].cluster : null;
      const otherCluster = cluster === null ? undefined : units.map((u) => u.cluster !== cluster);
      const spec = { layer: "peer", rater, ownColumn, otherCluster } as const;
      const grid = validateScoreLayer(peer.grid, spec, flat, units, sink);
      checkBonusCap(flat, units, grid, spec, sink);
      if (ownColumn >= 0) checkPeerCompleteness(flat, units, grid, rater, ownColumn, sink, otherCluster);
      peers.push({ rater, grid });
    }
    input.peers = peers;
  }

  return { input, findings: sink.findings() };
}
