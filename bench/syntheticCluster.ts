// A synthetic, fully filled cluster for benchmarks: valid raw cells for every layer, from a seeded generator.

import type { RawInputs } from "../src/core/validation/rawInputTypes";
import { getBuiltinTemplate } from "../src/core/template/builtinTemplates";
import { flattenTemplate } from "../src/core/template/flattenTemplate";
import { resolveSettings } from "../src/core/settings/defaultSettings";
import type { Unit } from "../src/core/model/unitTypes";
import { seededRandom } from "../src/cli/demo/seededRandom";

export interface SyntheticOptions {
  templateId: string;
  units: number;
  review: boolean;
  cross: boolean;
  seed?: number;
}

export function syntheticCluster(options: SyntheticOptions): { raw: RawInputs; scoreCells: number } {
  const template = getBuiltinTemplate(options.templateId);
  if (!template) throw new Error(`unknown template ${options.templateId}`);
  const flat = flattenTemplate(template);
  const random = seededRandom(options.seed ?? 1);
  const units: Unit[] = Array.from({ length: options.units }, (_, i) => ({
    code: `U${i + 1}`,
    name: `Đơn vị ${i + 1}`,
    cluster: `Cụm ${(i % 4) + 1}`,
    priority: i % 7 === 0,
    disqualified: false,
  }));
  const n = units.length;
  const scoreGrid = () =>
    flat.rows.map((row) =>
      Array.from({ length: n }, () => {
        // Real units score high: most criteria between 85 % and 100 % of their max.
        if (row.kind === "manual") return Math.round(((0.85 + 0.15 * random()) * row.max) / row.step) * row.step;
        if (row.kind === "qual") return random() < 0.97 ? "Đạt" : "Không đạt";
        if (row.kind === "bonus") return random() < 0.3 ? Math.min(row.max || 1, 1) : null;
        if (row.kind === "deduction") return random() < 0.2 ? -Math.min(row.max || 1, 1) : null;
        return null;
      }),
    );
  const quant = (pick: (kind: string) => number | null) =>
    flat.rows.map((row) => Array.from({ length: n }, () => pick(row.kind)));
  const target = quant((k) => (k.startsWith("quant") ? 100 : null));
  const actual = quant((k) =>
    k.startsWith("quant") ? Math.round(85 + random() * 30) : k === "per_unit" ? Math.floor(random() * 4) : null,
  );
  const raw: RawInputs = {
    flat,
    units,
    settings: resolveSettings(template.settings),
    target,
    actual,
    self: scoreGrid(),
    review: options.review ? scoreGrid().map((r) => r.map((v) => (random() < 0.2 ? v : null))) : undefined,
    peers: options.cross ? units.map((u) => ({ rater: u.code, grid: scoreGrid() })) : undefined,
  };
  const layers = 1 + (options.review ? 1 : 0) + (options.cross ? n : 0);
  return { raw, scoreCells: flat.rows.length * n * layers };
}
