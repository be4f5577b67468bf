// Findings for one bad score or data cell: the parse errors, text read with a fix, and row-rule verdicts,
// each located, worded for the secretariat, with the numbers in `data` and a fix when one makes the cell right.

import type { Finding, FindingLocation } from "../findings/findingTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m, type CellParams } from "../messages/validationMessages";
import type { NumberFixReason, ParsedNumber } from "../parse/parseNumberCell";
import type { CriterionRow } from "../template/flattenTemplate";
import type { FindingSink } from "./findingSink";
import { negatedDeduction, nearestStep, type ScoreVerdict } from "./judgeScore";
import { VALIDATION_RULES as R } from "./validationRules";

/** Where a cell is. `layer` picks the wording ("count" is the actual of a per_unit row). */
export interface CellSite {
  layer: "self" | "review" | "peer" | "target" | "actual" | "count";
  area: NonNullable<FindingLocation["area"]>;
  unit: string;
  /** Rater code on peer grids, "" elsewhere. */
  rater: string;
  criterion: string;
  /** "person" when the template scores persons (its messages say cá nhân, not đơn vị). */
  who?: "unit" | "person";
}

export function siteLocation(site: CellSite): FindingLocation {
  return site.rater
    ? { area: site.area, unit: site.unit, rater: site.rater, criterion: site.criterion }
    : { area: site.area, unit: site.unit, criterion: site.criterion };
}

function params(site: CellSite): CellParams {
  return { layer: site.layer, who: site.who ?? "unit", unit: site.unit, rater: site.rater, criterion: site.criterion };
}

function numberFix(value: number): NonNullable<Finding["fix"]> {
  return { kind: "replace-value", value, label: render(m.fixToNumber, { value }) };
}

export function textFix(value: string): NonNullable<Finding["fix"]> {
  return { kind: "replace-value", value, label: render(m.fixToText, { value }) };
}

const FIX_MESSAGES: Record<NumberFixReason, typeof m.textNumber> = {
  "text-number": m.textNumber,
  "decimal-comma": m.decimalComma,
  "unit-suffix": m.unitSuffix,
  spaces: m.spaces,
  "full-width": m.fullWidth,
};

/** A parse error (text, ambiguous thousands, Excel error, boolean, date, ±Infinity). */
export function reportParseError(sink: FindingSink, site: CellSite, parsed: Extract<ParsedNumber, { kind: "error" }>) {
  const { reason, raw } = parsed;
  if (reason === "excel-error") {
    sink.add(R.cellExcelError, "error", site.area, () => ({
      location: siteLocation(site),
      message: render(m.excelError, { ...params(site), raw }),
      data: { raw },
    }));
  } else if (reason === "ambiguous-thousands") {
    const readings = parsed.readings ?? { thousands: NaN, decimal: NaN };
    sink.add(R.cellAmbiguousThousands, "error", site.area, () => ({
      location: siteLocation(site),
      message: render(m.ambiguousThousands, { ...params(site), raw, ...readings }),
      data: { raw, asThousands: readings.thousands, asDecimal: readings.decimal },
    }));
  } else {
    sink.add(R.cellText, "error", site.area, () => ({
      location: siteLocation(site),
      message: render(reason === "date" ? m.dateValue : m.notANumber, { ...params(site), raw }),
      data: { raw, reason },
    }));
  }
}

/** Text that reads as a number. With `valid`, the number is right for the row and becomes the fix. */
export function reportText(
  sink: FindingSink,
  site: CellSite,
  raw: string,
  value: number,
  reason: NumberFixReason,
  valid: boolean,
) {
  sink.add(R.cellText, "error", site.area, () =>
    valid
      ? {
          location: siteLocation(site),
          message: render(FIX_MESSAGES[reason], { ...params(site), raw, fix: value }),
          fix: numberFix(value),
          data: { raw, reason, value },
        }
      : {
          location: siteLocation(site),
          message: render(m.textReadInvalid, { ...params(site), raw, value }),
          data: { raw, reason, value },
        },
  );
}

/** A number the row's rule refuses (see judgeScore). */
export function reportVerdict(
  sink: FindingSink,
  site: CellSite,
  verdict: ScoreVerdict,
  value: number,
  row: CriterionRow,
) {
  const { max, step } = row;
  const p = { ...params(site), value, max };
  switch (verdict) {
    case "ok":
      return;
    case "out-of-range":
      sink.add(R.scoreOutOfRange, "error", site.area, () => ({
        location: siteLocation(site),
        message: render(m.outOfRange, p),
        data: { value, min: 0, max },
      }));
      return;
    case "bonus-negative":
      sink.add(R.scoreOutOfRange, "error", site.area, () => ({
        location: siteLocation(site),
        message: render(m.bonusNegative, p),
        data: { value, min: 0, max: max > 0 ? max : null },
      }));
      return;
    case "bonus-above-line":
      sink.add(R.scoreOutOfRange, "error", site.area, () => ({
        location: siteLocation(site),
        message: render(m.bonusAboveLine, p),
        data: { value, min: 0, max },
      }));
      return;
    case "deduction-below-max":
      sink.add(R.scoreOutOfRange, "error", site.area, () => ({
        location: siteLocation(site),
        message: render(m.deductionBelowMax, p),
        data: { value, min: -max, max: 0 },
      }));
      return;
    case "off-step": {
      const fix = nearestStep(value, max, step);
      sink.add(R.scoreOffStep, "error", site.area, () => ({
        location: siteLocation(site),
        message: render(m.offStep, { ...p, step, fix }),
        fix: numberFix(fix),
        data: { value, step, fix },
      }));
      return;
    }
    case "positive-deduction": {
      const fix = negatedDeduction(value, max);
      if (fix === null) {
        sink.add(R.scorePositiveDeduction, "error", site.area, () => ({
          location: siteLocation(site),
          message: render(m.positiveDeductionTooLarge, p),
          data: { value, max },
        }));
      } else {
        sink.add(R.scorePositiveDeduction, "error", site.area, () => ({
          location: siteLocation(site),
          message: render(m.positiveDeduction, { ...p, fix }),
          fix: numberFix(fix),
          data: { value, fix },
        }));
      }
      return;
    }
  }
}
