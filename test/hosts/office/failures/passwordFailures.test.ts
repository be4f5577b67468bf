// A sheet the add-in writes into, protected by the user WITH a password: every writing operation is refused before
// anything is written (the unprotects open the first write request), the error names the sheet and says how to remove
// the protection, and the workbook is exactly as before, the sheets the add-in had unprotected protected again. The
// same for a sheet someone unprotected after the add-in looked, on an Excel that then refuses to unprotect it
// (AccessDenied, office-js#6784): told as such, not as a password, and a second run goes through.

import type { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { dump, reference, type Operation } from "./failureHarness";
import { collectOperation, fixOperation, rankOperation, settingsOperation } from "./failureOperations";

/** The user protects the sheet again with a password of their own, in Excel (one request). */
async function protectWithPassword(host: OfficeHost, sheet: string) {
  const excel = (host as unknown as { excel: typeof Excel }).excel;
  await excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.unprotect();
    protection.protect({ allowFormatCells: false }, "bí mật");
    await context.sync();
  });
}

describe.each([rankOperation, fixOperation, settingsOperation, collectOperation] as Operation[])(
  "$name on a workbook whose log sheet has a password",
  (operation) => {
    it("is refused before any write, says which sheet and what to do, and changes nothing", async () => {
      const workbook = await operation.setup();
      await protectWithPassword(workbook.host(), "Nhật ký");
      const before = dump(workbook.fake);
      const error = await operation.run(workbook.host()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HostError);
      const { code, detail } = error as HostError;
      expect(code).toBe("protected");
      expect(detail.en).toContain("Sheet “Nhật ký” is protected with a password");
      expect(detail.en).toContain("Unprotect it (Review › Unprotect Sheet), then run again.");
      expect(detail.en).toContain("Nothing in the workbook was changed.");
      expect(detail.vi).toContain("Trang tính “Nhật ký” đang được bảo vệ bằng mật khẩu");
      expect(detail.vi).toContain("Xem lại › Bỏ bảo vệ Trang tính");
      expect(detail.vi).toContain("Sổ tính chưa bị thay đổi gì.");
      expect(dump(workbook.fake)).toEqual(before);
      expect(workbook.fake.sheet("Nhật ký").protection.password).toBe("bí mật");
    });
  },
);

describe.each([rankOperation, settingsOperation] as Operation[])(
  "$name when the log sheet was unprotected by someone else after the outline, on an Excel that refuses",
  (operation) => {
    it("is told as a refused unprotect of that sheet (not a password), leaves it as before, and runs again", async () => {
      const clean = await reference(operation);
      const workbook = await operation.setup();
      const before = dump(workbook.fake);
      workbook.fake.resetCounters();
      workbook.fake.setStrictProtection(true);
      // Just before the first write request: the outline saw the sheet protected.
      workbook.fake.editBeforeSync(clean.shape.applyStart, (fake) => fake.unprotectSheet("Nhật ký"));
      const error = await operation.run(workbook.host()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HostError);
      const { code, detail } = error as HostError;
      expect(code).toBe("protected");
      expect(detail.en).toContain("Excel did not let the add-in unprotect sheet “Nhật ký”");
      expect(detail.en).not.toContain("password");
      expect(detail.en).toContain("Nothing in the workbook was changed.");
      expect(detail.vi).toContain("Excel không cho phần bổ trợ bỏ bảo vệ trang tính “Nhật ký”");
      // The sheets the add-in had unprotected, and the one unprotected under it, are protected again.
      expect(dump(workbook.fake)).toEqual(before);
      await operation.run(workbook.host());
      expect(workbook.fake.sheet("Nhật ký").protection.protected).toBe(true);
    });
  },
);
