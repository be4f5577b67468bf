// Errors at sync: partial application (Excel has no rollback), error shape, payload limits and injected faults.

import { createFakeExcel } from "../../../fakes/excel/createFakeExcel";

describe("errors at sync", () => {
  it("keeps the commands before a failing one applied and drops the rest", async () => {
    const { Excel, fake } = createFakeExcel();
    const error = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Sheet1").getRange("A1").values = [[1]];
      sheets.getItem("Missing").getRange("A1").values = [[2]];
      sheets.getItem("Sheet1").getRange("A2").values = [[3]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
    expect(error).toBeInstanceOf(Error);
    expect(fake.cell("Sheet1", "A1").value).toBe(1);
    expect(fake.cell("Sheet1", "A2").value).toBe("");
  });

  it("names the failing statement in debugInfo", async () => {
    const { Excel } = createFakeExcel();
    type Failure = { debugInfo: { statement?: string; errorLocation?: string }; message: string };
    const error = (await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]];
      await context.sync();
    }).catch((e: unknown) => e)) as Failure;
    expect(error.debugInfo.statement).toBe("range.values = ...;");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(error.message).toContain("doesn't match the size or dimensions of the range");
  });

  it("starts the next batch clean after a failed one", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1").value).toBe(2);
  });
});

describe("payload accounting", () => {
  it("measures a request as the UTF-8 length of its commands in JSON", async () => {
    const { Excel, fake } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ấ"]];
      await context.sync();
    });
    // [{"name":"Range.values","args":[[["ấ"]]]}] is 42 characters with "x" in place of "ấ":
    // 1 + 1 + 6 + 1 + 14 + 1 + 6 + 1 + 9 + 1 + 1 = 42; "ấ" (U+1EA5) takes 3 bytes instead of 1, so 44.
    expect(fake.payloads).toEqual([44]);
    expect(fake.maxPayload).toBe(44);
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const { Excel, fake } = createFakeExcel();
    const big = "x".repeat(5 * 1024 * 1024);
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["small"]];
      sheet.getRange("B1").values = [[big]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Sheet1", "A1").value).toBe("");
    expect(fake.maxPayload).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("accepts a request of exactly the configured limit", async () => {
    const { Excel, fake } = createFakeExcel({ payloadLimit: 44 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ấ"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1").value).toBe("ấ");
  });

  it("fails a sync whose loaded answer exceeds the response limit, after Excel applied the writes", async () => {
    // 50 one-number rows need at least 4 characters each ("[7],"), 200 > 100.
    const { Excel, fake } = createFakeExcel({ responseLimit: 100 });
    const error = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A50");
      range.values = Array.from({ length: 50 }, (_, i) => [i]);
      range.load("values");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.cell("Sheet1", "A50").value).toBe(49);
  });
});

describe("fault injection", () => {
  it("fails the n-th future request after applying the first k commands", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.failSync(2, { code: "GeneralException", message: "injected", afterCommands: 1 });
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["request 1"]];
      await context.sync();
      sheet.getRange("A2").values = [["request 2, command 1"]];
      sheet.getRange("A3").values = [["request 2, command 2"]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException", message: "injected" });
    expect(fake.values("Sheet1", "A1:A3")).toEqual([["request 1"], ["request 2, command 1"], [""]]);
    expect(fake.syncCount).toBe(2);
  });

  it("applies nothing of the failing request by default", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.failSync(1, { code: "AccessDenied" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("Sheet1", "A1").value).toBe("");
  });

  it("does not count empty syncs toward the n-th request", async () => {
    const { Excel, fake } = createFakeExcel();
    fake.failSync(1, { code: "GeneralException" });
    await expect(
      Excel.run(async (context) => {
        await context.sync();
        await context.sync();
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});
