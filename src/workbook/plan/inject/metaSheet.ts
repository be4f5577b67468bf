// _thidua (very hidden): the metadata JSON in column A, one chunk per cell (TD_Meta names exactly those cells).

import { metaChunks, type WorkbookMeta } from "../../meta/workbookMeta";
import { valueCell } from "../cellSpec";
import type { SheetPlan } from "../planTypes";

/** `previousChunks`: cells the earlier metadata used, cleared when the new one is shorter. */
export function metaSheet(name: string, meta: WorkbookMeta, create: boolean, previousChunks = 0): SheetPlan {
  const chunks = metaChunks(meta);
  const cells = chunks.map((chunk) => [valueCell(chunk)]);
  for (let i = chunks.length; i < previousChunks; i++) cells.push([valueCell(null)]);
  return {
    key: "meta",
    name,
    create,
    visibility: "veryHidden",
    blocks: [{ at: "A1", cells }],
    columnWidths: { 0: 100 },
    protect: true,
  };
}
