// The .xlsx host at the level of the file's parts: what it leaves byte for byte, what it writes that other readers
// check (CRC-32, content types), and files written by other tools (prefixed XML, inline strings, no shared strings).

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { crc32 } from "../../../src/hosts/xlsx/zipCodecJs";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { bytesOf, openWithExcelJs, partXml } from "./workbookFiles";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function threeSheets(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const name of ["Một", "Hai", "Ba"]) {
    const sheet = book.addWorksheet(name);
    sheet.getCell("A1").value = `trang ${name}`;
    sheet.getCell("B2").value = { formula: "1+1", result: 2 };
  }
  return bytesOf(book);
}

const writeInto = (sheet: string, cells: WorkbookPlan["sheets"][number]["blocks"][number]["cells"]): WorkbookPlan => ({
  styles: {},
  sheets: [{ key: "result", name: sheet, create: false, blocks: [{ at: "C3", cells }] }],
  names: [],
});

describe("saving after a write", () => {
  let before: Uint8Array;
  let after: Uint8Array;
  beforeAll(async () => {
    before = await threeSheets();
    const host = await XlsxHost.load(before);
    await host.apply(writeInto("Hai", [[{ v: "mới" }]]));
    after = await host.save();
  });

  it("keeps the XML of every sheet the plan did not touch exactly as it was", async () => {
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"]) {
      expect(await partXml(after, part)).toBe(await partXml(before, part));
    }
    expect(await partXml(after, "xl/worksheets/sheet2.xml")).not.toBe(
      await partXml(before, "xl/worksheets/sheet2.xml"),
    );
  });

  it("keeps cells in column order when a plan writes left of a row's cells, as Excel requires", async () => {
    const host = await XlsxHost.load(before);
    await host.apply({
      styles: {},
      sheets: [{ key: "result", name: "Ba", create: false, blocks: [{ at: "A2", cells: [[{ v: 7 }]] }] }],
      names: [],
    });
    const xml = await partXml(await host.save(), "xl/worksheets/sheet3.xml");
    const row = /<row r="2"[^>]*>(.*?)<\/row>/.exec(xml)?.[1] ?? "";
    expect([...row.matchAll(/<c r="([A-Z]+2)"/g)].map((m) => m[1])).toEqual(["A2", "B2"]);
  });

  it("stores every part with the CRC-32 a zip reader checks", async () => {
    const zip = await JSZip.loadAsync(after, { checkCRC32: true });
    const texts = await Promise.all(Object.values(zip.files).map((f) => f.async("string")));
    expect(texts.length).toBeGreaterThan(5);
  });

  it("computes CRC-32 as the zip format defines it (check value of 123456789: CBF43926)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("a file written by another tool", () => {
  // SpreadsheetML under the prefix x: (as the Open XML SDK writes), inline strings, no shared strings part, rows and
  // cells without their r attribute, a string formula result and an ISO date cell.
  async function foreignFile(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="s1" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
    );
    zip.file(
      "xl/workbook.xml",
      `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets>` +
        '<x:sheet name="Dữ liệu" sheetId="7" r:id="s1"/></x:sheets></x:workbook>',
    );
    zip.file(
      "xl/worksheets/data.xml",
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        '<x:row><x:c t="inlineStr"><x:is><x:t>Đơn vị &amp; cụm</x:t></x:is></x:c><x:c><x:v>7.5</x:v></x:c></x:row>' +
        '<x:row><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c t="d"><x:v>2026-01-15T00:00:00</x:v></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
    );
    return zip.generateAsync({ type: "uint8array" });
  }

  it("reads its sheets, texts, numbers, formulas and dates", async () => {
    const host = await XlsxHost.load(await foreignFile());
    expect((await host.outline()).sheets).toEqual([{ name: "Dữ liệu", visibility: "visible" }]);
    const [read] = await host.read([{ sheet: "Dữ liệu", range: "A1:B2", formulas: true }]);
    // 2026-01-15 is serial 46037 (45658 is 2025-01-01, + 365 + 14).
    expect(read.values).toEqual([
      ["Đơn vị & cụm", 7.5],
      ["ab", 46037],
    ]);
    expect(read.formulas).toEqual([
      [null, null],
      ['"a"&"b"', null],
    ]);
  });

  it("adds a sheet with the shared strings and styles parts the file lacked, keeping its own sheet", async () => {
    const host = await XlsxHost.load(await foreignFile());
    await host.apply({
      styles: { bold: { font: { bold: true } } },
      sheets: [
        { key: "result", name: "Kết quả", create: true, blocks: [{ at: "A1", cells: [[{ v: "Hạng", s: "bold" }]] }] },
      ],
      names: [],
    });
    const saved = await host.save();
    // ExcelJS (the independent reader) reads the new sheet; it cannot read prefixed sheets, so ours reads the old one.
    const made = (await openWithExcelJs(saved)).getWorksheet("Kết quả")!.getCell("A1");
    expect(made.value).toBe("Hạng");
    expect(made.font).toEqual({ bold: true });
    const again = await XlsxHost.load(saved);
    expect((await again.outline()).sheets.map((s) => s.name)).toEqual(["Dữ liệu", "Kết quả"]);
    const [read] = await again.read([{ sheet: "Dữ liệu", range: "A1:B1" }]);
    expect(read.values).toEqual([["Đơn vị & cụm", 7.5]]);
    const types = await partXml(saved, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/sharedStrings.xml"');
    expect(types).toContain('PartName="/xl/styles.xml"');
  });
});

describe("writing into a sheet a user formatted", () => {
  async function formatted(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Điểm");
    sheet.getCell("C3").font = { italic: true, size: 13 };
    sheet.getCell("C3").numFmt = "0.0";
    for (let c = 1; c <= 5; c++) sheet.getColumn(c).width = 12;
    return bytesOf(book);
  }

  it("unlocks an input cell without a plan style and keeps its own font and number format", async () => {
    const host = await XlsxHost.load(await formatted());
    await host.apply(writeInto("Điểm", [[{ v: 8.5, input: true }]]));
    const cell = (await openWithExcelJs(await host.save())).getWorksheet("Điểm")!.getCell("C3");
    expect(cell.value).toBe(8.5);
    expect(cell.font).toMatchObject({ italic: true, size: 13 });
    expect(cell.numFmt).toBe("0.0");
    expect(cell.protection?.locked).toBe(false);
  });

  it("hides one column of a run of equal widths, leaving the others shown at their width", async () => {
    const host = await XlsxHost.load(await formatted());
    const plan = writeInto("Điểm", [[{ v: 1 }]]);
    plan.sheets[0].hiddenColumns = [2];
    await host.apply(plan);
    const sheet = (await openWithExcelJs(await host.save())).getWorksheet("Điểm")!;
    expect([1, 2, 3, 4, 5].map((c) => [sheet.getColumn(c).width, sheet.getColumn(c).hidden])).toEqual([
      [12, false],
      [12, false],
      [12, true],
      [12, false],
      [12, false],
    ]);
  });
});

describe("a workbook with a calculation chain", () => {
  it("drops the chain once cells change, since it would list formulas that are gone", async () => {
    const zip = await JSZip.loadAsync(await threeSheets());
    zip.file("xl/calcChain.xml", `<?xml version="1.0"?><calcChain xmlns="${MAIN}"><c r="B2" i="1"/></calcChain>`);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const host = await XlsxHost.load(await zip.generateAsync({ type: "uint8array" }));
    await host.apply(writeInto("Một", [[{ f: "2+2" }]]));
    const saved = await JSZip.loadAsync(await host.save());
    expect(saved.file("xl/calcChain.xml")).toBeNull();
    expect(await saved.file("[Content_Types].xml")!.async("string")).not.toContain("calcChain");
    expect(await saved.file("xl/_rels/workbook.xml.rels")!.async("string")).not.toContain("calcChain");
  });
});
