// The official header of the province workbook's printed sheets (Decree 30/2020/NĐ-CP): the issuing body on the
// left, the national name and motto on the right, each with its short rule, then the title and the period.

import { DEFAULT_PROVINCE_SETTINGS, type ProvinceSettings } from "../../core/province/provinceSettings";
import type { Lang } from "../../core/settings/settingsTypes";
import { cellAddress } from "../layout/cellAddress";
import { provinceWorkbookMessages as M } from "../messages/provinceWorkbookMessages";
import { valueCell } from "../plan/cellSpec";
import type { CellBlock, CellSpec } from "../plan/planTypes";
import { PS } from "./provinceStyles";

/**
 * The issuing body and the signer's title as the header and signature write them: in English the English wording
 * stands for the Vietnamese default; what the Board wrote is kept as written in either language.
 */
export function issuerText(settings: ProvinceSettings, lang: Lang): string {
  const written = settings.issuer.trim();
  return lang === "en" && written === DEFAULT_PROVINCE_SETTINGS.issuer ? M.issuerDefault.en() : written;
}

export function signerText(settings: ProvinceSettings, lang: Lang): string {
  const written = settings.signerTitle.trim();
  return lang === "en" && written === DEFAULT_PROVINCE_SETTINGS.signerTitle ? M.signerDefault.en() : written;
}

export const HEADER_ROWS = { organ: 1, motto: 2, rule: 3, title: 5, period: 6, subtitle: 7 } as const;

export interface HeaderSpec {
  issuer: string;
  title: string;
  period: string;
  subtitle: string | null;
  /** Last column of the issuer block, first and last of the national block, last printed column. */
  leftTo: number;
  rightFrom: number;
  lastColumn: number;
  lang: Lang;
}

/** A sheet's blocks and merges, filled by `put`. */
export class SheetCells {
  readonly blocks: CellBlock[] = [];
  readonly merges: string[] = [];

  put(row: number, column: number, cell: CellSpec, mergeTo?: number): void {
    this.blocks.push({ at: cellAddress(row, column), cells: [[cell]] });
    if (mergeTo !== undefined && mergeTo > column)
      this.merges.push(`${cellAddress(row, column)}:${cellAddress(row, mergeTo)}`);
  }

  row(row: number, column: number, cells: CellSpec[]): void {
    this.blocks.push({ at: cellAddress(row, column), cells: [cells] });
  }
}

export function officialHeader(cells: SheetCells, spec: HeaderSpec): void {
  const { lang } = spec;
  cells.put(HEADER_ROWS.organ, 0, valueCell(spec.issuer.toLocaleUpperCase("vi"), PS.organ), spec.leftTo);
  cells.put(HEADER_ROWS.motto, 0, valueCell("————", PS.rule), spec.leftTo);
  cells.put(HEADER_ROWS.organ, spec.rightFrom, valueCell(M.nation[lang](), PS.nation), spec.lastColumn);
  cells.put(HEADER_ROWS.motto, spec.rightFrom, valueCell(M.motto[lang](), PS.motto), spec.lastColumn);
  cells.put(HEADER_ROWS.rule, spec.rightFrom, valueCell("——————————", PS.rule), spec.lastColumn);
  cells.put(HEADER_ROWS.title, 0, valueCell(spec.title, PS.title), spec.lastColumn);
  cells.put(HEADER_ROWS.period, 0, valueCell(spec.period, PS.period), spec.lastColumn);
  if (spec.subtitle) cells.put(HEADER_ROWS.subtitle, 0, valueCell(spec.subtitle, PS.subtitle), spec.lastColumn);
}

/** The place and date line, then two signature blocks: the preparer on the left, the signer on the right. */
export function signatures(
  cells: SheetCells,
  row: number,
  left: [number, number],
  right: [number, number],
  signer: string,
  lang: Lang,
): number {
  cells.put(row, right[0], valueCell(M.placeDate[lang](), PS.date), right[1]);
  cells.put(row + 1, left[0], valueCell(M.preparer[lang](), PS.signRole), left[1]);
  cells.put(row + 1, right[0], valueCell(signer.toLocaleUpperCase("vi"), PS.signRole), right[1]);
  cells.put(row + 2, left[0], valueCell(M.signHint[lang](), PS.signHint), left[1]);
  cells.put(row + 2, right[0], valueCell(M.signHint[lang](), PS.signHint), right[1]);
  // Room to sign, then the last printed row.
  return row + 6;
}
