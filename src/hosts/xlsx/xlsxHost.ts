// The Host over .xlsx files, for the command line, the task pane's files and tests: the same plan gives the same
// workbook as the Office.js host. It reads and writes the file's XML parts directly (no spreadsheet model): a sheet
// is parsed only when read or written, and only the parts a plan changed are written again, so a large workbook
// opens, ranks and saves in a fraction of a second. Formula results are whatever the file cached; this host has no
// calculation engine, and asks Excel to recalculate on open once it wrote anything.

import { render } from "../../core/messages/messageTypes";
import type {
  Host,
  NameInfo,
  ProgressFn,
  RangeRead,
  RangeRequest,
  SheetInfo,
  WorkbookOutline,
} from "../../workbook/host/hostTypes";
import { HostError } from "../../workbook/host/hostTypes";
import { parseRange, type RangeBox } from "../../workbook/layout/cellAddress";
import { MAX_SHEET_NAME } from "../../workbook/layout/sheetNames";
import type { CellValue, SheetPlan, WorkbookPlan } from "../../workbook/plan/planTypes";
import { formatNameReference, formatTitleRows, parseNameReference } from "../../workbook/layout/nameReference";
import { areaText } from "../../workbook/layout/rangeAreas";
import { DefinedNameTable } from "./definedNameTable";
import { SharedStrings } from "./sharedStrings";
import { cellFormula, cellValue } from "./sheetCellValue";
import { SheetPart } from "./sheetPart";
import { StylesPart } from "./stylesPart";
import { WorkbookPackage, type PackageSheet } from "./workbookPackage";
import { writeSheetPlan } from "./writeSheetPlan";
import { xlsxHostMessages as M } from "./xlsxHostMessages";
import { ZipArchive } from "./zipArchive";

const PRINT_TITLES = "_xlnm.Print_Titles";
const PRINT_AREA = "_xlnm.Print_Area";
// A request bigger than this (a whole-sheet name, say) is read only where the sheet has cells.
const MAX_READ_CELLS = 4_000_000;

const sameSheetName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The first bytes of an OLE2 compound file: Excel 97–2003 .xls (and .doc), never an .xlsx (a zip, "PK"). */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function unreadable(bytes?: Uint8Array): HostError {
  const old = bytes !== undefined && OLE2_SIGNATURE.every((b, i) => bytes[i] === b);
  return new HostError("file-unreadable", render(old ? M.oldExcelFile : M.fileUnreadable, {}));
}

/** Whether Excel would take the name for a new sheet ("History" is reserved by Excel). */
function acceptableSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toUpperCase() !== "HISTORY"
  );
}

function emptyRead(request: RangeRequest): RangeRead {
  return { sheet: request.sheet, range: request.range, values: [], formulas: [] };
}

export class XlsxHost implements Host {
  /** Set once a plan was applied: Excel then recalculates on open instead of trusting cached results. */
  private applied = false;
  private readonly parts = new Map<PackageSheet, SheetPart>();
  private strings?: SharedStrings;
  private styles?: StylesPart;
  private readonly names: DefinedNameTable;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly pkg: WorkbookPackage,
  ) {
    this.names = new DefinedNameTable(pkg.names);
  }

  /** A new, empty workbook. */
  static create(): XlsxHost {
    const zip = new ZipArchive();
    return new XlsxHost(zip, WorkbookPackage.create(zip));
  }

  /**
   * Opens an .xlsx file; anything else (or a damaged file) throws HostError "file-unreadable", whose detail tells an
   * Excel 97–2003 .xls apart (it only needs saving as .xlsx).
   */
  static async load(data: Uint8Array | ArrayBuffer): Promise<XlsxHost> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    try {
      const zip = ZipArchive.read(bytes);
      const host = new XlsxHost(zip, WorkbookPackage.read(zip));
      // The shared parts are read now; sheets are parsed when first read or written.
      host.sharedStrings();
      host.stylesPart();
      return host;
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw unreadable(bytes);
    }
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    let cellsChanged = false;
    for (const [sheet, part] of this.parts) {
      if (!part.dirty || !sheet.path) continue;
      this.zip.set(sheet.path, part.toXml());
      part.dirty = false;
      cellsChanged = true;
    }
    if (this.strings?.changed || !this.zip.has(this.pkg.stringsPath)) {
      this.pkg.ensurePart("strings");
      this.zip.set(this.pkg.stringsPath, this.sharedStrings().toXml());
    }
    if (this.styles?.changed || !this.zip.has(this.pkg.stylesPath)) {
      this.pkg.ensurePart("styles");
      this.zip.set(this.pkg.stylesPath, this.stylesPart().toXml());
    }
    this.pkg.save(this.applied, cellsChanged);
    return this.zip.write();
  }

  async outline(): Promise<WorkbookOutline> {
    const sheets: SheetInfo[] = this.pkg.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.state }));
    const names: NameInfo[] = this.names
      .all()
      .filter((entry) => entry.scope === null)
      .map((entry) => {
        const target = parseNameReference(entry.formula);
        return { name: entry.name, sheet: target?.sheet ?? null, range: target?.range ?? null };
      });
    return { sheets, names };
  }

  /**
   * Values and formulas of each range. Blank cells and covered cells of merges read null; dates read as serial
   * numbers; formula cells give the result cached in the file (null when there is none). `formulas` is [] unless
   * the request asked for formulas.
   */
  async read(requests: RangeRequest[]): Promise<RangeRead[]> {
    const strings = this.sharedStrings();
    const date1904 = this.pkg.date1904;
    return requests.map((request) => {
      const sheet = this.findSheet(request.sheet);
      const requested = parseRange(request.range);
      const part = sheet && this.part(sheet);
      if (!sheet || !part || !requested) return emptyRead(request);
      const box = readableBox(part, requested);
      if (!box) return emptyRead(request);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = box.row; r < box.row + box.rows; r++) {
        const cells = part.rows.get(r)?.cells;
        const valueRow: CellValue[] = [];
        const formulaRow: (string | null)[] = [];
        for (let c = box.column; c < box.column + box.columns; c++) {
          const cell = cells?.get(c);
          const covered = cell !== undefined && part.isCovered(r, c);
          valueRow.push(covered ? null : cellValue(cell, strings, date1904));
          if (request.formulas) formulaRow.push(covered ? null : cellFormula(part, cell, r, c));
        }
        values.push(valueRow);
        if (request.formulas) formulas.push(formulaRow);
      }
      return { sheet: sheet.name, range: areaText(box), values, formulas };
    });
  }

  /** Writes the plan. Sheets to create must be new and sheets to write into must exist: checked before any write. */
  async apply(plan: WorkbookPlan, progress?: ProgressFn): Promise<void> {
    this.checkPlan(plan);
    const context = { strings: this.sharedStrings(), styles: this.stylesPart(), planStyles: plan.styles };
    const steps = plan.sheets.length + 1;
    plan.sheets.forEach((sheetPlan, i) => {
      progress?.({ fraction: i / steps, step: render(M.writingSheet, { sheet: sheetPlan.name }) });
      const sheet = sheetPlan.create ? this.addSheet(sheetPlan) : this.findSheet(sheetPlan.name)!;
      writeSheetPlan(this.part(sheet)!, sheetPlan, context);
      if (sheetPlan.create && sheetPlan.print) {
        const { titleRows, area } = sheetPlan.print;
        this.names.set(PRINT_TITLES, titleRows ? formatTitleRows(sheet.name, titleRows) : null, sheet.name);
        this.names.set(PRINT_AREA, area ? formatNameReference(sheet.name, area) : null, sheet.name);
      }
    });
    progress?.({ fraction: (steps - 1) / steps, step: render(M.writingNames, {}) });
    for (const name of plan.names) this.names.set(name.name, formatNameReference(name.sheet, name.range));
    this.applied = true;
    progress?.({ fraction: 1, step: render(M.writingNames, {}) });
  }

  /** No screen: nothing to select. */
  async select(_sheet: string, _cell: string): Promise<void> {}

  /** No screen, so no selection. */
  async readSelection(): Promise<RangeRead | null> {
    return null;
  }

  private sharedStrings(): SharedStrings {
    this.strings ??= SharedStrings.parse(this.zip.text(this.pkg.stringsPath));
    return this.strings;
  }

  private stylesPart(): StylesPart {
    this.styles ??= StylesPart.parse(this.zip.text(this.pkg.stylesPath));
    return this.styles;
  }

  /** The sheet's part, parsed on first use; undefined for a chart sheet. */
  private part(sheet: PackageSheet): SheetPart | undefined {
    let part = this.parts.get(sheet);
    if (!part) {
      if (sheet.added) part = SheetPart.empty();
      else {
        let xml: string | undefined;
        try {
          xml = sheet.path ? this.zip.text(sheet.path) : undefined;
        } catch {
          throw unreadable();
        }
        if (xml === undefined) return undefined;
        part = SheetPart.parse(xml);
      }
      this.parts.set(sheet, part);
    }
    return part;
  }

  private findSheet(name: string): PackageSheet | undefined {
    const sheets = this.pkg.sheets;
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheetName(s.name, name));
  }

  private checkPlan(plan: WorkbookPlan): void {
    const creating: string[] = [];
    for (const sheet of plan.sheets) {
      if (!sheet.create) {
        const existing = this.findSheet(sheet.name);
        if (!existing || !this.part(existing)) {
          throw new HostError("not-found", render(M.sheetMissing, { sheet: sheet.name }));
        }
        continue;
      }
      if (!acceptableSheetName(sheet.name)) {
        throw new HostError("unsupported", render(M.sheetNameRefused, { sheet: sheet.name }));
      }
      if (this.findSheet(sheet.name) || creating.some((n) => sameSheetName(n, sheet.name))) {
        throw new HostError("general", render(M.sheetExists, { sheet: sheet.name }));
      }
      creating.push(sheet.name);
    }
  }

  private addSheet(plan: SheetPlan): PackageSheet {
    return this.pkg.addSheet(plan.name, plan.visibility ?? "visible");
  }
}

/** The requested box, or for an oversized request its part within the sheet's cells (null when none). */
function readableBox(part: SheetPart, box: RangeBox): RangeBox | null {
  if (box.rows * box.columns <= MAX_READ_CELLS) return box;
  const extent = part.extent();
  if (!extent) return null;
  const lastRow = Math.min(box.row + box.rows - 1, extent.rows);
  const lastColumn = Math.min(box.column + box.columns - 1, extent.columns - 1);
  if (lastRow < box.row || lastColumn < box.column) return null;
  return { row: box.row, column: box.column, rows: lastRow - box.row + 1, columns: lastColumn - box.column + 1 };
}
