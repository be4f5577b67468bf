// The Office host writing plans through Microsoft's Office.js client into the in-memory Excel: every part of a plan
// lands (cells, formats, locks, validations, conditional formats, names, layout, print, protection, visibility) in
// one request, text stays text, big plans go in requests under 4.5 MiB as the client sends them, existing sheets keep
// everything outside the plan, and refusals become HostError values.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { HostError, type ProgressReport } from "../../../src/workbook/host/hostTypes";
import type { CellSpec, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { PAYLOAD_CEILING } from "../../../src/hosts/office/payloadSize";
import { createOfficeJsExcel, type OfficeJsOptions } from "../../fakes/officejs/createOfficeJsExcel";
import { META, PEER, SELF, officePlan } from "./officePlan";

async function applied(plan: WorkbookPlan = officePlan(), options: OfficeJsOptions = {}) {
  const { Excel, Office, fake } = createOfficeJsExcel(options);
  const host = new OfficeHost(Excel, Office);
  await host.outline();
  fake.resetCounters();
  await host.apply(plan);
  return { fake, host, Excel };
}

describe("applying a plan to a new workbook", () => {
  let fake: Awaited<ReturnType<typeof applied>>["fake"];
  beforeAll(async () => {
    ({ fake } = await applied());
  });

  it("writes the whole plan in one request, calculation suspended, then recalculates what it wrote", () => {
    expect(fake.syncCount).toBe(1);
    expect(fake.maxPayload).toBeLessThan(PAYLOAD_CEILING);
    expect(fake.applicationCalls).toEqual([
      { sync: 1, call: "suspendApiCalculationUntilNextSync" },
      { sync: 1, call: "calculate(Recalculate)" },
    ]);
    expect(fake.staleFormulas()).toEqual([]);
  });

  it("adds the sheets in plan order, the tab colour set and the metadata sheet very hidden", () => {
    expect(fake.sheetNames()).toEqual(["Sheet1", SELF, PEER, META]);
    expect(fake.sheet(SELF).tabColor).toBe("#2E75B6");
    expect(fake.sheet(SELF).visibility).toBe("Visible");
    expect(fake.sheet(META).visibility).toBe("VeryHidden");
    expect(fake.activeSheet()).toBe("Sheet1");
  });

  it("writes values and formulas, without the _xlfn. prefix Office.js doesn't parse", () => {
    expect(fake.values(SELF, "A3:C4")).toEqual([
      ["Mã", "U1", "U2"],
      ["1.1", 8, ""],
    ]);
    expect(fake.cell(SELF, "B6").formula).toBe("=SUM(B4:B4)");
    expect(fake.cell(SELF, "C6").formula).toBe("=RANK.EQ(B4,B4:C4)");
    expect(fake.values(SELF, "B8:C8")).toEqual([[true, 0]]);
    expect(fake.cell(PEER, "C2").value).toBe(7.5);
    expect(fake.cell(META, "A1").value).toBe('{"contract":1}');
  });

  it.each([
    ["A7", '=HYPERLINK("http://x")'],
    ["B7", "+1"],
    ["C7", "-2"],
    ["A8", "@SUM(A1)"],
    ["A9", "'quoted"],
    ["B9", "TRUE"],
    ["C9", "50%"],
    ["A4", "1.1"],
  ])("keeps the text in %s as text: %j", (address, text) => {
    const cell = fake.cell(SELF, address);
    expect(cell.formula).toBeNull();
    expect(cell.value).toBe(text);
    expect(cell.valueType).toBe("String");
    expect(cell.numberFormat).toBe("General");
  });

  it("writes text into a Text-format cell verbatim, without an apostrophe", () => {
    const cell = fake.cell(SELF, "C5");
    expect(cell).toMatchObject({ value: "=1+1", formula: null, quotePrefix: false, numberFormat: "@" });
    expect(fake.cell(SELF, "B5")).toMatchObject({ value: "Đạt", quotePrefix: false, numberFormat: "@" });
  });

  it("formats header cells with font, fill, alignment, wrapping and thin borders on every side", () => {
    const header = fake.cell(SELF, "B3");
    expect(header.font).toMatchObject({ name: "Times New Roman", size: 12, bold: true, color: "#1F4E79" });
    expect(header.fill).toBe("#D9D9D9");
    expect(header).toMatchObject({ horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true });
    for (const side of ["top", "bottom", "left", "right"]) {
      expect(header.borders[side]).toEqual({ style: "Continuous", color: "#000000", weight: "Thin" });
    }
  });

  it("gives number formats to styled cells and leaves unstyled cells at Excel's defaults", () => {
    expect(fake.cell(SELF, "B4")).toMatchObject({ numberFormat: "#,##0.00", fill: "#FFF9E6" });
    expect(fake.cell(SELF, "B6").numberFormat).toBe("#,##0.00");
    const plain = fake.cell(SELF, "A4");
    expect(plain).toMatchObject({ numberFormat: "General", fill: null, horizontalAlignment: "General" });
    expect(plain.font).toMatchObject({ name: "Calibri", size: 11, bold: false });
    expect(plain.borders.top.style).toBe("None");
  });

  it("unlocks input cells only", () => {
    expect(["B4", "C4", "B5", "C5"].map((a) => fake.cell(SELF, a).locked)).toEqual([false, false, false, false]);
    expect(["A4", "B6", "C6", "A3", "D4"].map((a) => fake.cell(SELF, a).locked)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(fake.cell(PEER, "C2").locked).toBe(false);
    expect(fake.cell(PEER, "B2").locked).toBe(true);
  });

  it("merges the title, sets column widths in points and hides the hidden column", () => {
    expect(fake.merges(SELF)).toEqual(["A1:C1"]);
    // 30 characters: 210 px = 157.5 pt; 12 characters: 84 px = 63 pt (see columnWidthPoints.test.ts).
    expect(fake.cell(SELF, "A1").columnWidth).toBe(157.5);
    expect(fake.cell(SELF, "B1").columnWidth).toBe(63);
    expect(fake.cell(SELF, "C1").columnWidth).toBe(48);
    expect(fake.cell(SELF, "D1").columnWidth).toBe(0);
  });

  it("adds a decimal rule with numeric bounds, a stop alert and a prompt, and a list rule without prompt", () => {
    expect(fake.validations(SELF)).toEqual([
      {
        address: "B4:C4",
        // Numbers, not "0" and "10": Excel reads a number in a string in the user's locale.
        rule: { decimal: { formula1: 0, formula2: 10, operator: "Between" } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Giá trị không hợp lệ",
          message: "Điểm phải từ 0 đến 10.",
        },
        prompt: { showPrompt: true, title: "Tiêu chí 1.1", message: "Nhập điểm từ 0 đến 10." },
        ignoreBlanks: true,
      },
      {
        address: "B5:C5",
        rule: { list: { inCellDropDown: true, source: "Đạt,Không đạt" } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Giá trị không hợp lệ",
          message: "Chọn Đạt hoặc Không đạt.",
        },
        prompt: { showPrompt: false, title: "", message: "" },
        ignoreBlanks: true,
      },
    ]);
  });

  it("adds custom conditional formats with the plan's first rule on top", () => {
    expect(fake.conditionalFormats(SELF)).toEqual([
      expect.objectContaining({
        address: "B4:C4",
        type: "Custom",
        priority: 0,
        rule: { formula: "=AND(ISNUMBER(B4),B4>10)" },
        format: { "fill.color": "#FFC7CE", "font.color": "#9C0006", "font.bold": true },
      }),
      expect.objectContaining({
        address: "B6:C6",
        priority: 1,
        rule: { formula: "=B6<0" },
        format: { "fill.color": "#E7E6E6" },
      }),
    ]);
  });

  it("freezes rows and columns, and sets A4 paper, orientation, fit to width, title rows and print area", () => {
    expect(fake.sheet(SELF).freeze).toEqual({ rows: 3, columns: 1 });
    expect(fake.sheet(PEER).freeze).toEqual({ rows: 2, columns: 0 });
    expect(fake.sheet(SELF).pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      // Fit to width as a scale: columns of 157.5, 63 and 48 points fit a landscape page at 100 %.
      zoom: { scale: 100 },
      printTitleRows: "$1:$3",
      printArea: "$A$1:$C$9",
    });
    expect(fake.sheet(PEER).pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { scale: 100 },
      printTitleRows: "$2:$2",
      printArea: null,
    });
  });

  it("protects the sheets the plan protects, without a password and with nothing else allowed", () => {
    for (const sheet of [SELF, META]) {
      const { protection } = fake.sheet(sheet);
      expect(protection.protected).toBe(true);
      expect(protection.password).toBeNull();
      expect(Object.entries(protection.options).filter(([k, v]) => k.startsWith("allow") && v !== false)).toEqual([]);
    }
    expect(fake.sheet(PEER).protection.protected).toBe(false);
  });

  it("defines the workbook names on the plan's ranges", () => {
    expect(fake.names().map((n) => [n.name, n.scope, n.formula])).toEqual([
      ["TD_Self", null, "='Tự chấm'!$B$4:$C$5"],
      ["TD_Peer_OB", null, "='CC O''Brien'!$B$2:$C$2"],
      ["TD_Meta", null, "=_thidua!$A$1"],
    ]);
  });
});

describe("applying on Excel with ExcelApi 1.8 only", () => {
  it("writes everything but the print setup, which needs ExcelApi 1.9", async () => {
    const { fake } = await applied(officePlan(), { maxApiVersion: "1.8" });
    expect(fake.cell(SELF, "B4").value).toBe(8);
    expect(fake.sheet(SELF).protection.protected).toBe(true);
    expect(fake.sheet(SELF).pageLayout).toMatchObject({ paperSize: "Letter", printTitleRows: null });
  });
});

describe("replacing names and refusing clashes", () => {
  it("replaces a name that already exists instead of failing", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel({ sheets: ["Sheet1", "Cũ"] });
    await Excel.run(async (context) => {
      context.workbook.names.add("TD_Self", "='Cũ'!$A$1");
      await context.sync();
    });
    const host = new OfficeHost(Excel, Office);
    await host.apply(officePlan());
    expect(
      fake
        .names()
        .filter((n) => n.name === "TD_Self")
        .map((n) => n.formula),
    ).toEqual(["='Tự chấm'!$B$4:$C$5"]);
  });

  it("refuses to create a sheet that exists, before writing anything", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel({ sheets: ["Sheet1", PEER] });
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    const syncs = fake.syncCount;
    const error = await host.apply(officePlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "general" });
    expect((error as HostError).detail.vi).toContain(`“${PEER}”`);
    expect(fake.syncCount).toBe(syncs);
    expect(fake.snapshot()).toEqual(before);
  });
});

/** A sheet of `rows` × 100 cells of long Vietnamese text, 88 bytes each in JSON with its quotes. */
function bigPlan(rows: number): WorkbookPlan {
  const text = (r: number, c: number) =>
    `Văn bản minh chứng số ${r + 1}.${c + 1} của đơn vị, ghi rõ nơi lưu trữ bản gốc`;
  const cells: CellSpec[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 100 }, (_, c) => ({ v: text(r, c), s: c % 2 === 0 ? "even" : "odd", input: c === 0 })),
  );
  return {
    styles: { even: { fill: "#FFF9E6" }, odd: { font: { bold: true } } },
    sheets: [{ key: "evidence", name: "Minh chứng", create: true, blocks: [{ at: "B2", cells }], protect: true }],
    names: [{ name: "TD_Evidence", sheet: "Minh chứng", range: `$B$2:$CW$${rows + 1}` }],
  };
}

describe("a plan over 4.5 MiB", () => {
  it("goes in two requests, each under 4.5 MiB as Office.js sends it, lands complete, protection last", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel();
    const host = new OfficeHost(Excel, Office);
    const progress: ProgressReport[] = [];
    const plan = bigPlan(500);
    await host.apply(plan, (p) => progress.push(p));
    // The first cell's text is 86 UTF-8 bytes (64 characters, several Vietnamese letters of 2 or 3 bytes), later
    // ones up to 4 more for longer numbers; with quotes and commas the 50,000 cells make 4,585,200 bytes of JSON
    // (4.37 MiB), and Office.js adds its object paths and actions: more than one request of 4.5 MiB, less than two.
    expect(fake.syncCount).toBe(2);
    expect(fake.payloads.every((p) => p <= PAYLOAD_CEILING)).toBe(true);
    expect(fake.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_CEILING);
    expect(fake.applicationCalls.map((c) => [c.sync, c.call])).toEqual([
      [1, "suspendApiCalculationUntilNextSync"],
      [2, "suspendApiCalculationUntilNextSync"],
      [2, "calculate(Recalculate)"],
    ]);
    const expected = plan.sheets[0].blocks[0].cells.map((line) => line.map((c) => c.v));
    expect(fake.values("Minh chứng", "B2:CW501")).toEqual(expected);
    expect(fake.cell("Minh chứng", "CW501").font.bold).toBe(true);
    expect(fake.cell("Minh chứng", "B501")).toMatchObject({ fill: "#FFF9E6", locked: false });
    expect(fake.sheet("Minh chứng").protection.protected).toBe(true);
    expect(progress.map((p) => p.fraction)).toEqual([0.5, 1]);
    expect(progress[0].step.en).toBe("Writing to Excel (part 1 of 2)");
    expect(progress[1].step.vi).toBe("Đang ghi vào Excel (phần 2/2)");
  });

  it("still goes in one request when the same sheet is small", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel();
    await new OfficeHost(Excel, Office).apply(bigPlan(20));
    expect(fake.syncCount).toBe(1);
  });
});

/** A results-like plan writing into an existing sheet: two styled cells, one input, and the log's next row. */
function resultPlan(sheet: string, touches: string[] = [sheet]): WorkbookPlan {
  return {
    styles: { text: { font: { name: "Times New Roman", size: 12 }, vertical: "top", border: true } },
    sheets: [
      {
        key: "result",
        name: sheet,
        create: false,
        blocks: [
          {
            at: "B2",
            cells: [
              [
                { v: "Cờ thi đua", s: "text" },
                { v: "=1", s: "text" },
              ],
              [{ v: 3 }, { v: null, input: true }],
            ],
          },
        ],
      },
    ],
    names: [],
    touches,
  };
}

/** The fake's snapshot with the given cells of one sheet left out. */
function outside(snapshot: unknown, sheet: string, addresses: string[]): unknown {
  const copy = structuredClone(snapshot) as { sheets: { name: string; cells: Record<string, unknown> }[] };
  const target = copy.sheets.find((s) => s.name === sheet)!;
  for (const a of addresses) delete target.cells[a];
  return copy;
}

async function userWorkbook(password?: string) {
  const { Excel, Office, fake } = createOfficeJsExcel({ sheets: ["Xếp hạng", "Ghi chú"] });
  fake.seed("Xếp hạng", "A1:D4", [
    ["Mã", "Tên", "Đề xuất", "Ghi chú"],
    ["DV01", "Phường Đông", "", "giữ nguyên"],
    ["DV02", "Xã Tây", "", 12],
    ["Tổng", "", "", "=SUM(D2:D3)"],
  ]);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Xếp hạng");
    sheet.getRange("A1:D1").format.fill.color = "#DDEBF7";
    sheet.getRange("C3").format.protection.locked = false;
    sheet.getRange("D2:D3").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } };
    sheet.getRange("A2:A3").conditionalFormats.add("Custom").custom.rule.formula = '=A2="DV01"';
    sheet.protection.protect({ allowFormatColumns: true }, password);
    await context.sync();
  });
  return { Excel, Office, fake };
}

describe("writing into an existing sheet", () => {
  it("changes only the plan's cells and puts the sheet's own protection back", async () => {
    const { Excel, Office, fake } = await userWorkbook();
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    fake.resetCounters();
    await host.apply(resultPlan("Xếp hạng"));
    expect(fake.syncCount).toBe(1);
    const block = ["B2", "C2", "B3", "C3"];
    expect(outside(fake.snapshot(), "Xếp hạng", block)).toEqual(outside(before, "Xếp hạng", block));
    expect(fake.sheet("Xếp hạng").protection).toMatchObject({ protected: true, options: { allowFormatColumns: true } });
    expect(fake.values("Xếp hạng", "B2:C3")).toEqual([
      ["Cờ thi đua", "=1"],
      [3, ""],
    ]);
    expect(fake.cell("Xếp hạng", "C2")).toMatchObject({ formula: null, quotePrefix: true, locked: true });
  });

  it("gives styled cells their whole style and every written cell the plan's lock state", async () => {
    const { Excel, Office, fake } = await userWorkbook();
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    await host.apply(resultPlan("Xếp hạng"));
    // B2 had the user's header fill: the plan's style has none, so it goes, as the .xlsx host replaces a style.
    expect(fake.cell("Xếp hạng", "B2")).toMatchObject({ fill: null, verticalAlignment: "Top", locked: true });
    expect(fake.cell("Xếp hạng", "B2").borders.left.style).toBe("Continuous");
    // B3 has no plan style: it keeps its format and only follows the lock state; C3 was unlocked by the user and is
    // an input cell in the plan.
    expect(fake.cell("Xếp hạng", "B3")).toMatchObject({ fill: null, verticalAlignment: "Bottom", locked: true });
    expect(fake.cell("Xếp hạng", "C3").locked).toBe(false);
  });

  it("protects a touched sheet with the contract's options when no outline came first", async () => {
    const { Excel, Office, fake } = await userWorkbook();
    await new OfficeHost(Excel, Office).apply(resultPlan("Xếp hạng"));
    expect(fake.sheet("Xếp hạng").protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: false },
    });
  });

  it("refuses a sheet the workbook doesn't have, before writing anything", async () => {
    const { Excel, Office, fake } = await userWorkbook();
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    fake.resetCounters();
    const error = await host.apply(resultPlan("Kết quả")).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "not-found" });
    expect((error as HostError).detail.en).toContain("“Kết quả”");
    expect(fake.syncCount).toBe(0);
  });
});

describe("a sheet protected with a password by its user", () => {
  it("is refused as protected, with the sheet named and the way out, and nothing changes", async () => {
    const { Excel, Office, fake } = await userWorkbook("mật-khẩu");
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    const error = await host.apply(resultPlan("Xếp hạng")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "protected" });
    expect((error as HostError).detail.vi).toContain("“Xếp hạng” đang được bảo vệ bằng mật khẩu");
    expect((error as HostError).detail.en).toContain("Unprotect it (Review › Unprotect Sheet)");
    expect(fake.snapshot()).toEqual(before);
  });

  it("leaves the other touched sheets protected as they were", async () => {
    const { Excel, Office, fake } = await userWorkbook("mật-khẩu");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ghi chú").protection.protect({ allowSort: true });
      await context.sync();
    });
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    const plan = resultPlan("Xếp hạng", ["Ghi chú", "Xếp hạng"]);
    await expect(host.apply(plan)).rejects.toMatchObject({ code: "protected" });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.sheet("Ghi chú").protection).toMatchObject({ protected: true, options: { allowSort: true } });
  });
});

describe("Excel failing at the apply request", () => {
  it("reports an internal error as one clear sentence with the next step, and leaves the workbook as it was", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel();
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    fake.failSync(1, { code: "GeneralException", message: "Internal error at RichApi.Batch" });
    const error = (await host.apply(officePlan()).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("general");
    // The cause and next step, then what the failed write left (here: the new sheet taken back).
    expect(error.detail.en).toBe(
      "Excel reported an internal error while processing the request. Save the file, reopen the workbook and run again." +
        " What had been written was taken back; the workbook is as it was before.",
    );
    expect(error.detail.vi).toContain("Hãy lưu tệp, mở lại sổ tính rồi chạy lại.");
    expect(error.message).not.toContain("RichApi");
    expect(fake.snapshot()).toEqual(before);
  });

  it("reports a request Excel finds too large with Excel on the web's limit, the host's and what was left", async () => {
    const { Excel, Office } = createOfficeJsExcel({ payloadLimit: 2000 });
    const error = await new OfficeHost(Excel, Office).apply(officePlan()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "payload-too-large" });
    expect((error as HostError).detail.en).toContain("at most 5 MB at a time");
    expect((error as HostError).detail.en).toContain("Nothing in the workbook was changed.");
  });

  it("reports a formula longer than Excel allows as such, and takes back what it had added", async () => {
    const { Excel, Office, fake } = createOfficeJsExcel();
    const host = new OfficeHost(Excel, Office);
    await host.outline();
    const before = fake.snapshot();
    const plan = officePlan();
    // 8,202 characters: over Excel's formula limit.
    plan.sheets[0].blocks[1].cells[3][1] = { f: `${"1+".repeat(4100)}1`, s: "points" };
    const error = (await host.apply(plan).catch((e: unknown) => e)) as HostError;
    expect(error.detail.en).toBe(
      "A formula the add-in has to write is longer than Excel allows (usually because the cluster has too many " +
        "cross-scoring units). Split the cluster into smaller workbooks, then run again. What had been written was " +
        "taken back; the workbook is as it was before.",
    );
    expect(error.detail.vi).toContain("dài hơn giới hạn của Excel");
    expect(fake.snapshot()).toEqual(before);
  });

  it("reports a protected workbook structure as protected", async () => {
    const { Excel, Office } = createOfficeJsExcel();
    await Excel.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    await expect(new OfficeHost(Excel, Office).apply(officePlan())).rejects.toMatchObject({ code: "protected" });
  });
});
