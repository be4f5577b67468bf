// Undo on the in-memory host, for each operation that writes (rank, fixes, settings update, making and collecting
// forms): every cell and name of every sheet is as before the operation, except the log, which keeps the operation's
// row and gains the undo's (chain intact), and the undo sheet; validation finds what it found before; the operation's
// reads covered every cell it wrote; a second undo has nothing to undo.

import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { parseRange } from "../../../src/workbook/layout/cellAddress";
import { DEFINED_NAMES } from "../../../src/workbook/layout/definedNames";
import { UNDO_RULES } from "../../../src/workbook/messages/undoMessages";
import { WORKBOOK_RULES } from "../../../src/workbook/messages/workbookFindingMessages";
import { applyFixes, isFixable } from "../../../src/workbook/operations/applyFixes";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { updateSettings } from "../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { readUndoInfo } from "../../../src/workbook/undo/readUndoInfo";
import { TINY_TEMPLATE, TINY_UNITS } from "../fixtures/tinyTemplate";
import { A1_FIRST, FIRST_COLLECT_AT, FORMS_AT, INJECTED_AT, MASTER_OPTIONS } from "../forms/formFixtures";
import { MemoryHost } from "../memoryHost";
import { scenarioFor, scenarioSettings } from "../scenarios";
import { injectFilledScenario } from "../scenarioWorkbook";
import { dump, logRows, RecordingHost, withoutUndoAndLog } from "./undoHarness";

const OPERATED = "2026-03-05T09:00:00.000Z";
const UNDONE = "2026-03-05T09:30:00.000Z";
/** The two instants as the log shows them: Vietnam's time (UTC+7), in the workbook's language. */
const OPERATED_SHOWN = "16 giờ 00, ngày 05/03/2026";
const UNDONE_SHOWN: Record<string, string> = {
  "Hoàn tác": "16 giờ 30, ngày 05/03/2026",
  Undo: "16:30 on 5 March 2026",
};

async function filled(mode: "self" | "review" | "cross" = "cross") {
  const scenario = scenarioFor("khoi-so-nganh", mode, 4);
  const host = new RecordingHost();
  const layout = await injectFilledScenario(host, scenario, { now: INJECTED_AT, fileName: "cum1.xlsx" });
  host.reset();
  return { host, layout, scenario };
}

/** The row a new log entry goes to. */
function nextLogRow(host: MemoryHost): number {
  const box = parseRange(host.names.get(DEFINED_NAMES.log.toUpperCase())!.range!)!;
  return box.row + box.rows;
}

/**
 * Runs `operation`, checks its reads covered what it wrote and records the host calls it took,
 * undoes it and checks the workbook is back (log aside), with the log's two new rows and an intact chain.
 */
async function roundTrip(
  host: RecordingHost,
  operation: () => Promise<unknown>,
  source?: Parameters<RecordingHost["uncoveredCells"]>[0],
) {
  const before = dump(host);
  const validationBefore = await validateWorkbook(host);
  const logRow = nextLogRow(host);
  host.reset();
  await operation();
  expect(host.plans).toHaveLength(1);
  const uncoveredCells = host.uncoveredCells(source);
  const calls = [...host.calls];
  const changed = dump(host);
  host.reset();
  const undo = await undoLast(host, { now: UNDONE, fileName: "cum1.xlsx" });
  // The snapshot with the metadata and log first, then just the cells it names.
  expect(host.calls).toEqual(["outline", "read", "read", "apply"]);
  const after = dump(host);
  const validationAfter = await validateWorkbook(host);
  return { before, changed, after, undo, calls, uncoveredCells, logRow, validationBefore, validationAfter };
}

function expectRestored(
  trip: Awaited<ReturnType<typeof roundTrip>>,
  host: MemoryHost,
  logSheet: string,
  operationLogRows: number,
  undoAction = "Hoàn tác",
) {
  expect(trip.uncoveredCells).toEqual([]);
  // The operation did change something, and the undo put all of it back.
  const { before, changed, after, logRow } = trip;
  expect(withoutUndoAndLog(changed, logSheet, logRow)).not.toEqual(withoutUndoAndLog(before, logSheet, logRow));
  expect(withoutUndoAndLog(after, logSheet, logRow)).toEqual(withoutUndoAndLog(before, logSheet, logRow));
  // The log keeps the operation's rows and appends the undo's.
  const rows = logRows(host, logSheet, logRow);
  expect(rows).toHaveLength(operationLogRows + 1);
  expect(rows[operationLogRows].slice(0, 2)).toEqual([UNDONE_SHOWN[undoAction], undoAction]);
  expect(trip.validationAfter.findings.filter((f) => f.rule === WORKBOOK_RULES.logEdited)).toEqual([]);
  expect(trip.validationAfter.findings).toEqual(trip.validationBefore.findings);
  expect(trip.undo.undone).toBe(true);
  expect(trip.undo.findings).toEqual([]);
}

describe("undoing a ranking", () => {
  it("puts back every result, analysis and metadata cell, keeps the log's rows and appends its own", async () => {
    const { host, layout } = await filled();
    const trip = await roundTrip(host, () => rankWorkbook(host, { now: OPERATED, fileName: "cum1.xlsx" }));
    expectRestored(trip, host, layout.log.sheet, 1);
    expect(trip.calls).toEqual(["outline", "read", "apply"]);
    expect(trip.undo.operation).toMatchObject({ operation: "rank", time: OPERATED });
    // The metadata of undo keeps the ISO instant; the log row a person reads names the local time.
    expect(logRows(host, layout.log.sheet, trip.logRow)[1][4]).toContain(`lúc ${OPERATED_SHOWN};`);
  });

  it("undoes a second ranking back to the first one's results, analysis table length included", async () => {
    const { host, layout, scenario } = await filled();
    await rankWorkbook(host, { now: "2026-03-04T08:00:00.000Z" });
    // An entry changes between the two rankings, so the second writes other results.
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    expect(scenario.units.length).toBeGreaterThan(1);
    host.type(layout.self.sheet, `E${layout.self.grid.row + manual.index}`, 0);
    const trip = await roundTrip(host, () => rankWorkbook(host, { now: OPERATED }));
    expect(trip.uncoveredCells).toEqual([]);
    expect(withoutUndoAndLog(trip.after, layout.log.sheet, trip.logRow)).toEqual(
      withoutUndoAndLog(trip.before, layout.log.sheet, trip.logRow),
    );
    expect(trip.validationAfter.findings).toEqual(trip.validationBefore.findings);
  });

  it("has nothing to undo a second time, and writes nothing then", async () => {
    const { host } = await filled();
    await rankWorkbook(host, { now: OPERATED });
    await undoLast(host, { now: UNDONE });
    expect(await readUndoInfo(host)).toBeNull();
    const before = dump(host);
    host.reset();
    const again = await undoLast(host, { now: UNDONE });
    expect(again.undone).toBe(false);
    expect(again.plan).toBeNull();
    expect(again.findings.map((f) => [f.rule, f.severity])).toEqual([[UNDO_RULES.nothing, "info"]]);
    expect(again.findings[0].message.vi).toContain("Không có thao tác nào để hoàn tác");
    expect(again.findings[0].message.en).toContain("nothing to undo");
    expect(host.calls).not.toContain("apply");
    expect(dump(host)).toEqual(before);
  });

  it("has nothing to undo in a workbook just created (injection is not undone)", async () => {
    const { host } = await filled();
    expect(await readUndoInfo(host)).toBeNull();
    const result = await undoLast(host, { now: UNDONE });
    expect(result.undone).toBe(false);
    expect(host.calls).toEqual(["outline", "outline"]);
  });

  it("restores a result cell the user edited after the ranking, and warns about it", async () => {
    const { host, layout } = await filled();
    // The input hash under the table: the ranking writes it, and a person may type over it.
    const awardCell = `C${layout.result.hashRow}`;
    const before = host.cell(layout.result.sheet, awardCell)?.v ?? null;
    await rankWorkbook(host, { now: OPERATED });
    expect(host.cell(layout.result.sheet, awardCell)?.v).not.toBe(before);
    host.type(layout.result.sheet, awardCell, "sửa tay");
    const result = await undoLast(host, { now: UNDONE });
    expect(host.cell(layout.result.sheet, awardCell)?.v ?? null).toBe(before);
    expect(result.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      [UNDO_RULES.cellChanged, "warning", layout.result.sheet, awardCell],
    ]);
    expect(result.findings[0].message.en).toContain(awardCell);
  });

  it("tells what it would undo before it runs: the operation and its time", async () => {
    const { host } = await filled();
    await rankWorkbook(host, { now: OPERATED });
    expect(await readUndoInfo(host)).toMatchObject({ operation: "rank", time: OPERATED });
  });
});

describe("undoing fixes", () => {
  it("puts back the text typed into a score cell and the number over a formula", async () => {
    const { host, layout } = await filled("self");
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    const group = layout.flat.rows.find((r) => r.kind === "group")!;
    const input = `E${layout.self.grid.row + manual.index}`;
    const total = `F${layout.self.grid.row + group.index}`;
    host.type(layout.self.sheet, input, "2,5");
    host.type(layout.self.sheet, total, 99);
    const validation = await validateWorkbook(host);
    const fixable = validation.findings.filter(isFixable);
    expect(fixable.length).toBeGreaterThanOrEqual(2);
    const trip = await roundTrip(
      host,
      () => applyFixes(host, fixable, validation.parsed.layout, { parsed: validation.parsed, now: OPERATED }),
      validation.parsed.source,
    );
    expectRestored(trip, host, layout.log.sheet, 1);
    expect(trip.calls).toEqual(["apply"]);
    expect(host.cell(layout.self.sheet, input)).toMatchObject({ v: "2,5", input: true });
    expect(host.cell(layout.self.sheet, total)).toMatchObject({ v: 99 });
    expect(host.cell(layout.self.sheet, total)?.f).toBeUndefined();
  });
});

describe("undoing a settings update", () => {
  it("puts back every formula, label and setting the update rewrote, and the metadata", async () => {
    const { host, layout, scenario } = await filled();
    await rankWorkbook(host, { now: "2026-03-04T08:00:00.000Z" });
    const settings = resolveSettings(scenarioSettings(scenario), {
      finalRule: "weighted",
      weights: { self: 0.1, peer: 0.3, review: 0.6 },
      tieBreak: ["priority", "fewer-deductions"],
      lang: "en",
    });
    const trip = await roundTrip(host, () => updateSettings(host, settings, { now: OPERATED }));
    // The workbook was switched to English: the undo's log row is written in the language it found.
    expectRestored(trip, host, layout.log.sheet, 1, "Undo");
    // What decides the plan first, then the cells the new settings change.
    expect(trip.calls).toEqual(["outline", "read", "read", "apply"]);
  });
});

describe("undoing forms", () => {
  async function master() {
    const host = new RecordingHost();
    await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, { ...MASTER_OPTIONS, now: INJECTED_AT });
    const outline = await host.outline();
    const logSheet = outline.names.find((n) => n.name === DEFINED_NAMES.log)!.sheet!;
    host.reset();
    return { host, logSheet };
  }

  it("puts back the entries and the record of returns a collect wrote", async () => {
    const { host, logSheet } = await master();
    const made = await makeForms(host, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
    const form = new MemoryHost();
    await form.apply(made.forms.find((f) => f.unit.code === "A1")!.plan);
    for (const t of A1_FIRST) form.type(t.sheet, t.cell, t.value);
    const trip = await roundTrip(host, () =>
      collectForms(host, [{ fileName: "A1.xlsx", host: form }], { now: FIRST_COLLECT_AT }),
    );
    expectRestored(trip, host, logSheet, 1);
    expect(trip.calls).toEqual(["outline", "read", "apply"]);
    expect((await validateWorkbook(host)).meta!.returns ?? {}).toEqual({});
  });

  it("puts back the form ids making forms replaced", async () => {
    const { host, logSheet } = await master();
    const trip = await roundTrip(host, () => makeForms(host, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName }));
    expectRestored(trip, host, logSheet, 1);
    expect((await validateWorkbook(host)).meta!.formIds).toEqual({});
  });
});
