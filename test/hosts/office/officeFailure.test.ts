// Excel's refusals at sync as HostError values: the right code, one sentence in each language with the next step,
// never Excel's own message or a stack; bugs (errors that are not Excel's) pass through untouched.

import { toHostError } from "../../../src/hosts/office/officeFailure";
import { HostError } from "../../../src/workbook/host/hostTypes";

function excelError(code: string, errorLocation = "Range.values", statement = "range.values = ...;") {
  return Object.assign(new Error(`raw ${code} message`), { code, debugInfo: { code, errorLocation, statement } });
}

describe("Excel's errors as host errors", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ItemNotFound", "not-found"],
    ["InvalidReference", "not-found"],
    ["InvalidArgument", "general"],
    ["InvalidOperationInCellEditMode", "busy"],
    ["ApiNotFound", "unsupported"],
    ["GeneralException", "general"],
    ["BadPassword", "protected"],
    ["InvalidSelection", "general"],
    ["RangeExceedsLimit", "payload-too-large"],
    ["FormulaLengthExceedsLimit", "general"],
    ["InactiveWorkbook", "busy"],
    ["SomethingNew", "general"],
  ])("maps %s to %s with a bilingual sentence that hides Excel's own text", (code, hostCode) => {
    const mapped = toHostError(excelError(code)) as HostError;
    expect(mapped).toBeInstanceOf(HostError);
    expect(mapped.code).toBe(hostCode);
    for (const text of [mapped.detail.vi, mapped.detail.en]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toContain("raw");
      expect(text).not.toMatch(/\n\s+at /);
    }
  });

  it("tells a request refused for its size with Excel on the web's 5 MB limit and the desktop as the way out", () => {
    const mapped = toHostError(excelError("RequestPayloadSizeLimitExceeded")) as HostError;
    expect(mapped.detail.en).toContain("at most 5 MB");
    expect(mapped.detail.en).toContain("under 4.5 MB as Office.js sends it");
    expect(mapped.detail.en).toContain("Use Excel on the desktop");
    expect(mapped.detail.vi).toContain("tối đa 5 MB");
    expect(mapped.detail.vi).toContain("dưới 4,5 MB");
  });

  it.each([
    ["BadPassword", "protected with a password", "mật khẩu"],
    ["InvalidSelection", "Select one block of adjacent cells", "chọn một khối ô liền nhau"],
    ["RangeExceedsLimit", "5 million cells", "5 triệu ô"],
    ["FormulaLengthExceedsLimit", "longer than Excel allows", "dài hơn giới hạn"],
    ["InactiveWorkbook", "Click in the workbook that shows the Thi đua pane", "Hãy bấm vào sổ tính đang mở ngăn"],
  ])("tells %s for what it is, with its next step, not as an internal error", (code, en, vi) => {
    const mapped = toHostError(excelError(code)) as HostError;
    expect(mapped.detail.en).toContain(en);
    expect(mapped.detail.vi).toContain(vi);
    expect(mapped.detail.en).not.toContain("internal error");
  });

  it("tells an unprotect refused as AccessDenied as a sheet whose protection changed, not as a password", () => {
    // office-js#6784: unprotecting a sheet that is not (any more) protected answers AccessDenied.
    const refused = excelError("AccessDenied", "WorksheetProtection.unprotect", "worksheetProtection.unprotect(...);");
    const mapped = toHostError(refused, ["Xếp hạng"]) as HostError;
    expect(mapped.code).toBe("protected");
    expect(mapped.detail.en).toContain("did not let the add-in unprotect sheet “Xếp hạng”");
    expect(mapped.detail.en).toContain("Run again");
    expect(mapped.detail.en).not.toContain("password");
    expect(mapped.detail.vi).toContain("bỏ bảo vệ trang tính “Xếp hạng”");
    expect(mapped.detail.vi).not.toContain("mật khẩu");
  });

  it("tells a protect refused as AccessDenied (the sheet already protected) with running again as the next step", () => {
    const refused = excelError("AccessDenied", "WorksheetProtection.protect", "worksheetProtection.protect(...);");
    const mapped = toHostError(refused, []) as HostError;
    expect(mapped.detail.en).toBe(
      "Excel did not let the add-in protect a sheet again (it may already be protected). Run the same command again.",
    );
  });

  it("promises that running again completes a partial write only when the cause passes by itself", () => {
    const partial = { kind: "partial", undoable: true } as const;
    const timeout = toHostError(excelError("Timeout"), [], partial) as HostError;
    expect(timeout.detail.en).toContain("running the same command again completes it");
    const tooLong = toHostError(excelError("FormulaLengthExceedsLimit"), [], partial) as HostError;
    expect(tooLong.detail.en).not.toContain("running the same command again completes it");
    expect(tooLong.detail.en).toContain("Remove the cause above, then run the same command again");
    expect(tooLong.detail.en).toContain("or use Undo");
    expect(tooLong.detail.vi).toContain("hoặc dùng Hoàn tác");
    const noJournal = toHostError(excelError("FormulaLengthExceedsLimit"), [], { kind: "partial", undoable: false });
    expect((noJournal as HostError).detail.en).not.toContain("Undo");
  });

  it("says which sheets have a password when an unprotect was refused", () => {
    const refused = excelError(
      "InvalidArgument",
      "WorksheetProtection.unprotect",
      "worksheetProtection.unprotect(...);",
    );
    const mapped = toHostError(refused, ["Xếp hạng", "Nhật ký"]) as HostError;
    expect(mapped.code).toBe("protected");
    expect(mapped.detail.vi).toContain("“Xếp hạng”, “Nhật ký”");
    expect(mapped.detail.vi).toContain("mật khẩu");
    expect(mapped.detail.en).toContain("password");
    expect(mapped.detail.en).toContain("Review › Unprotect Sheet");
  });

  it("does not blame a password when the sheet to unprotect is missing", () => {
    const missing = excelError("ItemNotFound", "WorksheetCollection.getItem", "worksheetProtection.unprotect(...);");
    expect((toHostError(missing, ["Xếp hạng"]) as HostError).code).toBe("not-found");
  });

  it("passes a bug through unchanged", () => {
    const bug = new TypeError("x is undefined");
    expect(toHostError(bug)).toBe(bug);
  });
});
