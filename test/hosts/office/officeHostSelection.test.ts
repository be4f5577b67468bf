// The Office host's readSelection through Office.js and the in-memory Excel: one request, the used part of the selection with its sheet
// and address, blanks as null, a blank selection without values, and a selection too large refused with a message.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { SELECTION_LIMIT } from "../../../src/hosts/office/readSelection";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";

function workbook(sheets = ["Sheet1", "Đơn vị"]) {
  const { Excel, Office, fake } = createOfficeJsExcel({ sheets });
  return { fake, host: new OfficeHost(Excel, Office) };
}

describe("reading the selection", () => {
  it("reads the selected values in one request, with the sheet and the address they came from", async () => {
    const { fake, host } = workbook();
    fake.seed("Đơn vị", "B2:D4", [
      ["Mã", "Tên", "Cụm"],
      ["01", "Xã Một", null],
      [2, "Xã Hai", "Cụm 1"],
    ]);
    fake.select("Đơn vị", "B2:D4");
    const read = await host.readSelection();
    expect(fake.syncCount).toBe(1);
    // "01" typed into a General cell becomes the number 1, as Excel would read it.
    expect(read).toEqual({
      sheet: "Đơn vị",
      range: "B2:D4",
      values: [
        ["Mã", "Tên", "Cụm"],
        [1, "Xã Một", null],
        [2, "Xã Hai", "Cụm 1"],
      ],
      formulas: [],
    });
  });

  it("trims whole selected columns to the rows and columns that hold values", async () => {
    const { fake, host } = workbook();
    fake.seed("Đơn vị", "B5:C6", [
      ["X1", "Xã Một"],
      ["X2", "Xã Hai"],
    ]);
    fake.select("Đơn vị", "A:D");
    const read = await host.readSelection();
    expect(read?.range).toBe("B5:C6");
    expect(read?.values).toEqual([
      ["X1", "Xã Một"],
      ["X2", "Xã Hai"],
    ]);
  });

  it("gives a blank selection no values and the selection's own address", async () => {
    const { fake, host } = workbook();
    fake.select("Sheet1", "C3:E9");
    expect(await host.readSelection()).toEqual({ sheet: "Sheet1", range: "C3:E9", values: [], formulas: [] });
    expect(fake.syncCount).toBe(1);
  });

  it("refuses a selection holding more rows than it reads, after one request", async () => {
    const { fake, host } = workbook();
    fake.seed("Sheet1", "A1", [["đầu"]]);
    fake.seed("Sheet1", "A40000", [["cuối"]]);
    fake.select("Sheet1", "A:A");
    const failure = await host.readSelection().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: "payload-too-large" });
    expect((failure as HostError).detail.vi).toContain("40.000 dòng × 1 cột");
    expect((failure as HostError).detail.en).toContain("at most 5,000 rows × 20 columns");
    expect(fake.syncCount).toBe(1);
    // What came back was cut at the limit: about 5 bytes (`[""],`) for each of 5,000 rows, not for 40,000.
    expect(Math.max(...fake.responsePayloads)).toBeLessThan(SELECTION_LIMIT.rows * 10);
  });

  it("refuses a selection holding more columns than it reads", async () => {
    const { fake, host } = workbook();
    fake.seed("Sheet1", "A1", [["đầu"]]);
    fake.seed("Sheet1", "U1", [["cột 21"]]);
    fake.select("Sheet1", "A1:Z3");
    await expect(host.readSelection()).rejects.toMatchObject({
      code: "payload-too-large",
      detail: { en: expect.stringContaining("over 1 rows × 21 columns") },
    });
  });

  it("tells several selected areas (Excel's InvalidSelection) as such, with the way out, in both languages", async () => {
    const { fake, host } = workbook();
    fake.seed("Đơn vị", "B2:C3", [
      ["Mã", "Tên"],
      ["01", "Xã Một"],
    ]);
    fake.select("Đơn vị", "B2:C3,E5:E6");
    const error = (await host.readSelection().catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.detail.en).toBe(
      "Excel cannot work with the current selection. Select one block of adjacent cells (not several separate areas, " +
        "a chart or a picture), then try again.",
    );
    expect(error.detail.vi).toContain("Hãy chọn một khối ô liền nhau");
  });
});
