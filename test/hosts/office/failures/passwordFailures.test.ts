// A sheet the add-in writes into, protected by the user WITH a password: every writing operation is refused before
// anything is written (the unprotects open the first write request), the error names the sheet and says how to remove
// the protection, and the workbook is exactly as before, the sheets the add-in had unprotected protected again.

import type { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import { dump, type Operation } from "./failureHarness";
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
