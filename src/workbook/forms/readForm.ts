// Reads a returned form through its own host (one outline, one read): its metadata with the form identity, the
// form's layout (to name cells in findings) and the grids it carries, each only when its defined name still has the
// shape the form was made with.

import type { Finding } from "../../core/findings/findingTypes";
import { render } from "../../core/messages/messageTypes";
import type { Host, NameInfo } from "../host/hostTypes";
import type { RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { FixedSheetKey, WorkbookLayout } from "../layout/workbookLayout";
import { WORKBOOK_RULES, workbookFindingMessages as W } from "../messages/workbookFindingMessages";
import { readMeta } from "../meta/readMeta";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { contextLayout } from "../plan/inject/workbookSheets";
import type { CellValue } from "../plan/planTypes";
import { metaContext } from "../read/metaContext";
import { namedSheetNames } from "../read/namedSheetNames";
import { readEntries, readPlan } from "../read/readPlan";
import { sliceRead } from "../read/sliceRead";

/** A grid of the form by its defined name; null when the name is missing, broken or reshaped. */
export type FormGrids = Partial<
  Record<"criteria" | "units" | "target" | "actual" | "self" | "evidence" | "peer", CellValue[][] | null>
>;

export interface ReadForm {
  meta: WorkbookMeta | null;
  layout: WorkbookLayout | null;
  grids: FormGrids;
  /** Names the form should hold but whose grid could not be read. */
  unreadable: string[];
  findings: Finding[];
}

export async function readForm(host: Host): Promise<ReadForm> {
  const outline = await host.outline();
  const reads = await host.read(readPlan(outline));
  const entries = readEntries(outline);
  const byName = new Map(entries.map((entry, i) => [entry.name.toUpperCase(), { entry, read: reads[i] }]));
  const infoOf = new Map<string, NameInfo>(outline.names.map((n) => [n.name.toUpperCase(), n]));
  const empty = (findings: Finding[]): ReadForm => ({ meta: null, layout: null, grids: {}, unreadable: [], findings });

  const metaRead = byName.get(DEFINED_NAMES.meta.toUpperCase());
  if (!metaRead) {
    return empty([
      {
        rule: WORKBOOK_RULES.metaMissing,
        severity: "error",
        location: { area: "metadata" },
        message: render(W.metaMissing, {}),
      },
    ]);
  }
  const { meta, findings } = readMeta(
    sliceRead(metaRead.read, metaRead.entry.box, metaRead.entry.nameBox).map((row) => row[0]),
  );
  if (!meta) return empty(findings);

  const namedBy: Partial<Record<FixedSheetKey, string>> = {
    criteria: DEFINED_NAMES.criteria,
    units: DEFINED_NAMES.units,
    data: DEFINED_NAMES.target,
    self: DEFINED_NAMES.self,
    evidence: DEFINED_NAMES.evidence,
    meta: DEFINED_NAMES.meta,
  };
  const layout = contextLayout(metaContext(meta, namedSheetNames(infoOf, meta, namedBy), 0));

  const unreadable: string[] = [];
  const grid = (name: string, want: RangeBox): CellValue[][] | null => {
    const got = byName.get(name.toUpperCase());
    if (!got || got.entry.nameBox.rows !== want.rows || got.entry.nameBox.columns !== want.columns) {
      unreadable.push(name);
      return null;
    }
    return sliceRead(got.read, got.entry.box, got.entry.nameBox);
  };
  const grids: FormGrids = {
    criteria: grid(DEFINED_NAMES.criteria, layout.criteria.table),
    units: grid(DEFINED_NAMES.units, layout.unitsTable.table),
  };
  if (meta.form?.kind === "peer") {
    const peer = layout.peers.find((p) => p.rater === meta.form!.unit);
    grids.peer = peer ? grid(peer.definedName, peer.grid) : null;
    if (!peer) unreadable.push(`TD_Peer_${meta.form.unit}`);
  } else if (meta.form) {
    grids.target = grid(DEFINED_NAMES.target, layout.data.target);
    grids.actual = grid(DEFINED_NAMES.actual, layout.data.actual);
    grids.self = grid(DEFINED_NAMES.self, layout.self.grid);
    grids.evidence = grid(DEFINED_NAMES.evidence, layout.evidence.grid);
  }
  return { meta, layout, grids, unreadable, findings };
}
