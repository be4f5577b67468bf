// Every Office host operation through Microsoft's Office.js client, at 5 and 50 units in each mode and at 500 units
// with review: inject, fill, read the selection, validate, fix, rank, undo, change settings, forms out, collect.
// For each: it succeeds, no request body and no answer that crossed the transport exceeds 4.5 MiB, every request of
// an apply was foreseen by the host's model of what the client sends (within 2 %, never below), and the design's
// request budgets hold (inject 3, validate 2, rank 3, undo and settings change 4).

import { OfficeHost } from "../../../../src/hosts/office/officeHost";
import { openNewWorkbook } from "../../../../src/hosts/office/openNewWorkbook";
import { PAYLOAD_CEILING } from "../../../../src/hosts/office/payloadSize";
import { XlsxHost } from "../../../../src/hosts/xlsx/xlsxHost";
import type { WorkbookLayout, WorkbookMode } from "../../../../src/workbook/layout/workbookLayout";
import type { WorkbookPlan } from "../../../../src/workbook/plan/planTypes";
import { applyFixes, isFixable } from "../../../../src/workbook/operations/applyFixes";
import { collectForms } from "../../../../src/workbook/operations/collectForms";
import { makeForms } from "../../../../src/workbook/operations/makeForms";
import { rankWorkbook } from "../../../../src/workbook/operations/rankWorkbook";
import { undoLast } from "../../../../src/workbook/operations/undoLast";
import { updateSettings } from "../../../../src/workbook/operations/updateSettings";
import { validateWorkbook } from "../../../../src/workbook/operations/validateWorkbook";
import { createOfficeJsExcel, type OfficeJsControl } from "../../../fakes/officejs/createOfficeJsExcel";
import { clusterOfSize } from "../clusterOfSize";
import { fillSizedCluster, injectSizedCluster } from "../sizedClusterWorkbook";

jest.setTimeout(300_000);

const CASES: { units: number; mode: WorkbookMode }[] = [
  { units: 5, mode: "self" },
  { units: 5, mode: "review" },
  { units: 5, mode: "cross" },
  { units: 50, mode: "self" },
  { units: 50, mode: "review" },
  { units: 50, mode: "cross" },
  { units: 500, mode: "review" },
];

/** One apply: the request sizes the host foresaw, and those that crossed the transport. */
interface ApplyRecord {
  modelled: readonly number[];
  real: number[];
}

/** One workbook carried through every operation in turn, with every apply's foreseen and real request sizes. */
interface Session {
  fake: OfficeJsControl;
  host: OfficeHost;
  Excel: typeof Excel;
  Office: typeof Office;
  layout: WorkbookLayout;
  applies: ApplyRecord[];
  /** The plans the operations applied since the last check. */
  plans: WorkbookPlan[];
}

/** A host on the harness whose applies are recorded. */
function recordedSession(): Session {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const applies: ApplyRecord[] = [];
  const plans: WorkbookPlan[] = [];
  const host = new OfficeHost(Excel, Office, { onApplyChunks: (bytes) => applies.push({ modelled: bytes, real: [] }) });
  const apply = host.apply.bind(host);
  host.apply = async (plan, progress) => {
    plans.push(plan);
    const first = fake.requests.length;
    try {
      await apply(plan, progress);
    } finally {
      applies[applies.length - 1].real = fake.requests.slice(first).map((r) => r.requestBytes);
    }
  };
  return { fake, host, Excel, Office, layout: null as unknown as WorkbookLayout, applies, plans };
}

/** What crossed the transport since the last check: all within the ceiling, each apply request foreseen. */
function check(session: Session, budgeted?: Budgeted): void {
  const { fake } = session;
  if (budgeted) {
    expect({ [budgeted]: fake.syncCount }).toEqual({ [budgeted]: Math.min(fake.syncCount, BUDGET[budgeted]) });
  }
  expect(fake.requests.length).toBeGreaterThan(0);
  for (const request of fake.requests) {
    expect(request.kind).toBe("sync");
    expect(request.requestBytes).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(request.responseBytes).toBeLessThanOrEqual(PAYLOAD_CEILING);
  }
  for (const { modelled, real } of session.applies) {
    expect(real).toHaveLength(modelled.length);
    real.forEach((bytes, i) => {
      expect(modelled[i]).toBeGreaterThanOrEqual(bytes);
      expect(modelled[i]).toBeLessThanOrEqual(bytes * 1.02);
    });
  }
  session.applies.length = 0;
  session.plans.length = 0;
  fake.resetCounters();
}

type Budgeted = "inject" | "validate" | "rank" | "undo" | "settings";

/** design.md's budgets, in requests (context.sync() calls that carry something). */
const BUDGET: Record<Budgeted, number> = { inject: 3, validate: 2, rank: 3, undo: 4, settings: 4 };

describe.each(CASES)("$units units, $mode", ({ units, mode }) => {
  let session: Session;
  const cluster = clusterOfSize("cum-xa-phuong", mode, units);

  beforeAll(async () => {
    session = recordedSession();
    const planned = await injectSizedCluster(session.host, cluster);
    expect(planned.findings.filter((f) => f.severity === "error")).toEqual([]);
    session.layout = planned.layout!;
    // The injection's requests are checked by the first test.
  }, 300_000);

  it("injects", () => {
    const { fake } = session;
    expect(fake.names().map((n) => n.name)).toEqual(expect.arrayContaining(["TD_Self", "TD_Criteria", "TD_Units"]));
    expect(fake.names().filter((n) => n.name.startsWith("TD_Peer_"))).toHaveLength(mode === "cross" ? units : 0);
    expect(fake.sheet("_thidua").visibility).toBe("VeryHidden");
    check(session, "inject");
  });

  it("takes the entries in", async () => {
    await fillSizedCluster(session.host, session.layout, cluster);
    check(session);
  });

  it("reads the units the user selected", async () => {
    const { unitsTable } = session.layout;
    const first = unitsTable.table.row;
    session.fake.select(unitsTable.sheet, `A${first}:C${first + units - 1}`);
    const read = await session.host.readSelection();
    expect(read!.values).toHaveLength(units);
    check(session);
  });

  it("validates", async () => {
    const validation = await validateWorkbook(session.host);
    expect(validation.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(validation.input!.units).toHaveLength(units);
    check(session, "validate");
  });

  it("fixes a score typed as text", async () => {
    const { layout } = session;
    const manual = layout.flat.rows.find((r) => r.kind === "manual")!;
    session.fake.seed(layout.self.sheet, `E${layout.self.grid.row + manual.index}`, [["'2,5"]]);
    session.fake.resetCounters();
    const validation = await validateWorkbook(session.host);
    const fixable = validation.findings.filter(isFixable);
    expect(fixable.length).toBeGreaterThan(0);
    await applyFixes(session.host, fixable, validation.parsed.layout, {
      parsed: validation.parsed,
      now: "2026-03-02T08:00:00.000Z",
    });
    check(session);
  });

  it("ranks", async () => {
    const ranking = await rankWorkbook(session.host, { now: "2026-03-02T09:00:00.000Z", fileName: "cum1.xlsx" });
    expect(ranking.result!.units).toHaveLength(units);
    const result = ranking.plan!.sheets[0];
    const hash = result.blocks[result.blocks.length - 1];
    expect(session.fake.cell(result.name, hash.at).value).toBe(hash.cells[0][0].v);
    expect(session.fake.sheet(result.name).protection.protected).toBe(true);
    check(session, "rank");
  });

  it("undoes the ranking", async () => {
    const undo = await undoLast(session.host, { now: "2026-03-02T09:05:00.000Z" });
    expect(undo.undone).toBe(true);
    expect(undo.findings).toEqual([]);
    check(session, "undo");
  });

  it("changes the settings, no sheet's rules lost or doubled, its undo snapshot well under a request", async () => {
    const { fake } = session;
    const rules = () => fake.sheetNames().map((s) => ({ s, v: fake.validations(s), c: fake.conditionalFormats(s) }));
    const before = rules();
    const weights = { self: 0.3, peer: mode === "cross" ? 0.3 : 0, review: mode === "cross" ? 0.4 : 0.7 };
    const update = await updateSettings(
      session.host,
      { finalRule: "weighted", weights },
      { now: "2026-03-02T09:10:00.000Z" },
    );
    expect(update.applied).toBe(true);
    expect(rules()).toEqual(before);
    // The undo snapshot's characters, at up to 3 UTF-8 bytes each, fit one request with room to spare.
    const undoSheet = session.plans[0].sheets.find((s) => s.key === "undo")!;
    const chars = undoSheet.blocks.reduce(
      (n, b) => n + b.cells.reduce((m, row) => m + row.reduce((k, c) => k + String(c.v ?? "").length, 0), 0),
      0,
    );
    expect(chars * 3).toBeLessThan(PAYLOAD_CEILING);
    check(session, "settings");
  });

  let returned: XlsxHost;
  it("makes the forms and opens one as a new workbook", async () => {
    const made = await makeForms(session.host, { now: "2026-03-02T10:00:00.000Z" });
    expect(made.forms.length).toBe(mode === "cross" ? 2 * units : units);
    const file = XlsxHost.create();
    await file.apply(made.forms[0].plan);
    const bytes = await file.save();
    await openNewWorkbook(bytes, { Excel: session.Excel, Office: session.Office });
    expect(session.fake.createdWorkbooks).toHaveLength(1);
    returned = await XlsxHost.load(bytes);
    check(session);
  });

  it("collects a returned form", async () => {
    const result = await collectForms(session.host, [{ fileName: "DV01.xlsx", host: returned }], {
      now: "2026-03-02T11:00:00.000Z",
    });
    expect(result.forms.map((f) => f.accepted)).toEqual([true]);
    check(session);
  });
});
