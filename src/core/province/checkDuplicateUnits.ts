// No unit in two clusters (domain.md "Province consolidation"): the same unit code in two cluster workbooks is an
// error in each of them (the Board cannot tell which is right); the same name under another code is a warning.

import { render } from "../messages/messageTypes";
import { provinceMessages as M } from "../messages/provinceMessages";
import { PROVINCE_RULES } from "./provinceRules";
import type { ProvinceFinding } from "./provinceTypes";

export interface ListedUnit {
  code: string;
  name: string;
  /** The cluster's label as the list shows it. */
  cluster: string;
}

export interface WorkbookUnits {
  file: string;
  units: readonly ListedUnit[];
}

interface Place {
  at: number;
  unit: ListedUnit;
}

const codeKey = (code: string) => code.normalize("NFC").trim().toLocaleUpperCase("vi");
const nameKey = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");

/** Places by key, the first place of each workbook only. */
function byKey(workbooks: readonly WorkbookUnits[], key: (u: ListedUnit) => string): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  workbooks.forEach((w, at) => {
    const seen = new Set<string>();
    for (const unit of w.units) {
      const k = key(unit);
      if (k === "" || seen.has(k)) continue;
      seen.add(k);
      const list = out.get(k);
      if (list) list.push({ at, unit });
      else out.set(k, [{ at, unit }]);
    }
  });
  return out;
}

/** Findings with the position (in `workbooks`) of the workbook each is about. */
export function checkDuplicateUnits(workbooks: readonly WorkbookUnits[]): { at: number; finding: ProvinceFinding }[] {
  const findings: { at: number; finding: ProvinceFinding }[] = [];
  for (const places of byKey(workbooks, (u) => codeKey(u.code)).values()) {
    if (places.length < 2) continue;
    for (const place of places) {
      const other = places.find((p) => p.at !== place.at)!;
      const file = workbooks[place.at].file;
      findings.push({
        at: place.at,
        finding: {
          rule: PROVINCE_RULES.unitInTwoClusters,
          severity: "error",
          location: { area: "units", unit: place.unit.code, field: "code" },
          file,
          message: render(M.unitInTwoClusters, {
            file,
            cluster: place.unit.cluster,
            unit: place.unit.name.trim() || place.unit.code,
            code: place.unit.code,
            other: workbooks[other.at].file,
            otherCluster: other.unit.cluster,
          }),
          data: { file, unit: place.unit.code, other: workbooks[other.at].file },
        },
      });
    }
  }
  for (const places of byKey(workbooks, (u) => nameKey(u.name)).values()) {
    const first = places[0];
    for (const place of places.slice(1)) {
      if (codeKey(place.unit.code) === codeKey(first.unit.code)) continue;
      const file = workbooks[place.at].file;
      findings.push({
        at: place.at,
        finding: {
          rule: PROVINCE_RULES.sameUnitName,
          severity: "warning",
          location: { area: "units", unit: place.unit.code, field: "name" },
          file,
          message: render(M.sameUnitName, {
            file,
            cluster: place.unit.cluster,
            unit: place.unit.name.trim(),
            code: place.unit.code,
            other: workbooks[first.at].file,
            otherCode: first.unit.code,
            otherCluster: first.unit.cluster,
          }),
          data: { file, unit: place.unit.code, other: workbooks[first.at].file, otherUnit: first.unit.code },
        },
      });
    }
  }
  return findings;
}
