// Office.js proxy semantics in the fake: queued commands, loads filled at sync, counted requests, loud gaps.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("load and sync", () => {
  it("throws PropertyNotLoaded for a property that was never loaded", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws for a loaded property until the sync that fetches it", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.seed("Sheet1", "A1", [[42]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  it("keeps loaded values as a snapshot until the next load", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.load("values");
      await context.sync();
      const other = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      other.values = [[2]];
      await context.sync();
      expect(range.values).toEqual([[1]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("reads back a value assigned on the proxy without a load, as Office.js keeps it", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill;
      fill.color = "#00FF00";
      expect(fill.color).toBe("#00FF00");
      await context.sync();
    });
  });

  it("loads nested navigation paths and collection items", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Hướng dẫn", "Cài đặt"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const range = sheets.getItem("Cài đặt").getRange("B2");
      range.format.font.bold = true;
      range.load(["format/font/bold", "format/fill/color", "address"]);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Hướng dẫn", "Cài đặt"]);
      expect(range.format.font.bold).toBe(true);
      // A cell without fill reports white.
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect(range.address).toBe("'Cài đặt'!B2");
      expect(() => sheets.items[0].position).toThrow(/not available/);
    });
  });

  it("loads every scalar property with a bare load()", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D3");
      range.load();
      await context.sync();
      expect([range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, range.cellCount]).toEqual([
        1, 1, 2, 3, 6,
      ]);
    });
  });

  it("applies queued commands in the order they were queued", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["first"]];
      cell.load("values");
      cell.values = [["second"]];
      const after = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      // The load ran between the two writes; the second proxy's load ran after both.
      expect(cell.values).toEqual([["first"]]);
      expect(after.values).toEqual([["second"]]);
    });
    expect(fake.cell("Sheet1", "A1").value).toBe("second");
  });

  it("changes nothing in the workbook before the sync", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
      expect(fake.cell("Sheet1", "A1").value).toBe("");
      await context.sync();
      expect(fake.cell("Sheet1", "A1").value).toBe(7);
    });
  });

  it("counts only syncs that carry commands, and Excel.run sends what is left in a closing sync", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      await context.sync(); // nothing queued: no request
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync(); // request 1
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      // returning without a sync: Excel.run's closing sync is request 2
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncCalls).toBe(3);
    expect(fake.cell("Sheet1", "A2").value).toBe(2);
  });

  it("passes the value given to sync() through", async () => {
    const { Excel } = createFakeExcel();
    const result = await Excel.run(async (context) => context.sync("done"));
    expect(result).toBe("done");
  });

  it("refuses a batch function that returns no promise", async () => {
    const { Excel } = createFakeExcel();
    const run = Excel.run as unknown as (batch: (c: unknown) => unknown) => Promise<unknown>;
    await expect(run(() => 5)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("reuses the request context of earlier objects in Excel.run(object, batch)", async () => {
    const { Excel, fake } = createFakeExcel();
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1").getRange("C3").track();
      await context.sync();
    });
    await Excel.run(kept!, async (context) => {
      kept!.values = [["again"]];
      expect(kept!.context).toBe(context);
      await context.sync();
    });
    expect(fake.cell("Sheet1", "C3").value).toBe("again");
  });

  it("refuses a proxy from another request context as an argument", async () => {
    const { Excel } = createFakeExcel();
    let foreign: Excel.Range | undefined;
    await Excel.run(async (context) => {
      foreign = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    await Excel.run(async (context) => {
      expect(() => context.workbook.names.add("Elsewhere", foreign!)).toThrow(
        expect.objectContaining({ code: "InvalidRequestContext" }),
      );
      await context.sync();
    });
  });

  it("fills ClientResult values at sync and throws ValueNotLoaded before", async () => {
    const { Excel } = createFakeExcel({ sheets: ["A", "B", "C"] });
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(3);
    });
  });

  it("fails loudly on members the fake does not implement", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => range.valuesAsJson).toThrow("not implemented in the fake: Range.valuesAsJson");
      expect(() => (range as unknown as Excel.Range).load("hyperlink")).toThrow("not implemented in the fake");
      const workbook = context.workbook as unknown as Record<string, unknown>;
      expect(() => workbook.tables).toThrow("not implemented in the fake: Workbook.tables");
      await context.sync();
    });
  });

  it("refuses writes to read-only properties", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as { address: string };
      expect(() => {
        range.address = "B2";
      }).toThrow("The property 'address' is read-only and it cannot be updated.");
      await context.sync();
    });
  });
});
