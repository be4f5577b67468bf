// Parses and checks one score grid (self, review, or one rater's peer grid) into numbers, reporting each bad cell.
// Valid numeric cells take the fast path (a typeof test and a few comparisons, no allocation); invalid cells
// become null, which scoring treats as blank.

import type { CellGrid, NumGrid } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { parseNumberCell, rawText } from "../parse/parseNumberCell";
import { parseQualCell, QUAL_FAIL, QUAL_PASS } from "../parse/parseQualCell";
import type { CriterionRow, FlatTemplate } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { judgeScore, type ScoreMode } from "./judgeScore";
import { isBlankCell, readGridRow } from "./readGridRow";
import { reportParseError, reportText, reportVerdict, siteLocation, textFix, type CellSite } from "./reportCellProblem";
import { VALIDATION_RULES as R } from "./validationRules";

export interface ScoreLayerSpec {
  layer: "self" | "review" | "peer";
  /** Rater code for a peer grid, "" otherwise. */
  rater: string;
  /** The rater's own column in a peer grid (ignored, warned once), -1 for none. */
  ownColumn: number;
  /**
   * Peer grids: true for the columns of units outside the rater's cluster. A rater scores only its own cluster
   * (ranking is per cluster), so those columns are not read: never asked for, entries there warned once and ignored.
   */
  otherCluster?: readonly boolean[];
}

type RowMode = ScoreMode | "qual" | "skip";

/**
 * Group rows and computed rows (quant_*, per_unit) hold formulas in self and peer grids: skipped. In the review grid
 * a value on a computed row overrides the computed points and is checked against the row max.
 */
function rowMode(row: CriterionRow, layer: ScoreLayerSpec["layer"]): RowMode {
  switch (row.kind) {
    case "group":
      return "skip";
    case "quant_prop":
    case "quant_leader":
    case "per_unit":
      return layer === "review" ? "override" : "skip";
    case "qual":
      return "qual";
    default:
      return row.kind;
  }
}

export function validateScoreLayer(
  grid: CellGrid | undefined,
  spec: ScoreLayerSpec,
  flat: FlatTemplate,
  units: Unit[],
  sink: FindingSink,
): NumGrid {
  const { layer, rater, ownColumn } = spec;
  const unitCount = units.length;
  const out: NumGrid = new Array(flat.rows.length);
  const required = layer === "self";
  const who = flat.template.subject === "person" ? "person" : "unit";
  let ownCells = 0;
  let ownFirst: { criterion: string; raw: string } | null = null;
  const outside = spec.otherCluster;
  let outsideCells = 0;
  let outsideFirst: { unit: string; criterion: string; raw: string } | null = null;

  for (const row of flat.rows) {
    const r = row.index;
    const parsed: (number | null)[] = new Array(unitCount).fill(null);
    out[r] = parsed;
    const mode = rowMode(row, layer);
    if (mode === "skip") continue;
    const cells = readGridRow(grid, r);
    const { max, step } = row;
    const site = (c: number): CellSite => ({
      layer,
      area: layer,
      who,
      unit: units[c].code,
      rater,
      criterion: row.code,
    });
    const blank = (c: number) => {
      if (required && (mode === "manual" || mode === "qual")) {
        sink.add(R.scoreBlankRequired, "error", layer, () => ({
          location: siteLocation(site(c)),
          message: render(m.blankRequired, { layer, who, unit: units[c].code, rater, criterion: row.code }),
        }));
      }
    };

    const checkQual = (v: unknown, c: number): void => {
      const q = parseQualCell(v);
      if (q.kind === "blank") return blank(c);
      if (q.kind === "number") {
        // Exact labels took the fast path, so this is a loose spelling: an error with the label as fix.
        const label = q.fix ? q.fix.value : q.value === 1 ? QUAL_PASS : QUAL_FAIL;
        const raw = rawText(v);
        sink.add(R.scoreQualLabel, "error", layer, () => ({
          location: siteLocation(site(c)),
          message: render(m.qualLabel, { layer, who, unit: units[c].code, rater, criterion: row.code, raw, label }),
          fix: textFix(label),
          data: { raw, value: q.value },
        }));
        return;
      }
      if (q.reason === "excel-error")
        return reportParseError(sink, site(c), { kind: "error", reason: "excel-error", raw: q.raw });
      const raw = q.raw;
      sink.add(R.scoreOutOfRange, "error", layer, () => ({
        location: siteLocation(site(c)),
        message: render(m.qualInvalid, { layer, who, unit: units[c].code, rater, criterion: row.code, raw }),
        data: { raw },
      }));
    };

    for (let c = 0; c < unitCount; c++) {
      const v = cells[c];
      if (c === ownColumn) {
        if (!isBlankCell(v)) {
          ownCells++;
          ownFirst ??= { criterion: row.code, raw: rawText(v) };
        }
        continue;
      }
      if (outside?.[c]) {
        if (!isBlankCell(v)) {
          outsideCells++;
          outsideFirst ??= { unit: units[c].code, criterion: row.code, raw: rawText(v) };
        }
        continue;
      }
      if (mode === "qual") {
        if (v === QUAL_PASS) parsed[c] = 1;
        else if (v === QUAL_FAIL) parsed[c] = 0;
        else checkQual(v, c);
        continue;
      }
      // Fast path: a finite number (v - v is NaN for NaN and ±Infinity).
      if (typeof v === "number" && v - v === 0) {
        const verdict = judgeScore(mode, v, max, step);
        if (verdict === "ok") parsed[c] = v;
        else reportVerdict(sink, site(c), verdict, v, row);
        continue;
      }
      if (v === null || v === undefined || v === "") {
        blank(c);
        continue;
      }
      const p = parseNumberCell(v);
      if (p.kind === "blank") blank(c);
      else if (p.kind === "error") reportParseError(sink, site(c), p);
      else if (p.fix) {
        const valid = judgeScore(mode, p.value, max, step) === "ok";
        reportText(sink, site(c), rawText(v), p.value, p.fix.reason, valid);
      }
      // A finite number never reaches here: the fast path took it.
    }
  }

  if (ownFirst !== null) {
    const first: { criterion: string; raw: string } = ownFirst;
    sink.add(R.peerSelfRating, "warning", "peer", () => ({
      location: { area: "peer", unit: rater, rater, criterion: first.criterion },
      message: render(m.peerSelfRating, { rater, criterion: first.criterion, raw: first.raw }),
      data: { cells: ownCells },
    }));
  }
  if (outsideFirst !== null) {
    const first: { unit: string; criterion: string; raw: string } = outsideFirst;
    sink.add(R.peerOtherCluster, "warning", "peer", () => ({
      location: { area: "peer", unit: first.unit, rater, criterion: first.criterion },
      message: render(m.peerOtherCluster, { rater, unit: first.unit, cells: outsideCells }),
      data: { cells: outsideCells },
    }));
  }
  return out;
}
