// Form ids and form keys: a form id is derived from the master's identity, the unit, the kind and the time the
// caller gives (no randomness here), so the same call always makes the same id.

import { contentHash } from "../../core/integrity/contentHash";
import type { FormKind, WorkbookMeta } from "../meta/workbookMeta";

/** The key of a form in the master's formIds: the unit code for a self form, "peer:<code>" for a peer form. */
export function formKey(kind: FormKind, unit: string): string {
  return kind === "self" ? unit : `peer:${unit}`;
}

/** "TC-<unit>-<10 hex>" (tự chấm) or "CC-<unit>-<10 hex>" (chấm chéo). */
export function formId(master: WorkbookMeta, unit: string, kind: FormKind, issued: string): string {
  const hash = contentHash({
    cluster: master.clusterTitle,
    period: master.period,
    template: [master.template.id, master.template.version],
    criteriaHash: master.criteriaHash,
    unit,
    kind,
    issued,
  });
  return `${kind === "self" ? "TC" : "CC"}-${unit}-${hash.slice(0, 10)}`;
}
