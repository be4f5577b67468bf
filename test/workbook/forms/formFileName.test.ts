// Form file names a secretary can tell apart and every file system accepts, and form identities that survive the
// metadata round trip while older metadata (without them) still reads.

import type { Unit } from "../../../src/core/model/unitTypes";
import { formFileName, safeFileNamePart } from "../../../src/workbook/forms/formFileName";
import { formId, formKey } from "../../../src/workbook/forms/formIdentity";
import { readMeta } from "../../../src/workbook/meta/readMeta";
import { metaChunks, type WorkbookMeta } from "../../../src/workbook/meta/workbookMeta";
import { planInject } from "../../../src/workbook/plan/planInject";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";

const unit = (code: string, name: string): Unit => ({
  code,
  name,
  cluster: "Cụm 1",
  priority: false,
  disqualified: false,
});

function injectedMeta(): WorkbookMeta {
  const planned = planInject(
    TINY_TEMPLATE,
    TINY_UNITS,
    {},
    {
      mode: "review",
      period: "2026",
      lang: "vi",
      now: "2026-03-01T08:00:00.000Z",
      existing: { sheets: [], names: [] },
    },
  );
  return planned.meta!;
}

describe("formFileName", () => {
  it("keeps Vietnamese letters and names period, unit and kind", () => {
    expect(formFileName("2026", unit("P01", "Phường Đông Hà"), "self", "vi")).toBe(
      "2026 - P01 Phường Đông Hà - Tự chấm.xlsx",
    );
    expect(formFileName("2026", unit("P01", "Phường Đông Hà"), "peer", "en")).toBe(
      "2026 - P01 Phường Đông Hà - Peer.xlsx",
    );
  });

  it("turns slashes into dashes and drops what Windows refuses", () => {
    expect(formFileName("Quý I/2026", unit("X:1", 'Xã "Mới" <B>|C*?'), "self", "vi")).toBe(
      "Quý I-2026 - X1 Xã Mới BC - Tự chấm.xlsx",
    );
    expect(safeFileNamePart("  a\\b\tc.  ")).toBe("a-b c.");
    expect(formFileName("", unit("A1", "Tên."), "self", "vi")).toBe("A1 Tên. - Tự chấm.xlsx");
  });
});

describe("form identity", () => {
  it("gives the same id for the same call and another for another unit, kind or time", () => {
    const meta = injectedMeta();
    const id = formId(meta, "A1", "self", "2026-03-02T08:00:00.000Z");
    expect(formId(meta, "A1", "self", "2026-03-02T08:00:00.000Z")).toBe(id);
    expect(formId(meta, "A2", "self", "2026-03-02T08:00:00.000Z")).not.toBe(id);
    expect(formId(meta, "A1", "peer", "2026-03-02T08:00:00.000Z")).toMatch(/^CC-A1-/);
    expect(formId(meta, "A1", "self", "2026-03-03T08:00:00.000Z")).not.toBe(id);
    expect([formKey("self", "A1"), formKey("peer", "A1")]).toEqual(["A1", "peer:A1"]);
  });

  it("reads the form record and the returns back, and older metadata without them", () => {
    const meta = injectedMeta();
    const older = readMeta(metaChunks(meta)).meta!;
    expect("form" in older || "returns" in older).toBe(false);
    const form = {
      id: "TC-A1-0123456789",
      kind: "self" as const,
      unit: "A1",
      masterCriteriaHash: meta.criteriaHash,
      issued: "2026-03-02T08:00:00.000Z",
    };
    const returns = { "TC-A1-0123456789": { time: "2026-03-20T09:00:00.000Z", file: "A1.xlsx", hash: "abc" } };
    const back = readMeta(metaChunks({ ...meta, form, returns })).meta!;
    expect(back.form).toEqual(form);
    expect(back.returns).toEqual(returns);
    // A damaged form record reads as no form (the workbook is then not taken for a form).
    expect(readMeta(metaChunks({ ...meta, form: { ...form, kind: "other" as "self" } })).meta!.form).toBeUndefined();
  });
});
