// The metadata a workbook carries on its very hidden sheet (_thidua, TD_Meta): everything needed to rebuild the
// plan and to check the workbook against it. JSON, split across cells of column A under Excel's cell limit.

import type { Unit } from "../../core/model/unitTypes";
import type { Lang, Settings } from "../../core/settings/settingsTypes";
import type { Template } from "../../core/template/templateTypes";
import type { WorkbookMode } from "../layout/workbookLayout";

export const CONTRACT_VERSION = 1;

/** Characters per cell: Excel holds 32,767; a margin keeps every host safe. */
export const META_CHUNK_SIZE = 30_000;

export interface WorkbookMeta {
  contract: typeof CONTRACT_VERSION;
  template: Template;
  units: Unit[];
  settings: Settings;
  mode: WorkbookMode;
  period: string;
  clusterTitle: string | null;
  lang: Lang;
  /** Form id per form key (the unit code for a self form, "peer:<code>" for a peer form), filled when forms are
   * made (empty at injection); making forms again replaces them, so only the latest forms are accepted back. */
  formIds: Record<string, string>;
  /** contentHash of the criteria table as injected. */
  criteriaHash: string;
  /** contentHash of the parsed inputs of the last ranking run; null until ranked. */
  inputHash: string | null;
  /** Only on a form workbook (emailed to a unit): which form it is. Absent on a master workbook. */
  form?: FormIdentity;
  /** Master only: the last accepted return of each form, by form id (absent until a form is collected). */
  returns?: Record<string, FormReturn>;
}

/** A form's kind: the unit's own self-score form, or (cross mode) its peer-score form of every other unit. */
export type FormKind = "self" | "peer";

/** What a form workbook says about itself; checked against the master when the form comes back. */
export interface FormIdentity {
  id: string;
  kind: FormKind;
  /** The unit the form was made for (on a peer form, the rater). */
  unit: string;
  /** Peer forms: the rater's unit code (the same as `unit`). */
  rater?: string;
  /** The master's criteriaHash when the form was made. */
  masterCriteriaHash: string;
  /** ISO time the form was made. */
  issued: string;
}

/** One accepted return of a form, as the master remembers it, so that a second return can say what it replaces. */
export interface FormReturn {
  /** ISO time of the collect run that accepted it. */
  time: string;
  file: string;
  /** contentHash of the values returned. */
  hash: string;
}

/** The metadata as JSON chunks, one per cell of column A. */
export function metaChunks(meta: WorkbookMeta): string[] {
  const json = JSON.stringify(meta);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += META_CHUNK_SIZE) chunks.push(json.slice(i, i + META_CHUNK_SIZE));
  return chunks.length > 0 ? chunks : ["{}"];
}
