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

  it("names the 4 MB parts when Excel still finds a request too large", () => {
    const mapped = toHostError(excelError("RequestPayloadSizeLimitExceeded")) as HostError;
    expect(mapped.detail.en).toContain("4 MB");
    expect(mapped.detail.vi).toContain("4 MB");
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
