// The .xlsx host: a plan lands in the file where plain ExcelJS (and so Excel) finds it, reads follow the Host
// contract, names survive, unreadable files fail as HostError, and writing again or into a user's sheet changes
// nothing it shouldn't.

import ExcelJS from "exceljs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { readWorkbookXmlNames } from "../../../src/hosts/xlsx/workbookXmlNames";
import { HostError, type ProgressReport, type RangeRead } from "../../../src/workbook/host/hostTypes";
import type { CellSpec, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { META, PEER, SELF, samplePlan } from "./samplePlan";
import { bytesOf, openWithExcelJs, partXml, withDefinedNamesXml } from "./workbookFiles";

async function sampleFile(): Promise<Uint8Array> {
  const host = XlsxHost.create();
  await host.apply(samplePlan());
  return host.save();
}

/** Every cell's value and formula in A1:H20 of every sheet, read through a freshly loaded host. */
async function contentOf(bytes: Uint8Array): Promise<RangeRead[]> {
  const host = await XlsxHost.load(bytes);
  const { sheets } = await host.outline();
  return host.read(sheets.map((s) => ({ sheet: s.name, range: "A1:H20", formulas: true })));
}

describe("applying a plan to a new workbook", () => {
  let file: Uint8Array;
  let book: ExcelJS.Workbook;
  let self: ExcelJS.Worksheet;
  beforeAll(async () => {
    file = await sampleFile();
    book = await openWithExcelJs(file);
    self = book.getWorksheet(SELF)!;
  });

  it("creates the plan's sheets in plan order, the metadata sheet very hidden, with the tab colour", () => {
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SELF, "visible"],
      [PEER, "visible"],
      [META, "veryHidden"],
    ]);
    expect(self.properties.tabColor).toEqual({ argb: "FF2E75B6" });
  });

  it("writes values and formulas, keeping the _xlfn prefix, and merges the title row", () => {
    expect(self.getCell("A1").value).toBe("Bảng tự chấm");
    expect(self.getCell("B4").value).toBe(8);
    expect(self.getCell("B6").formula).toBe("SUM(B4:B4)");
    expect(self.getCell("C6").formula).toBe("_xlfn.RANK.EQ(B4,B4:C4)");
    expect(self.getCell("B8").value).toBe(true);
    expect(self.getCell("C8").value).toBe(0);
    expect(self.getCell("C1").isMerged).toBe(true);
    expect(self.getCell("C1").master.address).toBe("A1");
  });

  it("writes fonts, fills, number formats, alignment and thin borders, and unlocks input cells only", () => {
    const header = self.getCell("A3");
    expect(header.font).toEqual({ name: "Times New Roman", size: 12, bold: true, color: { argb: "FF1F4E79" } });
    expect(header.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(header.alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    const thin = { style: "thin" };
    expect(header.border).toEqual({ top: thin, left: thin, bottom: thin, right: thin });
    expect(self.getCell("B4").numFmt).toBe("#,##0.00");
    expect(self.getCell("B5").numFmt).toBe("@");
    expect(self.getCell("B4").protection?.locked).toBe(false);
    expect(self.getCell("C5").protection?.locked).toBe(false);
    expect(self.getCell("B6").protection?.locked).not.toBe(false);
    expect(self.getCell("A4").protection?.locked).not.toBe(false);
    expect(book.getWorksheet(PEER)!.getCell("C2").protection?.locked).toBe(false);
  });

  it("sets column widths and hides columns", () => {
    expect(self.getColumn(1).width).toBe(30);
    expect(self.getColumn(2).width).toBe(12);
    expect(self.getColumn(4).hidden).toBe(true);
    expect(self.getColumn(3).hidden).toBe(false);
  });

  it("adds a decimal validation with a stop alert and a prompt, and a list validation with its items", () => {
    const validations = (self as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const cell of ["B4", "C4"]) {
      expect(validations[cell]).toEqual({
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [0, 10],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Giá trị không hợp lệ",
        error: "Điểm phải từ 0 đến 10.",
        showInputMessage: true,
        promptTitle: "Tiêu chí 1.1",
        prompt: "Nhập điểm từ 0 đến 10.",
      });
    }
    expect(validations.B5).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'], errorStyle: "stop" });
    expect(validations.C5).toBe(validations.B5);
    expect(validations.A4).toBeUndefined();
    expect(validations.B6).toBeUndefined();
  });

  it("writes list validations without OOXML's showDropDown flag, so Excel shows the in-cell dropdown", async () => {
    const xml = await partXml(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dataValidation type="list"');
    expect(xml).not.toContain("showDropDown");
  });

  it("adds the conditional format as an expression rule with its fill and font", () => {
    const formats = (self as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    const format = formats[0];
    expect(format.ref).toBe("B4:C4");
    expect(format.rules).toHaveLength(1);
    expect(format.rules[0]).toMatchObject({
      type: "expression",
      priority: 1,
      formulae: ["AND(ISNUMBER(B4),B4>10)"],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
        font: { bold: true, color: { argb: "FF9C0006" } },
      },
    });
  });

  it("freezes the three header rows and the label column", () => {
    expect(self.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  it("prints on A4, landscape, one page wide, repeating the title rows, within the print area", () => {
    expect(self.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
      printArea: "A1:C8",
    });
    const peer = book.getWorksheet(PEER)!;
    expect(peer.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", printTitlesRow: "2:2" });
    expect(peer.pageSetup.fitToPage).toBeFalsy();
  });

  it("protects a sheet without a password, letting people select locked and unlocked cells and nothing else", async () => {
    const xml = await partXml(file, "xl/worksheets/sheet1.xml");
    // sheet, objects and scenarios protected; every other permission at its default (not allowed); select allowed.
    expect(xml).toContain('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
    expect(await partXml(file, "xl/worksheets/sheet2.xml")).not.toContain("sheetProtection");
  });

  it("defines workbook-scoped names, quoting sheet names with spaces and doubling apostrophes", async () => {
    const stored = readWorkbookXmlNames(await partXml(file, "xl/workbook.xml"));
    const workbookScoped = stored.names.filter((n) => n.localSheetId === undefined);
    expect(workbookScoped).toEqual([
      { name: "TD_Self", formula: "'Tự chấm'!$B$4:$C$5" },
      { name: "TD_Peer_OB", formula: "'CC O''Brien'!$B$2:$C$2" },
      { name: "TD_Meta", formula: "_thidua!$A$1" },
    ]);
    expect(stored.names).toContainEqual({
      name: "_xlnm.Print_Titles",
      formula: "'CC O''Brien'!$2:$2",
      localSheetId: 1,
    });
  });

  it("stores text that looks like a formula or a signed number as text, never as a formula", async () => {
    for (const address of ["A7", "B7", "C7", "A8"]) {
      expect(self.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect(self.getCell("A7").value).toBe('=HYPERLINK("http://x")');
    expect(self.getCell("B7").value).toBe("+1");
    expect(self.getCell("C7").value).toBe("-2");
    expect(self.getCell("A8").value).toBe("@SUM(A1)");
    const xml = await partXml(file, "xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("HYPERLINK");
    expect((xml.match(/<f>/g) ?? []).length).toBe(2);
  });

  it("asks Excel to recalculate on open, since formulas have no cached results", async () => {
    expect(await partXml(file, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("reports progress sheet by sheet, rising to 1", async () => {
    const reports: ProgressReport[] = [];
    await XlsxHost.create().apply(samplePlan(), (p) => reports.push(p));
    const fractions = reports.map((r) => r.fraction);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(reports.map((r) => r.step.en)).toEqual(
      expect.arrayContaining([`Writing sheet “${SELF}”`, `Writing sheet “${PEER}”`, `Writing sheet “${META}”`]),
    );
    expect(reports[0].step.vi).toBe(`Đang ghi trang tính “${SELF}”`);
  });
});

describe("reading ranges", () => {
  let host: XlsxHost;
  let file: Uint8Array;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Số liệu");
    sheet.getCell("A1").value = 12.5;
    sheet.getCell("B1").value = "Đơn vị A";
    sheet.getCell("C1").value = false;
    sheet.getCell("D1").value = { richText: [{ text: "Đạt " }, { font: { bold: true }, text: "tốt" }] };
    sheet.getCell("E1").value = { text: "trang chủ", hyperlink: "http://example.com" };
    sheet.getCell("F1").value = new Date(Date.UTC(2026, 0, 15));
    sheet.getCell("G1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    sheet.getCell("A2").value = { formula: "A1*2", result: 25 };
    sheet.getCell("B2").value = { formula: "A1-A1", result: 0 };
    sheet.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } as ExcelJS.CellErrorValue };
    sheet.getCell("D2").value = { formula: 'IF(A1>0,"Đạt","")', result: "Đạt" };
    sheet.getCell("E2").value = { formula: "A1>100", result: false };
    sheet.getCell("F2").value = { formula: "A1+1" };
    sheet.getCell("A4").value = 1;
    sheet.getCell("A5").value = 2;
    sheet.getCell("A6").value = 3;
    sheet.fillFormula("B4:C6", 'IF($A4>1,"A4",A4*B$2)+SUM(A$4:A4)', () => 1);
    sheet.getCell("A8").value = "gộp";
    sheet.mergeCells("A8:B8");
    file = await bytesOf(book);
    host = await XlsxHost.load(file);
  });

  it("reads numbers, text, booleans, rich text as plain text, hyperlink text, dates as serial numbers and errors", async () => {
    const [read] = await host.read([{ sheet: "Số liệu", range: "A1:H1" }]);
    // 2026-01-15: 45658 is 2025-01-01, + 365 days of 2025 = 46023 for 2026-01-01, + 14 days = 46037.
    expect(read.values).toEqual([[12.5, "Đơn vị A", false, "Đạt tốt", "trang chủ", 46037, "#REF!", null]]);
    expect(read.formulas).toEqual([]);
    expect(read.sheet).toBe("Số liệu");
    expect(read.range).toBe("A1:H1");
  });

  it("gives formula cells their cached result (0, false and errors included) and their formula text", async () => {
    const [read] = await host.read([{ sheet: "Số liệu", range: "A2:F2", formulas: true }]);
    expect(read.values).toEqual([[25, 0, "#DIV/0!", "Đạt", false, null]]);
    expect(read.formulas).toEqual([["A1*2", "A1-A1", "1/0", 'IF(A1>0,"Đạt","")', "A1>100", "A1+1"]]);
  });

  it("gives every cell of a shared formula its own text: relative parts move, anchors and quoted text stay", async () => {
    expect(await partXml(file, "xl/worksheets/sheet1.xml")).toContain('t="shared"');
    const [read] = await host.read([{ sheet: "Số liệu", range: "A4:C6", formulas: true }]);
    expect(read.formulas).toEqual([
      [null, 'IF($A4>1,"A4",A4*B$2)+SUM(A$4:A4)', 'IF($A4>1,"A4",B4*C$2)+SUM(B$4:B4)'],
      [null, 'IF($A5>1,"A4",A5*B$2)+SUM(A$4:A5)', 'IF($A5>1,"A4",B5*C$2)+SUM(B$4:B5)'],
      [null, 'IF($A6>1,"A4",A6*B$2)+SUM(A$4:A6)', 'IF($A6>1,"A4",B6*C$2)+SUM(B$4:B6)'],
    ]);
    expect(read.values).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 1, 1],
    ]);
  });

  it("reads the covered cells of a merge as blank, as Excel does", async () => {
    const [read] = await host.read([{ sheet: "Số liệu", range: "A8:B8", formulas: true }]);
    expect(read.values).toEqual([["gộp", null]]);
    expect(read.formulas).toEqual([[null, null]]);
  });

  it("finds a sheet whatever the case of its name, like Excel", async () => {
    const [read] = await host.read([{ sheet: "SỐ LIỆU", range: "A1" }]);
    expect(read.values).toEqual([[12.5]]);
  });

  it("reads a missing sheet or a bad range as an empty read, keeping the request order", async () => {
    const reads = await host.read([
      { sheet: "Không có", range: "A1:B2" },
      { sheet: "Số liệu", range: "A1" },
      { sheet: "Số liệu", range: "not a range" },
      { sheet: "Số liệu", range: "'Số liệu'!A1" },
    ]);
    expect(reads).toEqual([
      { sheet: "Không có", range: "A1:B2", values: [], formulas: [] },
      { sheet: "Số liệu", range: "A1", values: [[12.5]], formulas: [] },
      { sheet: "Số liệu", range: "not a range", values: [], formulas: [] },
      { sheet: "Số liệu", range: "'Số liệu'!A1", values: [], formulas: [] },
    ]);
  });

  it("reads an oversized range only where the sheet has cells", async () => {
    const [read] = await host.read([{ sheet: "Số liệu", range: "A1:XFD1048576" }]);
    // Row 8 holds the merge, column G the #REF! value: the last row and column with cells.
    expect(read.range).toBe("A1:G8");
    expect(read.values).toHaveLength(8);
    expect(read.values[0]).toHaveLength(7);
  });
});

describe("outline and names", () => {
  const NAMES_XML =
    "<definedName name=\"TD_Self\">'Tự chấm'!$B$4:$C$5</definedName>" +
    '<definedName name="TD_Broken">#REF!</definedName>' +
    "<definedName name=\"TD_Gone\">'Tự chấm'!#REF!</definedName>" +
    "<definedName name=\"TD_Two\">'Tự chấm'!$A$1,'Tự chấm'!$C$3</definedName>" +
    '<definedName name="Rate">0.5</definedName>' +
    "<definedName name=\"Cols\">'Tự chấm'!$A:$C</definedName>" +
    '<definedName name="Local" localSheetId="1">Hidden!$A$1</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Tự chấm\'!$1:$3</definedName>';
  let file: Uint8Array;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Tự chấm").getCell("A1").value = 1;
    book.addWorksheet("Hidden", { state: "hidden" });
    book.addWorksheet("_thidua", { state: "veryHidden" });
    file = await withDefinedNamesXml(await bytesOf(book), NAMES_XML);
  });

  it("lists sheets in order with their visibility", async () => {
    const { sheets } = await (await XlsxHost.load(file)).outline();
    expect(sheets).toEqual([
      { name: "Tự chấm", visibility: "visible" },
      { name: "Hidden", visibility: "hidden" },
      { name: "_thidua", visibility: "veryHidden" },
    ]);
  });

  it("gives each workbook name its sheet and range, and null for #REF!, several areas or a constant", async () => {
    const { names } = await (await XlsxHost.load(file)).outline();
    expect(names).toEqual([
      { name: "TD_Self", sheet: "Tự chấm", range: "B4:C5" },
      { name: "TD_Broken", sheet: null, range: null },
      { name: "TD_Gone", sheet: null, range: null },
      { name: "TD_Two", sheet: null, range: null },
      { name: "Rate", sheet: null, range: null },
      { name: "Cols", sheet: "Tự chấm", range: "A:C" },
    ]);
  });

  it("keeps every name it didn't write, broken and sheet-scoped ones included, when it saves", async () => {
    const host = await XlsxHost.load(file);
    await host.apply({
      styles: {},
      sheets: [{ key: "log", name: "Nhật ký", create: true, blocks: [{ at: "A1", cells: [[{ v: "x" }]] }] }],
      names: [{ name: "TD_Log", sheet: "Nhật ký", range: "$A$1:$A$1" }],
    });
    const stored = readWorkbookXmlNames(await partXml(await host.save(), "xl/workbook.xml"));
    expect(stored.sheets).toEqual(["Tự chấm", "Hidden", "_thidua", "Nhật ký"]);
    expect(stored.names).toEqual(
      expect.arrayContaining([
        { name: "TD_Self", formula: "'Tự chấm'!$B$4:$C$5" },
        { name: "TD_Broken", formula: "#REF!" },
        { name: "TD_Gone", formula: "'Tự chấm'!#REF!" },
        { name: "TD_Two", formula: "'Tự chấm'!$A$1,'Tự chấm'!$C$3" },
        { name: "Rate", formula: "0.5" },
        { name: "Cols", formula: "'Tự chấm'!$A:$C" },
        { name: "Local", formula: "Hidden!$A$1", localSheetId: 1 },
        { name: "_xlnm.Print_Titles", formula: "'Tự chấm'!$1:$3", localSheetId: 0 },
        { name: "TD_Log", formula: "'Nhật ký'!$A$1" },
      ]),
    );
    expect(stored.names).toHaveLength(9);
  });

  it("replaces an existing name of the same name, whatever its case, and leaves the others alone", async () => {
    const host = await XlsxHost.load(file);
    await host.apply({ styles: {}, sheets: [], names: [{ name: "TD_SELF", sheet: "Tự chấm", range: "$D$6:$E$9" }] });
    const { names } = await (await XlsxHost.load(await host.save())).outline();
    expect(names.filter((n) => n.name.toUpperCase() === "TD_SELF")).toEqual([
      { name: "TD_SELF", sheet: "Tự chấm", range: "D6:E9" },
    ]);
    expect(names).toHaveLength(6);
    expect(names).toContainEqual({ name: "Rate", sheet: null, range: null });
  });
});

describe("loading a file that is not a workbook", () => {
  async function loadError(bytes: Uint8Array): Promise<unknown> {
    try {
      await XlsxHost.load(bytes);
    } catch (error) {
      return error;
    }
    throw new Error("the file loaded");
  }

  it.each([
    ["plain text", new TextEncoder().encode("code,name\nA,Đơn vị A\n")],
    ["no bytes at all", new Uint8Array(0)],
  ])("refuses %s with a bilingual file-unreadable error, no stack from ExcelJS", async (_label, bytes) => {
    const error = await loadError(bytes);
    expect(error).toBeInstanceOf(HostError);
    const hostError = error as HostError;
    expect(hostError.code).toBe("file-unreadable");
    expect(hostError.detail.vi).toBe("Đây không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng.");
    expect(hostError.detail.en).toBe("It is not an Excel (.xlsx) file, or it is damaged.");
  });

  it("tells an Excel 97–2003 file (the OLE2 signature D0 CF 11 E0) to be saved as .xlsx", async () => {
    // The compound-file header of every .xls, then bytes no zip reader accepts.
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0x3e, 0, 3, 0, 0xfe, 0xff]);
    const error = (await loadError(xls)) as HostError;
    expect(error.code).toBe("file-unreadable");
    expect(error.detail.vi).toBe(
      "Đây là tệp Excel 97–2003 (.xls): hãy mở tệp bằng Excel, chọn Tệp › Lưu Như, chọn kiểu “Sổ làm việc Excel " +
        "(*.xlsx)”, rồi dùng tệp .xlsx vừa lưu.",
    );
    expect(error.detail.en).toContain("File › Save As");
    expect(error.detail.en).toContain("Excel Workbook (*.xlsx)");
  });

  it("refuses a workbook cut off halfway", async () => {
    const whole = await sampleFile();
    const error = await loadError(whole.slice(0, Math.floor(whole.length / 2)));
    expect((error as HostError).code).toBe("file-unreadable");
  });

  it("refuses a zip archive that holds no workbook", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const error = await loadError(await zip.generateAsync({ type: "uint8array" }));
    expect((error as HostError).code).toBe("file-unreadable");
  });

  it("opens the same bytes given as an ArrayBuffer", async () => {
    const bytes = await sampleFile();
    const copy = bytes.slice().buffer;
    const { sheets } = await (await XlsxHost.load(copy)).outline();
    expect(sheets.map((s) => s.name)).toEqual([SELF, PEER, META]);
  });
});

/** A ranking-style plan: values and a formula into the existing sheet "Xếp hạng", and a name. */
function resultPlan(): WorkbookPlan {
  return {
    styles: { award: { font: { bold: true }, fill: "#E2EFDA" } },
    sheets: [
      {
        key: "result",
        name: "Xếp hạng",
        create: false,
        blocks: [
          {
            at: "C3",
            cells: [
              [{ v: "Cờ thi đua", s: "award" }, { v: 1 }],
              [{ v: null }, { f: 'C3&" (đề xuất)"' }],
            ],
          },
        ],
        protect: true,
        validations: [{ range: "A1:F10", rule: { kind: "whole", min: 0, max: 1 }, errorTitle: "x", errorMessage: "y" }],
        columnWidths: { 0: 50 },
      },
    ],
    names: [{ name: "TD_Award", sheet: "Xếp hạng", range: "$C$3:$C$4" }],
  };
}

/** A user's sheet: numbers and text everywhere in A1:F10, a formula, bold cells, a merge, a validation, a password. */
async function userWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Xếp hạng");
  for (let r = 1; r <= 10; r++) {
    for (let c = 1; c <= 6; c++) sheet.getCell(r, c).value = c % 2 === 0 ? `ô ${r}.${c}` : r * 10 + c;
  }
  sheet.getCell("F10").value = { formula: "SUM(A1:E1)", result: 44 };
  sheet.getCell("A1").font = { bold: true };
  sheet.getCell("D4").numFmt = "0.0";
  sheet.getCell("A12").value = "ghi chú";
  sheet.mergeCells("A12:C12");
  sheet.getCell("E1").dataValidation = { type: "whole", operator: "between", formulae: [1, 5], allowBlank: true };
  sheet.getColumn(1).width = 14;
  await sheet.protect("mật khẩu", { spinCount: 10, formatColumns: true });
  book.addWorksheet("Ghi chú").getCell("B2").value = "không đổi";
  return bytesOf(book);
}

describe("writing into an existing sheet", () => {
  let before: Uint8Array;
  let after: Uint8Array;
  beforeAll(async () => {
    before = await userWorkbook();
    const host = await XlsxHost.load(before);
    await host.apply(resultPlan());
    after = await host.save();
  });

  it("writes the block's values, formula and style", async () => {
    const [read] = await (await XlsxHost.load(after)).read([{ sheet: "Xếp hạng", range: "C3:D4", formulas: true }]);
    expect(read.values).toEqual([
      ["Cờ thi đua", 1],
      [null, null],
    ]);
    expect(read.formulas).toEqual([
      [null, null],
      [null, 'C3&" (đề xuất)"'],
    ]);
    const sheet = (await openWithExcelJs(after)).getWorksheet("Xếp hạng")!;
    const cell = sheet.getCell("C3");
    expect(cell.font).toEqual({ bold: true });
    expect(cell.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } });
    expect(cell.protection?.locked).not.toBe(false);
    // D4 has no plan style: it keeps the user's number format.
    expect(sheet.getCell("D4").numFmt).toBe("0.0");
  });

  it("leaves every other cell's value, formula and style as the user left it", async () => {
    const [was] = await (await XlsxHost.load(before)).read([{ sheet: "Xếp hạng", range: "A1:H14", formulas: true }]);
    const [now] = await (await XlsxHost.load(after)).read([{ sheet: "Xếp hạng", range: "A1:H14", formulas: true }]);
    const oldSheet = (await openWithExcelJs(before)).getWorksheet("Xếp hạng")!;
    const newSheet = (await openWithExcelJs(after)).getWorksheet("Xếp hạng")!;
    let compared = 0;
    for (let r = 0; r < 14; r++) {
      for (let c = 0; c < 8; c++) {
        const inBlock = r >= 2 && r <= 3 && c >= 2 && c <= 3;
        if (inBlock) continue;
        expect([r, c, now.values[r][c], now.formulas[r][c]]).toEqual([r, c, was.values[r][c], was.formulas[r][c]]);
        expect(newSheet.getCell(r + 1, c + 1).style).toEqual(oldSheet.getCell(r + 1, c + 1).style);
        compared++;
      }
    }
    expect(compared).toBe(14 * 8 - 4);
    expect(now.values[9][5]).toBe(44);
    expect(now.formulas[9][5]).toBe("SUM(A1:E1)");
  });

  it("keeps the sheet's protection, merge, validation and widths, ignoring the plan's sheet-level settings", async () => {
    const protection = (xml: string) => /<sheetProtection[^>]*\/>/.exec(xml)?.[0];
    const oldXml = await partXml(before, "xl/worksheets/sheet1.xml");
    const newXml = await partXml(after, "xl/worksheets/sheet1.xml");
    expect(protection(oldXml)).toContain("hashValue=");
    expect(protection(newXml)).toBe(protection(oldXml));
    const sheet = (await openWithExcelJs(after)).getWorksheet("Xếp hạng")!;
    expect(sheet.getCell("C12").isMerged).toBe(true);
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
      .model;
    expect(Object.keys(validations)).toEqual(["E1"]);
    expect(sheet.getColumn(1).width).toBe(14);
  });

  it("leaves the user's other sheets alone", async () => {
    const [read] = await (await XlsxHost.load(after)).read([{ sheet: "Ghi chú", range: "A1:C3" }]);
    expect(read.values).toEqual([
      [null, null, null],
      [null, "không đổi", null],
      [null, null, null],
    ]);
  });

  it("writes the same content when the plan is applied a second time", async () => {
    const host = await XlsxHost.load(after);
    await host.apply(resultPlan());
    const again = await host.save();
    expect(await contentOf(again)).toEqual(await contentOf(after));
    const { names } = await (await XlsxHost.load(again)).outline();
    expect(names).toEqual([{ name: "TD_Award", sheet: "Xếp hạng", range: "C3:C4" }]);
  });

  it("refuses a plan whose sheet to write into is missing, before writing anything", async () => {
    const host = await XlsxHost.load(before);
    const plan = samplePlan();
    plan.sheets.push({ key: "result", name: "Không có", create: false, blocks: [] });
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "not-found" });
    expect((await host.outline()).sheets.map((s) => s.name)).toEqual(["Xếp hạng", "Ghi chú"]);
  });

  it("refuses to create a sheet whose name is taken, whatever its case, before writing anything", async () => {
    const host = await XlsxHost.load(before);
    const plan = samplePlan();
    plan.sheets.push({ key: "guide", name: "GHI CHÚ", create: true, blocks: [] });
    await expect(host.apply(plan)).rejects.toMatchObject({
      code: "general",
      detail: { en: "The workbook already has a sheet named “GHI CHÚ”, so it can't be created again." },
    });
    expect((await host.outline()).sheets).toHaveLength(2);
  });

  it("refuses a sheet name Excel rejects, such as the reserved History", async () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ key: "history", name: "History", create: true, blocks: [] }],
      names: [],
    };
    await expect(XlsxHost.create().apply(plan)).rejects.toMatchObject({ code: "unsupported" });
  });
});

describe("writing over the first cell of a filled (shared) formula", () => {
  async function filledSheet(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tổng hợp");
    [1, 2, 3].forEach((n, i) => (sheet.getCell(`A${4 + i}`).value = n));
    // Cached results: each cell is twice its left neighbour (B = 2, 4, 6; C = 4, 8, 12).
    sheet.fillFormula("B4:C6", "A4*2", (row: number, col: number) => (row - 3) * 2 ** (col - 1));
    return bytesOf(book);
  }

  const overwrite = (cell: CellSpec): WorkbookPlan => ({
    styles: {},
    sheets: [{ key: "final", name: "Tổng hợp", create: false, blocks: [{ at: "B4", cells: [[cell]] }] }],
    names: [],
  });

  it.each([
    ["a value", { v: 100 }, 100, null],
    ["another formula", { f: "A4*10" }, null, "A4*10"],
  ])("keeps the other cells' formulas when %s replaces the first", async (_label, cell, value, formula) => {
    const file = await filledSheet();
    expect(await partXml(file, "xl/worksheets/sheet1.xml")).toContain('t="shared"');
    const host = await XlsxHost.load(file);
    await host.apply(overwrite(cell as CellSpec));
    const [read] = await (
      await XlsxHost.load(await host.save())
    ).read([{ sheet: "Tổng hợp", range: "B4:C6", formulas: true }]);
    expect(read.formulas).toEqual([
      [formula, "B4*2"],
      ["A5*2", "B5*2"],
      ["A6*2", "B6*2"],
    ]);
    expect(read.values).toEqual([
      [value, 4],
      [4, 8],
      [6, 12],
    ]);
  });
});

describe("applying the same plan to two new workbooks", () => {
  it("gives the same content in every cell of every sheet", async () => {
    const first = await contentOf(await sampleFile());
    const second = await contentOf(await sampleFile());
    expect(second).toEqual(first);
    expect(first.map((r) => r.sheet)).toEqual([SELF, PEER, META]);
    expect(first[0].values[3][1]).toBe(8);
  });
});
