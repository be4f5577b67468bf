// Which sheets an apply unprotects and protects again: touched sheets by contract, others when known protected,
// each back to its own options; new sheets that the plan protects get the contract's protection.

import { CONTRACT_PROTECTION, protectionChanges } from "../../../src/hosts/office/protectionChanges";
import type { WorkbookSnapshot } from "../../../src/hosts/office/workbookSnapshot";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";

const plan: WorkbookPlan = {
  styles: {},
  sheets: [
    { key: "result", name: "Xếp hạng", create: false, blocks: [] },
    { key: "analysis", name: "Phân tích", create: false, blocks: [] },
    { key: "meta", name: "_thidua", create: true, protect: true, blocks: [] },
    { key: "guide", name: "Hướng dẫn", create: true, blocks: [] },
  ],
  names: [],
  touches: ["Xếp hạng", "Nhật ký"],
};

describe("protection around an apply", () => {
  it("unprotects touched sheets when nothing is known, and protects them with the contract's options", () => {
    const changes = protectionChanges(plan, null);
    expect(changes.unprotect).toEqual(["Xếp hạng", "Nhật ký"]);
    expect(changes.protect).toEqual([
      { sheet: "Xếp hạng", options: CONTRACT_PROTECTION },
      { sheet: "Nhật ký", options: CONTRACT_PROTECTION },
      { sheet: "_thidua", options: CONTRACT_PROTECTION },
    ]);
  });

  it("follows what the outline saw: a protected sheet goes back to its own options, an open one stays open", () => {
    const own = { ...CONTRACT_PROTECTION, allowFormatColumns: true };
    const snapshot: WorkbookSnapshot = {
      sheets: [
        { name: "XẾP HẠNG", visibility: "visible", protected: false, options: null },
        { name: "Phân tích", visibility: "visible", protected: true, options: own },
        { name: "Nhật ký", visibility: "visible", protected: true, options: CONTRACT_PROTECTION },
      ],
    };
    const changes = protectionChanges(plan, snapshot);
    expect(changes.unprotect).toEqual(["Nhật ký", "Phân tích"]);
    expect(changes.protect).toEqual([
      { sheet: "Nhật ký", options: CONTRACT_PROTECTION },
      { sheet: "Phân tích", options: own },
      { sheet: "_thidua", options: CONTRACT_PROTECTION },
    ]);
  });

  it("leaves out touched sheets the workbook doesn't have", () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "Xếp hạng", visibility: "visible", protected: true, options: null }],
    };
    expect(protectionChanges(plan, snapshot).unprotect).toEqual(["Xếp hạng"]);
  });
});
