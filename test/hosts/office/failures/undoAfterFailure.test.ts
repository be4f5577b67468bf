// Undo after a write Excel cut off part-way (fake runtime, small requests): whether the operation was run again to
// the end or not, undoing it puts every sheet back exactly as before the first (failed) attempt, the log (which keeps
// its rows and gains the undo's) and the undo sheet aside. The failed write's snapshot, written in its first request,
// is what makes this possible: a retry keeps it as the true "before" instead of the half-written state.
// Undo restores content (formulas, values, blanks), not formatting: cells are compared by their content, every
// sheet's other properties and every name as they are.

import { undoLast } from "../../../../src/workbook/operations/undoLast";
import { UNDO_RULES } from "../../../../src/workbook/messages/undoMessages";
import { readUndoInfo } from "../../../../src/workbook/undo/readUndoInfo";
import { UNDO_SHEET } from "../../../../src/workbook/undo/undoSheet";
import type { InjectedFailure } from "../../../fakes/excel/fakeExcelState";
import { dump, positions, reference, type Operation } from "./failureHarness";
import { collectOperation, rankOperation, settingsOperation } from "./failureOperations";

const LOG_SHEET = "Nhật ký";
const UNDONE = "2026-03-30T09:00:00.000Z";
const ABORTED: InjectedFailure = { code: "RequestAborted", afterCommands: 6 };

type CellDump = { value?: unknown; formula?: string; style?: unknown };

/** The dump without the log and undo sheets and their names, each cell as its formula or value (blanks left out). */
function withoutLogAndUndo(value: unknown): unknown {
  const full = value as { sheets: { name: string; cells: Record<string, CellDump> }[]; names: { name: string }[] };
  const content = (cells: Record<string, CellDump>) =>
    Object.fromEntries(
      Object.entries(cells)
        .filter(([, c]) => c.formula !== undefined || (c.value !== undefined && c.value !== ""))
        .map(([address, c]) => [address, c.formula !== undefined ? { formula: c.formula } : { value: c.value }]),
    );
  return {
    ...full,
    sheets: full.sheets
      .filter((s) => s.name !== LOG_SHEET && s.name !== UNDO_SHEET)
      .map((s) => ({ ...s, cells: content(s.cells) })),
    names: full.names.filter((n) => n.name !== "TD_Log" && n.name !== "TD_Undo"),
  };
}

async function failedAt(operation: Operation, label: string) {
  const clean = await reference(operation);
  const request = positions(clean.shape).find((p) => p.label === label)!.request;
  const workbook = await operation.setup();
  const before = dump(workbook.fake);
  workbook.fake.resetCounters();
  workbook.fake.failSync(request, ABORTED);
  await expect(operation.run(workbook.host())).rejects.toMatchObject({ name: "HostError" });
  return { workbook, before, changed: dump(workbook.fake) };
}

describe.each([rankOperation, collectOperation, settingsOperation])("undo after a failed $name", (operation) => {
  it.each(["middle write request", "last write request"])(
    "cut off at the %s, run again, then undone: every sheet is as before the first attempt",
    async (label) => {
      const { workbook, before, changed } = await failedAt(operation, label);
      expect(withoutLogAndUndo(changed)).not.toEqual(withoutLogAndUndo(before));
      await operation.run(workbook.host());
      const undo = await undoLast(workbook.host(), { now: UNDONE });
      expect(undo.undone).toBe(true);
      // Nothing was edited by hand in between: no cell is reported.
      expect(undo.findings).toEqual([]);
      expect(withoutLogAndUndo(dump(workbook.fake))).toEqual(withoutLogAndUndo(before));
      expect(await readUndoInfo(workbook.host())).toBeNull();
    },
  );

  it("cut off at the middle write request and undone without a retry: as before, and told it was unfinished", async () => {
    const { workbook, before } = await failedAt(operation, "middle write request");
    expect(await readUndoInfo(workbook.host())).not.toBeNull();
    const undo = await undoLast(workbook.host(), { now: UNDONE });
    expect(undo.undone).toBe(true);
    expect(undo.findings.map((f) => [f.rule, f.severity])).toEqual([[UNDO_RULES.unfinished, "info"]]);
    expect(undo.findings[0].message.en).toContain("cut off part-way");
    expect(undo.findings[0].message.vi).toContain("bị ngắt giữa chừng");
    expect(withoutLogAndUndo(dump(workbook.fake))).toEqual(withoutLogAndUndo(before));
  });
});
