// How far the email round trip has come: of the forms the master issued (its formIds), which units' self forms and
// peer forms are back (its record of returns). The next step depends on it: in cross mode the peer forms go out once
// every self form is back, so that they carry the data the units reported.

import type { FormKind, WorkbookMeta } from "../meta/workbookMeta";
import { formKey } from "./formIdentity";

export interface KindProgress {
  /** Unit codes whose form of this kind was issued, in the master's unit order. */
  issued: string[];
  /** Those whose form has come back and been accepted (now or in an earlier run). */
  returned: string[];
  /** Those still awaited. */
  missing: string[];
}

export type ReturnsProgress = Record<FormKind, KindProgress>;

/** `acceptedNow`: form ids accepted by a run whose returns the metadata does not hold yet. */
export function returnsProgress(meta: WorkbookMeta, acceptedNow: readonly string[] = []): ReturnsProgress {
  const back = new Set([...Object.keys(meta.returns ?? {}), ...acceptedNow]);
  const progress = (kind: FormKind): KindProgress => {
    const issued: string[] = [];
    const returned: string[] = [];
    const missing: string[] = [];
    for (const unit of meta.units) {
      const id = meta.formIds[formKey(kind, unit.code)];
      if (id === undefined) continue;
      // A unit alone in its cluster has nobody to score: its peer form (if made) is not awaited.
      if (kind === "peer" && !meta.units.some((u) => u !== unit && u.cluster === unit.cluster)) continue;
      issued.push(unit.code);
      (back.has(id) ? returned : missing).push(unit.code);
    }
    return { issued, returned, missing };
  };
  return { self: progress("self"), peer: progress("peer") };
}
