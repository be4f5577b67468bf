// Runs validate and rank over one corpus workbook and lists every broken promise: a throw, a finding without both
// languages or without the cell it concerns, a write by validate, a write by rank outside the ranges it may write
// (result notes, awards and flags, the input hash, the analysis table, the metadata, the log's next row, all on
// sheets the add-in created), a formula in a rank plan, or any other cell changed.

import type { Host, RangeRequest, WorkbookOutline } from "../../../src/workbook/host/hostTypes";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { cellAddress, parseRange, type RangeBox } from "../../../src/workbook/layout/cellAddress";
import { DEFINED_NAMES } from "../../../src/workbook/layout/definedNames";
import type { LocatedFinding } from "../../../src/workbook/operations/locatedFinding";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { UNDO_COLUMNS, UNDO_SHEET } from "../../../src/workbook/undo/undoSheet";
import { snapshot, USER_SHEET, type CorpusWorkbook } from "./corpusWorkbook";

/** Records what an operation asks of the host; everything is passed through. */
export class RecordingHost implements Host {
  readonly plans: WorkbookPlan[] = [];
  constructor(private readonly inner: Host) {}
  outline(): Promise<WorkbookOutline> {
    return this.inner.outline();
  }
  read(requests: RangeRequest[]) {
    return this.inner.read(requests);
  }
  apply(plan: WorkbookPlan) {
    this.plans.push(structuredClone(plan));
    return this.inner.apply(plan);
  }
  select(sheet: string, cell: string) {
    return this.inner.select(sheet, cell);
  }
  readSelection() {
    return this.inner.readSelection();
  }
}

const GRID_AREAS = new Set(["self", "review", "peer", "target", "actual", "evidence"]);
const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Broken promises of a list of findings. */
export function findingProblems(findings: readonly LocatedFinding[], wb: CorpusWorkbook, what: string): string[] {
  const problems: string[] = [];
  const codes = new Set(wb.layout.units.map((u) => u.code));
  for (const f of findings) {
    const label = `${what} ${f.rule}`;
    if (typeof f.message?.vi !== "string" || f.message.vi.trim() === "")
      problems.push(`${label}: no Vietnamese message`);
    if (typeof f.message?.en !== "string" || f.message.en.trim() === "") problems.push(`${label}: no English message`);
    if (!["error", "warning", "info"].includes(f.severity)) problems.push(`${label}: severity ${String(f.severity)}`);
    if ((f.cell === null) !== (f.sheet === null)) problems.push(`${label}: sheet ${f.sheet} without cell ${f.cell}`);
    if (f.cell !== null && !A1.test(f.cell)) problems.push(`${label}: cell "${f.cell}" is not an address`);
    const loc = f.location;
    const aboutCell =
      loc.area !== undefined &&
      GRID_AREAS.has(loc.area) &&
      loc.unit !== undefined &&
      codes.has(loc.unit) &&
      loc.criterion !== undefined &&
      wb.layout.flat.byCode.has(loc.criterion);
    if (aboutCell && f.cell === null)
      problems.push(`${label}: about ${loc.area} ${loc.unit} ${loc.criterion}, no cell`);
  }
  return problems;
}

interface Region {
  sheet: string;
  contains: (row: number, column: number) => boolean;
}

function named(outline: WorkbookOutline, name: string): { sheet: string; box: RangeBox } | null {
  const info = outline.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  const box = info?.range ? parseRange(info.range) : null;
  return info && info.sheet !== null && box ? { sheet: info.sheet, box } : null;
}

/** Where a ranking may write, from the names as they stood before it ran; the undo sheet is the add-in's too. */
export function rankRegions(outline: WorkbookOutline, wb: CorpusWorkbook): Region[] {
  const regions: Region[] = [];
  const cols = wb.layout.result.columns;
  const result = named(outline, DEFINED_NAMES.result);
  if (result) {
    const { box } = result;
    const written = [cols.tieBreak, cols.award, cols.flags].map((c) => box.column + c - wb.layout.result.table.column);
    const hashRow = box.row + box.rows + 1;
    regions.push({
      sheet: result.sheet,
      contains: (r, c) =>
        (r >= box.row && r < box.row + box.rows && written.includes(c)) || (r === hashRow && c === box.column + 2),
    });
  }
  const analysis = named(outline, DEFINED_NAMES.analysis);
  // Six columns: severity, finding, unit, criterion, message, rule id.
  if (analysis) regions.push({ sheet: analysis.sheet, contains: (r, c) => r >= 2 && c <= 5 });
  const meta = named(outline, DEFINED_NAMES.meta);
  if (meta) regions.push({ sheet: meta.sheet, contains: (_r, c) => c === meta.box.column });
  const undo = named(outline, DEFINED_NAMES.undo);
  regions.push({ sheet: undo?.sheet ?? UNDO_SHEET, contains: (_r, c) => c < UNDO_COLUMNS });
  const log = named(outline, DEFINED_NAMES.log);
  if (log) {
    const { box } = log;
    const next = box.row + box.rows;
    regions.push({ sheet: log.sheet, contains: (r, c) => r === next && c >= box.column && c < box.column + 6 });
  }
  return regions;
}

function planProblems(plan: WorkbookPlan, regions: Region[], wb: CorpusWorkbook): string[] {
  const problems: string[] = [];
  const allowedNames = new Set(
    [DEFINED_NAMES.analysis, DEFINED_NAMES.meta, DEFINED_NAMES.log, DEFINED_NAMES.undo].map((n) => n.toUpperCase()),
  );
  // The undo snapshot's sheet is the one sheet a ranking may create: it belongs to the add-in from then on.
  for (const sheet of plan.sheets) {
    if (sheet.create && sheet.name.toLowerCase() === UNDO_SHEET.toLowerCase()) wb.owned.add(sheet.name.toLowerCase());
  }
  for (const name of plan.names) {
    if (!allowedNames.has(name.name.toUpperCase())) problems.push(`rank redefines ${name.name}`);
    if (!wb.owned.has(name.sheet.toLowerCase()))
      problems.push(`rank points ${name.name} at a user sheet ${name.sheet}`);
  }
  for (const sheet of plan.sheets) {
    if (sheet.create && !wb.owned.has(sheet.name.toLowerCase())) problems.push(`rank creates sheet ${sheet.name}`);
    if (!wb.owned.has(sheet.name.toLowerCase()))
      problems.push(`rank writes into sheet ${sheet.name}, not the add-in's`);
    const mine = regions.filter((r) => r.sheet.toLowerCase() === sheet.name.toLowerCase());
    for (const block of sheet.blocks) {
      const origin = parseRange(block.at)!;
      block.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const r = origin.row + i;
          const c = origin.column + j;
          const where = `${sheet.name}!${cellAddress(r, c)}`;
          if (cell.f !== undefined) problems.push(`rank writes a formula at ${where}: ${cell.f}`);
          if (!mine.some((m) => m.contains(r, c))) problems.push(`rank writes ${where}, outside its ranges`);
        }),
      );
    }
  }
  return problems;
}

/** Cells that differ between two snapshots, as "sheet!A1". */
function changedCells(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): string[] {
  const changed: string[] = [];
  for (const sheet of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(sheet) ?? new Map<string, string>();
    const b = after.get(sheet) ?? new Map<string, string>();
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(address) ?? "[null,null]";
      const y = b.get(address) ?? "[null,null]";
      if (x !== y) changed.push(`${sheet}!${address}`);
    }
  }
  return changed;
}

export interface CaseOutcome {
  problems: string[];
  /** Whether rank wrote (a usable workbook) or refused. */
  ranked: boolean;
  findings: number;
}

const message = (e: unknown) =>
  e instanceof HostError
    ? `HostError ${e.code}: ${e.detail.en}`
    : e instanceof Error
      ? (e.stack ?? e.message)
      : String(e);

export async function checkCase(wb: CorpusWorkbook): Promise<CaseOutcome> {
  const problems: string[] = [];
  const host = new RecordingHost(wb.host);
  const before = snapshot(wb.host);
  let findings = 0;
  try {
    const validation = await validateWorkbook(host);
    findings += validation.findings.length;
    problems.push(...findingProblems(validation.findings, wb, "validate"));
  } catch (e) {
    problems.push(`validate threw: ${message(e)}`);
  }
  if (host.plans.length > 0) problems.push("validate applied a plan");
  if (changedCells(before, snapshot(wb.host)).length > 0) problems.push("validate changed cells");

  const outline = await wb.host.outline();
  let ranked = false;
  try {
    const ranking = await rankWorkbook(host, { now: "2026-04-01T08:00:00.000Z", fileName: "cum.xlsx" });
    ranked = ranking.plan !== null;
    findings += ranking.findings.length;
    problems.push(...findingProblems(ranking.findings, wb, "rank"));
  } catch (e) {
    problems.push(`rank threw: ${message(e)}`);
  }
  const regions = rankRegions(outline, wb);
  for (const plan of host.plans) problems.push(...planProblems(plan, regions, wb));
  const after = snapshot(wb.host);
  for (const cell of changedCells(before, after)) {
    const [sheet, address] = [cell.slice(0, cell.lastIndexOf("!")), cell.slice(cell.lastIndexOf("!") + 1)];
    const box = parseRange(address)!;
    const sheetName = wb.host.sheets.get(sheet)?.name ?? sheet;
    const inside = regions.some(
      (r) => r.sheet.toLowerCase() === sheet && wb.owned.has(sheet) && r.contains(box.row, box.column),
    );
    if (!inside) problems.push(`cell ${sheetName}!${address} changed outside the rank's ranges`);
  }
  if (
    before.get(USER_SHEET.toLowerCase()) &&
    changedCells(
      new Map([["u", before.get(USER_SHEET.toLowerCase())!]]),
      new Map([["u", after.get(USER_SHEET.toLowerCase()) ?? new Map()]]),
    ).length > 0
  ) {
    problems.push("the user's own sheet changed");
  }
  return { problems: [...new Set(problems)].slice(0, 20), ranked, findings };
}
