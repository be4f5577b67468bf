// Peer aggregate of each ratee: the trimmed mean of complete peer totals from raters of the ratee's own cluster.

import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";
import type { PeerTotals } from "./peerTotals";
import { trimmedMean } from "./trimmedMean";

export interface PeerAggregate {
  /** Per ratee (units order): the aggregate, null when no complete rater of its cluster scored it. */
  value: (number | null)[];
  /** Per ratee: complete raters counted, before trimming. */
  raters: number[];
}

export function aggregatePeers(totals: PeerTotals, units: Unit[], trim: Settings["peerTrim"]): PeerAggregate {
  const clusterOf = new Map<string, string>();
  for (const unit of units) if (!clusterOf.has(unit.code)) clusterOf.set(unit.code, unit.cluster);
  const raterCluster = totals.raters.map((code) => clusterOf.get(code));
  const value: (number | null)[] = new Array(units.length);
  const raters: number[] = new Array(units.length);
  const collected: number[] = [];
  for (let u = 0; u < units.length; u++) {
    collected.length = 0;
    for (let i = 0; i < raterCluster.length; i++) {
      if (raterCluster[i] !== units[u].cluster) continue;
      const t = totals.totals[i]?.[u];
      if (typeof t === "number" && Number.isFinite(t)) collected.push(t);
    }
    value[u] = collected.length > 0 ? trimmedMean(collected, trim.dropEachSide, trim.minRaters).mean : null;
    raters[u] = collected.length;
  }
  return { value, raters };
}
