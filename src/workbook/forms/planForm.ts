// One form workbook as a plan: the injection plan of the master's template for the form's units (the one unit in
// self mode for a self form; every unit in cross mode for a peer form), cut down to the sheets the form needs, with
// a form guide, the unit's current entries filled in and the form's identity in its metadata.
//
// A self form holds Hướng dẫn, Tiêu chí (TD_Criteria), Đơn vị (TD_Units, its one unit), Số liệu (TD_Target,
// TD_Actual), Tự chấm (TD_Self) and Minh chứng (TD_Evidence); its targets are the master's, locked (targets belong
// to the secretariat: a unit reports actuals and counts only). A peer form holds Hướng dẫn, Tiêu chí, Đơn vị (all
// units, the contract's shape), Số liệu (locked, with the data of the rater's own cluster only: the peer sheet's
// quantitative rows read their points from it) and the rater's CC <code> (TD_Peer_<code>), whose inputs are the other
// units of its cluster. Settings, review, final points, ranking, analysis, history and log sheets stay in the master.
//
// A form is emailed and hidden is not private: no form carries any unit's flags (priority, not eligible), in its
// sheets or in its metadata, nor another cluster's data.

import type { Finding } from "../../core/findings/findingTypes";
import type { Unit } from "../../core/model/unitTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import { absoluteRange, cellAddress, parseRange, rangeAddress } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { metaChunks, type FormIdentity, type FormKind, type WorkbookMeta } from "../meta/workbookMeta";
import { metaSheet } from "../plan/inject/metaSheet";
import { planInject } from "../plan/planInject";
import { planInputs, type WorkbookInputs } from "../plan/planInputs";
import { formMessages as F } from "../messages/formMessages";
import { blankCell, valueCell } from "../plan/cellSpec";
import type { CellBlock, CellValue, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { fitPlanRowHeights } from "../plan/fitRowHeights";
import { S } from "../plan/workbookStyles";
import { isQuantRow } from "./formCells";
import { formFileName } from "./formFileName";
import { formGuideSheet } from "./formGuideSheet";
import { formId } from "./formIdentity";

export interface FormPlan {
  kind: FormKind;
  unit: Unit;
  id: string;
  fileName: string;
  plan: WorkbookPlan;
  meta: WorkbookMeta;
  layout: WorkbookLayout;
}

export interface FormRequest {
  kind: FormKind;
  /** Index of the unit (the rater of a peer form) in the master's units. */
  unitIndex: number;
  /** ISO time the forms are made: the form id and the guide carry it. */
  issued: string;
  /** The id this form was issued under before (making forms again keeps it); a new id is derived when absent. */
  id?: string;
  /**
   * Entries to put in the form, in the form's own columns: a self form's grids are rows × 1 (its targets become
   * locked values); a peer form's data grids and its peer grid are rows × every unit (only the rater's own cluster
   * is written).
   */
  prefill: WorkbookInputs;
}

function keptSheet(kind: FormKind, rater: string, key: SheetPlan["key"]): boolean {
  if (key === "criteria" || key === "units" || key === "data") return true;
  return kind === "self" ? key === "self" || key === "evidence" : key === `peer:${rater}`;
}

/** Input styles and the locked styles that show the same number without the input fill. */
const LOCKED_STYLE: Record<string, string> = {
  [S.input]: S.points,
  [S.inputCount]: S.count,
  [S.inputText]: S.textWrap,
};

/** The same cells, locked, without the input fill and with no data validation: for reference only. */
function lockedSheet(sheet: SheetPlan): SheetPlan {
  const lock = (block: CellBlock): CellBlock => ({
    at: block.at,
    cells: block.cells.map((row) =>
      row.map(({ input: _input, ...cell }) =>
        cell.s && LOCKED_STYLE[cell.s] ? { ...cell, s: LOCKED_STYLE[cell.s] } : cell,
      ),
    ),
  });
  return { ...sheet, blocks: sheet.blocks.map(lock), validations: [] };
}

/** A unit as a form names it: code, name and cluster, never its flags. */
const withoutFlags = (unit: Unit): Unit => ({ ...unit, priority: false, disqualified: false });

/** The data sheet of a self form: the target grid as locked values (the master's), without input or validation. */
function lockedTargets(
  sheet: SheetPlan,
  layout: WorkbookLayout,
  targets: WorkbookInputs["target"],
  lang: Lang,
): SheetPlan {
  const box = layout.data.target;
  const origin = cellAddress(box.row, box.column);
  const label = `A${box.row - 1}`;
  const cells = layout.flat.rows.map((row, r) =>
    Array.from({ length: box.columns }, (_, c) =>
      isQuantRow(row.kind) ? valueCell(targets?.[r]?.[c] ?? null, S.points) : blankCell(S.notApplicable),
    ),
  );
  const inTargets = (range: string) => {
    const at = parseRange(range);
    return at !== null && at.row >= box.row && at.row < box.row + box.rows;
  };
  return {
    ...sheet,
    blocks: sheet.blocks.map((block) =>
      block.at === origin
        ? { at: origin, cells }
        : block.at === label
          ? { at: label, cells: [[valueCell(F.targetsLocked[lang](), S.section)]] }
          : block,
    ),
    validations: (sheet.validations ?? []).filter((v) => !inTargets(v.range)),
    // The unit prints what it reports and signs, the targets and its actuals; the ratios, leaders' ratios and points
    // below are worked out on screen and their points show on Tự chấm (printed, they were pages of repeats).
    print: sheet.print && {
      ...sheet.print,
      area: rangeAddress({
        row: 1,
        column: 0,
        rows: layout.data.actual.row + layout.data.actual.rows - 1,
        columns: box.column + box.columns,
      }),
    },
  };
}

/** Keeps the columns `keep` says of a rows × units grid; the others stay undefined (planInputs leaves them). */
function onlyColumns(
  grid: readonly (readonly CellValue[])[] | undefined,
  keep: (c: number) => boolean,
): CellValue[][] | undefined {
  return grid?.map((row) => row.map((v, c) => (keep(c) ? v : (undefined as unknown as CellValue))));
}

export function planForm(master: WorkbookMeta, request: FormRequest): { form: FormPlan | null; findings: Finding[] } {
  const { kind, unitIndex } = request;
  const unit = master.units[unitIndex];
  const units = (kind === "self" ? [unit] : master.units).map(withoutFlags);
  const injected = planInject(master.template, units, master.settings, {
    mode: kind === "self" ? "self" : "cross",
    period: master.period,
    clusterTitle: master.clusterTitle ?? undefined,
    lang: master.lang,
    now: request.issued,
    existing: { sheets: [], names: [] },
  });
  if (!injected.plan || !injected.layout || !injected.meta) return { form: null, findings: injected.findings };
  const layout = injected.layout;

  const identity: FormIdentity = {
    id: request.id ?? formId(master, unit.code, kind, request.issued),
    kind,
    unit: unit.code,
    masterCriteriaHash: master.criteriaHash,
    issued: request.issued,
  };
  if (kind === "peer") identity.rater = unit.code;
  const meta: WorkbookMeta = { ...injected.meta, form: identity };

  // A self form's targets are written locked below, not as entries; a peer form gets its rater's cluster only.
  const sameCluster = (c: number) => master.units[c].cluster === unit.cluster;
  const given = request.prefill;
  const entries: WorkbookInputs =
    kind === "self"
      ? { ...given, target: undefined }
      : {
          target: onlyColumns(given.target, sameCluster),
          actual: onlyColumns(given.actual, sameCluster),
          peers: given.peers?.map((p) => ({ rater: p.rater, grid: onlyColumns(p.grid, sameCluster)! })),
        };
  const prefill = planInputs(layout, entries);
  const sheets: SheetPlan[] = [formGuideSheet(layout, meta, identity, unit)];
  for (const sheet of injected.plan.sheets) {
    if (!keptSheet(kind, unit.code, sheet.key)) continue;
    const filled = prefill.sheets.find((s) => s.name === sheet.name);
    const withEntries = filled ? { ...sheet, blocks: [...sheet.blocks, ...filled.blocks] } : sheet;
    if (sheet.key !== "data") sheets.push(withEntries);
    else
      sheets.push(
        kind === "peer" ? lockedSheet(withEntries) : lockedTargets(withEntries, layout, given.target, master.lang),
      );
  }
  const kept = new Set(sheets.map((s) => s.name));
  const names = injected.plan.names.filter((n) => kept.has(n.sheet));
  sheets.push(metaSheet(layout.meta.sheet, meta, true));
  names.push({
    name: DEFINED_NAMES.meta,
    sheet: layout.meta.sheet,
    range: absoluteRange({ row: 1, column: 0, rows: metaChunks(meta).length, columns: 1 }),
  });

  return {
    form: {
      kind,
      unit,
      id: identity.id,
      fileName: formFileName(master.period, unit, kind, master.lang),
      // Fitted again: the form's guide and the entries it carries (evidence texts) are new text.
      plan: fitPlanRowHeights({ styles: injected.plan.styles, sheets, names }),
      meta,
      layout,
    },
    findings: injected.findings,
  };
}
