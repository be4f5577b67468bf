// The Office.js harness itself: Microsoft's client (excel-web-16.00.js) builds the requests and enforces its own
// rules (load before read, null objects, error objects), the in-memory Excel executes every request it receives
// faithfully and answers in the client's format, and what the handle counts (requests, bytes) is what crossed the
// transport.

import { createOfficeJsExcel } from "../../../fakes/officejs/createOfficeJsExcel";

/** A fresh harness with two sheets and a few values in the first. */
function harness() {
  const created = createOfficeJsExcel({ sheets: ["Sheet1", "Dữ liệu"], keepBodies: true });
  created.fake.seed("Sheet1", "A1:B2", [
    [1, "hai"],
    ["=A1*3", null],
  ]);
  return created;
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("load and sync, as Microsoft's client enforces them", () => {
  it("reads loaded properties after the sync, the values Excel holds", async () => {
    const { Excel } = harness();
    const out = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load("values,formulas,address");
      await context.sync();
      return { values: range.values, formulas: range.formulas, address: range.address };
    });
    // Without an evaluator a formula cell reads null; blanks read "" as Excel sends them.
    expect(out).toEqual({
      values: [
        [1, "hai"],
        [null, ""],
      ],
      formulas: [
        [1, "hai"],
        ["=A1*3", ""],
      ],
      address: "Sheet1!A1:B2",
    });
  });

  it("throws the client's PropertyNotLoaded for a property read without a load", async () => {
    const { Excel } = harness();
    const error = await failureOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        await context.sync();
        return range.values;
      }),
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded" });
  });

  it("reads back a property the add-in assigned without a load, as the client keeps it", async () => {
    const { Excel, fake } = harness();
    const value = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C1");
      range.values = [[42]];
      await context.sync();
      return range.values;
    });
    expect(value).toEqual([[42]]);
    expect(fake.cell("Sheet1", "C1").value).toBe(42);
  });

  it("sends nothing for a sync with nothing queued, and Excel.run's closing sync carries what is left", async () => {
    const { Excel, fake } = harness();
    fake.resetCounters();
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [["cuối"]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("Sheet1", "D1").value).toBe("cuối");
  });

  it("refuses a batch that returns no promise, as the client does", async () => {
    const { Excel } = harness();
    const error = await failureOf(Excel.run((() => undefined) as never));
    expect(error).toMatchObject({ code: "RunMustReturnPromise" });
  });
});

describe("null objects", () => {
  it("tells a missing sheet from a present one after the sync", async () => {
    const { Excel } = harness();
    const out = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("Dữ liệu").load("name");
      await context.sync();
      return { missing: missing.isNullObject, present: present.isNullObject, name: present.name };
    });
    expect(out).toEqual({ missing: true, present: false, name: "Dữ liệu" });
  });

  it("answers an empty sheet's used range as a null object", async () => {
    const { Excel } = harness();
    const isNull = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Dữ liệu").getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("runs nothing queued on a null object, and the rest of the request goes on", async () => {
    const { Excel, fake } = harness();
    await Excel.run(async (context) => {
      context.workbook.names.getItemOrNullObject("TD_KhongCo").delete();
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").values = [[7]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "E1").value).toBe(7);
  });
});

describe("errors in a request", () => {
  it("applies the actions before the failing one, none after, and gives the client's error object", async () => {
    const { Excel, fake } = harness();
    const error = await failureOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("F1").values = [["trước"]];
        context.workbook.worksheets.getItem("Không có").getRange("A1").values = [[1]];
        sheet.getRange("F2").values = [["sau"]];
        await context.sync();
      }),
    );
    expect(fake.cell("Sheet1", "F1").value).toBe("trước");
    expect(fake.cell("Sheet1", "F2").value).toBe("");
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
    // The client points at the failing statement itself, from the action Excel names.
    expect((error as { debugInfo: { statement: string } }).debugInfo.statement).toMatch(/getItem|Instantiate/);
  });

  it("reports Excel's own code and message for a value Excel refuses, with its location", async () => {
    const { Excel } = harness();
    const error = await failureOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, 2, 3]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      debugInfo: { errorLocation: "Range.values" },
    });
  });

  it("refuses several selected areas at getSelectedRange with InvalidSelection", async () => {
    const { Excel, fake } = harness();
    fake.select("Sheet1", "A1:B2,D4");
    const error = await failureOf(
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      code: "InvalidSelection",
      debugInfo: { errorLocation: "Workbook.getSelectedRange" },
    });
  });

  it("refuses a formula longer than Excel's 8,192 characters with FormulaLengthExceedsLimit", async () => {
    const { Excel } = harness();
    const long = `=${"1+".repeat(4100)}1`;
    expect(long.length).toBe(8202);
    const error = await failureOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("G1").formulas = [[long]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "FormulaLengthExceedsLimit" });
  });

  it("refuses to read more than 5,000,000 cells at once with RangeExceedsLimit", async () => {
    const { Excel } = harness();
    const error = await failureOf(
      Excel.run(async (context) => {
        // 5,000 rows × 1,001 columns: 5,005,000 cells.
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:ALM5000").load("values");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("what the handle counts is what crossed the transport", () => {
  it("counts real request bodies in UTF-8 bytes, and answers likewise", async () => {
    const { Excel, fake } = harness();
    fake.resetCounters();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Dữ liệu").getRange("A1").values = [["Thẩm định"]];
      await context.sync();
    });
    // The write, then the client's release of the range it kept by reference.
    const [request, release] = fake.requests;
    expect(fake.syncCount).toBe(1);
    expect(fake.requests.map((r) => r.kind)).toEqual(["sync", "cleanup"]);
    expect(request.requestBytes).toBe(Buffer.byteLength(request.body!, "utf8"));
    expect(request.responseBytes).toBe(Buffer.byteLength(request.response!, "utf8"));
    expect(fake.payloads).toEqual([request.requestBytes, release.requestBytes]);
    // The body is the client's RichApi message: object paths and actions, the value as the add-in gave it.
    const body = JSON.parse(request.body!) as { Actions: { Name: string }[]; ObjectPaths: object };
    expect(body.Actions.map((a) => a.Name)).toContain("Values");
    expect(JSON.stringify(body.ObjectPaths)).toContain('"Name":"GetRange"');
    expect(request.body).toContain("Thẩm định");
  });

  it("keeps a tracked range across requests, and records the client's release after the run, uncounted", async () => {
    const { Excel, fake } = harness();
    fake.resetCounters();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("H1");
      range.values = [[1]];
      await context.sync();
      range.values = [[2]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "H1").value).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.requests.map((r) => r.kind)).toEqual(["sync", "sync", "cleanup"]);
    expect(fake.requests[2].body).toContain("_RemoveReference");
  });

  it("makes an untracked range unusable after its request, as the client does", async () => {
    const { Excel } = harness();
    const error = await failureOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("H2").untrack();
        range.values = [[1]];
        await context.sync();
        range.values = [[2]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidObjectPath" });
  });

  it("refuses a request over the size limit whole (RequestPayloadSizeLimitExceeded), nothing applied", async () => {
    const { Excel, fake } = createOfficeJsExcel({ payloadLimit: 1000 });
    const error = await failureOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["ngắn"]];
        sheet.getRange("A2").values = [["x".repeat(2000)]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded", httpStatusCode: 400 });
    expect(fake.cell("Sheet1", "A1").value).toBe("");
  });

  it("applies a request whose answer is over the limit, and loses only the answer", async () => {
    const { Excel, fake } = createOfficeJsExcel();
    fake.seed("Sheet1", "A1", [["x".repeat(3000)]]);
    fake.setLimits({ responseLimit: 1000 });
    const error = await failureOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1").values = [["ghi"]];
        sheet.getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.cell("Sheet1", "B1").value).toBe("ghi");
  });

  it("checks requirement sets in the client, against the harness's Office", async () => {
    const { Excel } = createOfficeJsExcel({ maxApiVersion: "1.8" });
    const error = await failureOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });
});

describe("calculation", () => {
  it("keeps formulas written while calculation is suspended stale until a recalculation", async () => {
    const { Excel, fake } = harness();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("C1").formulas = [["=A1+1"]];
      await context.sync();
    });
    expect(fake.staleFormulas()).toEqual(["Sheet1!C1"]);
    await Excel.run(async (context) => {
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(fake.staleFormulas()).toEqual([]);
  });

  it("recalculates by itself after a request that did not suspend calculation", async () => {
    const { Excel, fake } = harness();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("C1").formulas = [["=A1+1"]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("C2").values = [[5]];
      await context.sync();
    });
    expect(fake.staleFormulas()).toEqual([]);
  });
});
