// The hash of a ranking's parsed inputs, stored with the results so that a later validation can say they are stale.

import { contentHash } from "../../core/integrity/contentHash";
import type { ScoringInput } from "../../core/model/scoringTypes";

/** Everything the ranking depends on: template, units, settings and every parsed grid (not evidence or notes). */
export function inputHash(input: ScoringInput): string {
  return contentHash({
    template: input.flat.template,
    units: input.units,
    settings: input.settings,
    data: input.data,
    self: input.self,
    review: input.review ?? null,
    peers: input.peers ?? null,
  });
}
