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
  /** Form id per unit code, filled when forms are made (empty at injection). */
  formIds: Record<string, string>;
  /** contentHash of the criteria table as injected. */
  criteriaHash: string;
  /** contentHash of the parsed inputs of the last ranking run; null until ranked. */
  inputHash: string | null;
}

/** The metadata as JSON chunks, one per cell of column A. */
export function metaChunks(meta: WorkbookMeta): string[] {
  const json = JSON.stringify(meta);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += META_CHUNK_SIZE) chunks.push(json.slice(i, i + META_CHUNK_SIZE));
  return chunks.length > 0 ? chunks : ["{}"];
}
