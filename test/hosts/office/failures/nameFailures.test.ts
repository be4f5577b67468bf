// Defined names through a write cut off part-way (fake runtime): a name the outline saw is updated in place
// (NamedItem.formula), so wherever Excel stops, at any command of the request, the name still exists and points either
// where it pointed or where the plan moves it, never nowhere (a delete then an add could stop in between).

import { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { HostError } from "../../../../src/workbook/host/hostTypes";
import type { WorkbookPlan } from "../../../../src/workbook/plan/planTypes";
import { createOfficeJsExcel } from "../../../fakes/officejs/createOfficeJsExcel";

const moved = (rows: number): WorkbookPlan => ({
  styles: {},
  sheets: [{ key: "log", name: "Nhật ký", create: false, blocks: [{ at: "A9", cells: [[{ v: "mục mới" }]] }] }],
  names: [
    { name: "TD_Log", sheet: "Nhật ký", range: `$A$2:$F$${rows}` },
    { name: "TD_Meta", sheet: "Nhật ký", range: `$H$1:$H$${rows}` },
  ],
});

async function workbook() {
  const { Excel, Office, fake } = createOfficeJsExcel({ sheets: ["Nhật ký"] });
  const host = new OfficeHost(Excel, Office);
  await host.outline();
  await host.apply(moved(8));
  return { host: () => new OfficeHost(Excel, Office), fake };
}

describe("a defined name moved by a write that fails", () => {
  it.each([0, 1, 2, 3, 4, 5, 6])("still exists when Excel stops after %i command(s)", async (commands) => {
    const { host, fake } = await workbook();
    const writer = host();
    await writer.outline();
    fake.resetCounters();
    fake.failSync(1, { code: "RequestAborted", afterCommands: commands });
    await expect(writer.apply(moved(9))).rejects.toBeInstanceOf(HostError);
    const names = (await host().outline()).names;
    for (const name of ["TD_Log", "TD_Meta"]) {
      const found = names.find((n) => n.name === name);
      expect(found?.sheet).toBe("Nhật ký");
      expect(["A2:F8", "A2:F9", "H1:H8", "H1:H9"]).toContain(found?.range);
    }
  });

  it("is moved in place when the write goes through", async () => {
    const { host } = await workbook();
    const writer = host();
    await writer.outline();
    await writer.apply(moved(9));
    const names = (await host().outline()).names;
    expect(names.find((n) => n.name === "TD_Log")).toEqual({ name: "TD_Log", sheet: "Nhật ký", range: "A2:F9" });
    expect(names.find((n) => n.name === "TD_Meta")).toEqual({ name: "TD_Meta", sheet: "Nhật ký", range: "H1:H9" });
  });
});
