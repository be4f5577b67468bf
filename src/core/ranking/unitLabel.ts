// How a unit and a cluster are named inside messages.

import { rankingMessages } from "../messages/rankingMessages";
import type { Bilingual } from "../messages/messageTypes";
import type { Lang } from "../settings/settingsTypes";
import type { Unit } from "../model/unitTypes";

/** The unit's name, or its code when the name is blank. */
export function unitLabel(unit: Unit): string {
  return unit.name.trim() || unit.code;
}

/** Names a list of units, at most `limit` of them, then "and n more" in the given language. */
export function unitList(units: readonly Unit[], lang: Lang, limit = Infinity): string {
  return units.length > limit ? unitListHead(units.slice(0, limit), units.length, lang) : names(units);
}

/** Names the first units of a list of `total`, then "and n more" for the rest. */
export function unitListHead(shown: readonly Unit[], total: number, lang: Lang): string {
  const listed = names(shown);
  return total > shown.length ? `${listed} ${rankingMessages.andMore[lang]({ count: total - shown.length })}` : listed;
}

function names(units: readonly Unit[]): string {
  return units.map(unitLabel).join(", ");
}

/** A cluster label for messages; an empty label reads "(no cluster)". */
export function clusterLabel(cluster: string): Bilingual {
  return cluster.trim()
    ? { vi: cluster, en: cluster }
    : { vi: rankingMessages.noCluster.vi(), en: rankingMessages.noCluster.en() };
}
