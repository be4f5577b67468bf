// Changing a workbook's settings as a plan: the workbook re-planned with the new settings by the same builder as
// injection (same sheet names, units and template), written into existing sheets without a single input cell, the
// ranking's own values (tie-break notes, awards, flags, input hash, fairness table) or an earlier log row; hidden
// rank-key columns that no longer exist are cleared; the metadata carries the new settings; one log row is appended.

import { contentHash } from "../../core/integrity/contentHash";
import type { Settings } from "../../core/settings/settingsTypes";
import { templateToCriteriaTable } from "../../core/template/templateToCriteriaTable";
import type { WorkbookOutline } from "../host/hostTypes";
import { absoluteRange, cellAddress, parseRange, type RangeBox } from "../layout/cellAddress";
import { DEFINED_NAMES } from "../layout/definedNames";
import type { WorkbookLayout } from "../layout/workbookLayout";
import { logMessages } from "../messages/logMessages";
import type { WorkbookMeta } from "../meta/workbookMeta";
import { metaChunks } from "../meta/workbookMeta";
import { blankCell } from "../plan/cellSpec";
import { metaSheet } from "../plan/inject/metaSheet";
import { contextLayout, contractNames, workbookSheets, type WorkbookContext } from "../plan/inject/workbookSheets";
import { logTime } from "../log/logTime";
import { logEntryBlock } from "../plan/logEntry";
import { nonInputBlocks, type KeepCell } from "../plan/nonInputBlocks";
import type { CellBlock, NamePlan, SheetPlan, WorkbookPlan } from "../plan/planTypes";
import { WORKBOOK_STYLES } from "../plan/workbookStyles";
import { settingsRows, type SettingKey, type SettingValue } from "./settingsRows";

/** The workbook as read (parseWorkbook): metadata, layout under the old settings, the log and metadata sizes. */
export interface SettingsUpdateSource {
  meta: WorkbookMeta;
  layout: WorkbookLayout;
  logTable: RangeBox;
  /** The check chain the log's earlier entries end with (ParsedWorkbook.log.lastChain). */
  previousChain: string;
  metaCells: number;
}

export interface SettingsUpdateOptions {
  /** ISO time for the log row. */
  now: string;
  fileName?: string;
}

export interface SettingChange {
  key: SettingKey;
  from: SettingValue;
  to: SettingValue;
}

export interface SettingsUpdatePlan {
  plan: WorkbookPlan;
  meta: WorkbookMeta;
  changes: SettingChange[];
}

/** The settings-sheet rows whose value differs, in sheet order. */
export function changedSettings(before: Settings, after: Settings): SettingChange[] {
  const old = settingsRows(before);
  return settingsRows(after)
    .map(({ key, value }, i) => ({ key, from: old[i].value, to: value }))
    .filter((c) => c.from !== c.to);
}

const shown = (v: SettingValue) => (v === null || v === "" ? "—" : String(v));

/**
 * Contract names (but the growing log and analysis tables) that no longer start where the layout puts them: rows or
 * columns were inserted, so writing at the layout's cells would land on other cells. Shapes were checked on reading.
 */
export function movedNames(layout: WorkbookLayout, outline: WorkbookOutline): string[] {
  const found = new Map(outline.names.map((n) => [n.name.toUpperCase(), n]));
  const moved: string[] = [];
  for (const expected of contractNames(layout)) {
    if (expected.name === DEFINED_NAMES.analysis) continue;
    const info = found.get(expected.name.toUpperCase());
    const box = info?.range ? parseRange(info.range) : null;
    const want = parseRange(expected.range)!;
    const sameSheet = info?.sheet?.toUpperCase() === expected.sheet.toUpperCase();
    if (!box || !sameSheet || box.row !== want.row || box.column !== want.column) moved.push(expected.name);
  }
  return moved;
}

/** Cells of the result sheet that a ranking run writes: kept, so earlier results stay until ranked again. */
function rankingCells(layout: WorkbookLayout): KeepCell {
  const { table, columns, hashRow } = layout.result;
  const owned = new Set([columns.tieBreak, columns.award, columns.flags]);
  return (row, column) =>
    (row >= table.row && row < table.row + table.rows && owned.has(column)) || (row === hashRow && column === 2);
}

/** Blank cells over the hidden rank-key columns the old settings had and the new ones don't (header and unit rows). */
function staleHelperColumns(before: WorkbookLayout, after: WorkbookLayout): CellBlock[] {
  const from = after.result.columns.count;
  const to = before.result.columns.count;
  if (to <= from) return [];
  const { headerRow, table } = before.result;
  const rows = table.row + table.rows - headerRow;
  return [
    {
      at: cellAddress(headerRow, from),
      cells: Array.from({ length: rows }, () => Array.from({ length: to - from }, () => blankCell())),
    },
  ];
}

/** The sheet's cells over the existing sheet; the result sheet also hides its helper columns again, since a new
 * tie-break order may bring columns the injection never hid. */
function rewrite(sheet: SheetPlan, blocks: CellBlock[]): SheetPlan {
  const hidden = sheet.key === "result" && sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns } : {};
  return { key: sheet.key, name: sheet.name, create: false, blocks, ...hidden };
}

export function planSettingsUpdate(
  source: SettingsUpdateSource,
  settings: Settings,
  options: SettingsUpdateOptions,
): SettingsUpdatePlan {
  const { meta, layout: before, logTable } = source;
  const lang = settings.lang;
  const ctx: WorkbookContext = {
    flat: before.flat,
    units: meta.units,
    settings,
    mode: meta.mode,
    lang,
    period: meta.period,
    clusterTitle: meta.clusterTitle,
    names: before.names,
    logEntries: Math.max(0, logTable.rows - 1),
  };
  const after = contextLayout(ctx);
  const sheets: SheetPlan[] = [];
  for (const sheet of workbookSheets(ctx, after)) {
    switch (sheet.key) {
      case "analysis":
        // Only the title: below it is the ranking's fairness table (or the "not yet ranked" line).
        sheets.push(
          rewrite(
            sheet,
            sheet.blocks.filter((b) => b.at === "A1"),
          ),
        );
        break;
      case "result":
        sheets.push(
          rewrite(sheet, [...nonInputBlocks(sheet.blocks, rankingCells(after)), ...staleHelperColumns(before, after)]),
        );
        break;
      default:
        sheets.push(rewrite(sheet, nonInputBlocks(sheet.blocks)));
    }
  }

  const changes = changedSettings(meta.settings, settings);
  const newMeta: WorkbookMeta = {
    ...meta,
    settings,
    lang,
    // The criteria table is written in the workbook's language, and its hash with it.
    criteriaHash: lang === meta.lang ? meta.criteriaHash : contentHash(templateToCriteriaTable(before.flat, lang)),
  };
  sheets.push(metaSheet(before.meta.sheet, newMeta, false, source.metaCells));
  const names: NamePlan[] = [
    {
      name: DEFINED_NAMES.meta,
      sheet: before.meta.sheet,
      range: absoluteRange({ row: 1, column: 0, rows: metaChunks(newMeta).length, columns: 1 }),
    },
    // The settings table as written now: a table from before the settings' names and explanations (key, value) or
    // before newer keys is rewritten whole, and its name follows it.
    ...contractNames(after).filter((n) => n.name === DEFINED_NAMES.settings),
  ];

  const summary = changes.length
    ? changes.map((c) => `${c.key} ${shown(c.from)} → ${shown(c.to)}`).join("; ")
    : logMessages.settingsNoChange[lang]();
  const entry = logEntryBlock(
    before.log.sheet,
    logTable,
    {
      time: logTime(options.now, settings),
      action: logMessages.settingsChanged[lang](),
      file: options.fileName ?? "",
      hash: contentHash(settings),
      summary: logMessages.settingsSummary[lang]({ changes: summary }),
    },
    source.previousChain,
  );
  const log = sheets.find((s) => s.key === "log");
  if (log) log.blocks.push(entry.block);
  else sheets.push({ key: "log", name: before.log.sheet, create: false, blocks: [entry.block] });
  names.push(entry.name);

  const plan: WorkbookPlan = { styles: WORKBOOK_STYLES, sheets, names, touches: sheets.map((s) => s.name) };
  return { plan, meta: newMeta, changes };
}
