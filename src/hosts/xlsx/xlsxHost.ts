// The Host over .xlsx files (ExcelJS), for the command line and for tests: the same plan gives the same workbook
// as the Office.js host. Formula results are whatever the file cached; this host has no calculation engine.

import ExcelJS from "exceljs";
import JSZip from "jszip";
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
import { attachNameTable } from "./attachNameTable";
import { compactValidations } from "./compactValidations";
import { DefinedNameTable } from "./definedNameTable";
import { argb, ExcelStyleBook } from "./excelCellStyle";
import { formatNameReference, formatTitleRows, parseNameReference } from "../../workbook/layout/nameReference";
import { areaText } from "../../workbook/layout/rangeAreas";
import { cellFormula, cellValue } from "./readCell";
import { readWorkbookXmlNames } from "./workbookXmlNames";
import { worksheetInternals } from "./worksheetInternals";
import { writeSheetPlan } from "./writeSheetPlan";
import { xlsxHostMessages as M } from "./xlsxHostMessages";

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

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly names: DefinedNameTable,
  ) {}

  /** A new, empty workbook. */
  static create(): XlsxHost {
    const workbook = new ExcelJS.Workbook();
    const names = new DefinedNameTable();
    attachNameTable(workbook, names);
    return new XlsxHost(workbook, names);
  }

  /**
   * Opens an .xlsx file; anything else (or a damaged file) throws HostError "file-unreadable", whose detail tells an
   * Excel 97–2003 .xls apart (it only needs saving as .xlsx).
   */
  static async load(data: Uint8Array | ArrayBuffer): Promise<XlsxHost> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    try {
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file("xl/workbook.xml")?.async("string");
      if (xml === undefined) throw unreadable();
      const names = DefinedNameTable.fromWorkbookXml(readWorkbookXmlNames(xml));
      const workbook = new ExcelJS.Workbook();
      attachNameTable(workbook, names);
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      for (const sheet of workbook.worksheets) {
        const validations = worksheetInternals(sheet).dataValidations;
        validations.model = compactValidations(validations.model);
        // Print titles and areas live in the name table (quoted properly); ExcelJS would write them a second time.
        sheet.pageSetup.printArea = undefined;
        sheet.pageSetup.printTitlesRow = undefined;
        sheet.pageSetup.printTitlesColumn = undefined;
      }
      return new XlsxHost(workbook, names);
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw unreadable(bytes);
    }
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    if (this.applied) this.workbook.calcProperties.fullCalcOnLoad = true;
    // Fastest deflate level: files shrink almost as much as at the default level, in far less time.
    const buffer = await this.workbook.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as ExcelJS.XlsxWriteOptions);
    return new Uint8Array(buffer as unknown as ArrayBuffer);
  }

  async outline(): Promise<WorkbookOutline> {
    const sheets: SheetInfo[] = this.workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.state === "hidden" || sheet.state === "veryHidden" ? sheet.state : "visible",
    }));
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
    const date1904 = this.workbook.properties.date1904 === true;
    return requests.map((request) => {
      const sheet = this.findSheet(request.sheet);
      const requested = parseRange(request.range);
      if (!sheet || !requested) return emptyRead(request);
      const box = this.readableBox(sheet, requested);
      if (!box) return emptyRead(request);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = 0; r < box.rows; r++) {
        const row = sheet.findRow(box.row + r);
        const valueRow: CellValue[] = [];
        const formulaRow: (string | null)[] = [];
        for (let c = 0; c < box.columns; c++) {
          const cell = row?.findCell(box.column + c + 1);
          valueRow.push(cellValue(cell, date1904));
          if (request.formulas) formulaRow.push(cellFormula(cell, sheet));
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
    const book = new ExcelStyleBook(plan.styles);
    const steps = plan.sheets.length + 1;
    plan.sheets.forEach((sheetPlan, i) => {
      progress?.({ fraction: i / steps, step: render(M.writingSheet, { sheet: sheetPlan.name }) });
      const sheet = sheetPlan.create ? this.addSheet(sheetPlan) : this.findSheet(sheetPlan.name)!;
      writeSheetPlan(sheet, sheetPlan, book);
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

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const sheets = this.workbook.worksheets;
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheetName(s.name, name));
  }

  private checkPlan(plan: WorkbookPlan): void {
    const creating: string[] = [];
    for (const sheet of plan.sheets) {
      if (!sheet.create) {
        if (!this.findSheet(sheet.name)) {
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

  private addSheet(plan: SheetPlan): ExcelJS.Worksheet {
    const options: Partial<ExcelJS.AddWorksheetOptions> = { state: plan.visibility ?? "visible" };
    if (plan.tabColor) options.properties = { tabColor: { argb: argb(plan.tabColor) } };
    return this.workbook.addWorksheet(plan.name, options);
  }

  /** The requested box, or for an oversized request its part within the sheet's cells (null when none). */
  private readableBox(sheet: ExcelJS.Worksheet, box: RangeBox): RangeBox | null {
    if (box.rows * box.columns <= MAX_READ_CELLS) return box;
    const lastRow = Math.min(box.row + box.rows - 1, sheet.rowCount);
    const lastColumn = Math.min(box.column + box.columns - 1, sheet.columnCount - 1);
    if (lastRow < box.row || lastColumn < box.column) return null;
    return { row: box.row, column: box.column, rows: lastRow - box.row + 1, columns: lastColumn - box.column + 1 };
  }
}
