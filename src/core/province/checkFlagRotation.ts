// Rotation (luân phiên) of the flags a cluster proposes this year, against its history sheet: a flag proposed to a
// unit that had one within the province's gap years is an error; this year's flag completing a taking-turns
// pattern (the core's rotation check with this year's results added to the history) is a warning.

import { checkRotation, type HistoryRow } from "../fairness/rotation";
import { render } from "../messages/messageTypes";
import { provinceMessages as M } from "../messages/provinceMessages";
import type { Unit } from "../model/unitTypes";
import type { Settings } from "../settings/settingsTypes";
import type { ProvinceSettings } from "./provinceSettings";
import { PROVINCE_RULES } from "./provinceRules";
import type { ClusterUnitResult, ProvinceFinding } from "./provinceTypes";

export interface FlagRotationInput {
  file: string;
  year: number;
  /** Label of a unit's cluster as the list shows it. */
  clusterOf: (code: string) => string;
  units: readonly Unit[];
  results: readonly ClusterUnitResult[];
  history: readonly HistoryRow[];
  settings: Settings;
}

export interface FlagRotation {
  findings: ProvinceFinding[];
  /** Unit code → the units, oldest first, of the taking-turns run that this year's flag completes. */
  turns: Map<string, string>;
}

const same = (a: string, b: string) => a.normalize("NFC").trim() === b.normalize("NFC").trim();

export function checkFlagRotation(input: FlagRotationInput, province: ProvinceSettings): FlagRotation {
  const { file, year } = input;
  const findings: ProvinceFinding[] = [];
  const flagged = input.results.filter((r) => r.award === "co-thi-dua");
  const gap = Math.floor(province.flagGapYears);
  if (gap > 0) {
    for (const unit of flagged) {
      const earlier = input.history
        .filter((h) => h.award === "co-thi-dua" && same(h.unit, unit.code) && h.year < year && h.year >= year - gap)
        .sort((a, b) => b.year - a.year)[0];
      if (!earlier) continue;
      findings.push({
        rule: PROVINCE_RULES.rotationGap,
        severity: "error",
        location: { area: "history", row: earlier.row, unit: unit.code, field: "award" },
        file,
        message: render(M.rotationGap, {
          cluster: input.clusterOf(unit.code),
          unit: unit.name.trim() || unit.code,
          year,
          flagYear: earlier.year,
          gap,
        }),
        data: { file, unit: unit.code, year, flagYear: earlier.year, gap },
      });
    }
  }

  // This year's results stand in for this year's history rows (the secretariat may have typed them already).
  const history: HistoryRow[] = [
    ...input.history.filter((h) => h.year < year),
    ...input.results.map((r) => ({ row: -1, year, unit: r.code, rank: r.rank, award: r.award })),
  ];
  const settings: Settings = {
    ...input.settings,
    fairness: { ...input.settings.fairness, rotationYears: province.rotationYears },
  };
  const turns = new Map<string, string>();
  const nameOf = (code: string) => {
    const unit = input.units.find((u) => same(u.code, code));
    return unit ? unit.name.trim() || unit.code : code;
  };
  for (const found of checkRotation(history, input.units, settings)) {
    if (found.rule !== "rotation.taking-turns" || found.data?.to !== year) continue;
    const codes = String(found.data?.units ?? "").split(", ");
    const unit = flagged.find((r) => same(r.code, codes[codes.length - 1] ?? ""));
    if (!unit) continue;
    const sequence = codes.map(nameOf).join(", ");
    findings.push({
      rule: PROVINCE_RULES.rotationTurns,
      severity: "warning",
      location: { area: "result", unit: unit.code, field: "award" },
      file,
      message: found.message,
      data: { file, unit: unit.code, from: found.data?.from ?? null, to: year },
    });
    turns.set(unit.code, sequence);
  }
  return { findings, turns };
}
