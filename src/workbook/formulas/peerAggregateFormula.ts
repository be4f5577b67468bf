// The peer aggregate of one ratee as a formula over its column of the peer matrix: the mean of the complete
// raters' totals, dropping the k highest and k lowest when enough raters scored (core's trimmedMean).

import type { Settings } from "../../core/settings/settingsTypes";
import { formulaNumber } from "./formulaLiteral";

/** "" when no complete rater scored the ratee (core: null). `column` is an absolute range such as 'Chấm chéo'!$E$5:$E$12. */
export function peerAggregateFormula(column: string, trim: Settings["peerTrim"]): string {
  const k = Number.isFinite(trim.dropEachSide) && trim.dropEachSide > 0 ? Math.floor(trim.dropEachSide) : 0;
  const n = `COUNT(${column})`;
  const plain = `SUM(${column})/${n}`;
  if (k === 0) return `IF(${n}=0,"",${plain})`;
  const dropped: string[] = [];
  for (let i = 1; i <= k; i++) dropped.push(`-LARGE(${column},${i})`);
  for (let i = 1; i <= k; i++) dropped.push(`-SMALL(${column},${i})`);
  const trimmed = `(SUM(${column})${dropped.join("")})/(${n}-${2 * k})`;
  const minRaters = Number.isFinite(trim.minRaters) ? trim.minRaters : 0;
  return `IF(${n}=0,"",IF(AND(${n}>=${formulaNumber(minRaters)},${n}>${2 * k}),${trimmed},${plain}))`;
}
