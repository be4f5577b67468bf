// Two people at once: two add-in sessions (two OfficeHost instances, each with its own Excel.run requests) over one
// workbook, as co-authoring in Excel behaves: each request applies whole and in turn, the last writer wins per cell,
// and nothing spans a session's read and its write. A gate releases each session's outline, read and apply in a chosen
// order, so every interleaving is driven step by step; the tests state what the workbook ends as in each.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { FormPlan } from "../../../src/workbook/forms/planForm";
import type { Host, RangeRequest } from "../../../src/workbook/host/hostTypes";
import { collectForms } from "../../../src/workbook/operations/collectForms";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeForms } from "../../../src/workbook/operations/makeForms";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../../src/workbook/read/readPlan";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import { TINY_TEMPLATE, TINY_UNITS } from "../../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../../workbook/forms/fillFormFile";
import { enterTargets } from "../../workbook/forms/secretariatTargets";
import {
  A1_FIRST,
  A1_SECOND,
  FORMS_AT,
  INJECTED_AT,
  MASTER_OPTIONS,
  type Typing,
} from "../../workbook/forms/formFixtures";

type Step = "outline" | "read" | "apply";

/**
 * Releases the sessions' host calls in `order` ("A.outline", "A.read", "B.apply", …): a call waits until its label
 * is next. Calls the order does not name (the undo snapshot's occasional extra read) go through at once. `trace`
 * records the labels in the order the calls ran.
 */
class Gate {
  readonly trace: string[] = [];
  private waiting = new Map<string, () => void>();

  /** `actions`: what happens when a label that is no host call comes next (a person typing in a cell). */
  constructor(
    private readonly order: string[],
    private readonly actions: Record<string, () => void> = {},
  ) {}

  host(name: string, inner: Host): Host {
    const seen = new Set<Step>();
    const pass = async <T>(step: Step, call: () => Promise<T>): Promise<T> => {
      const label = `${name}.${step}`;
      const gated = !seen.has(step) && this.order.includes(label);
      seen.add(step);
      if (gated) await this.turn(label);
      this.trace.push(label);
      try {
        return await call();
      } finally {
        if (gated) this.next();
      }
    };
    return {
      outline: () => pass("outline", () => inner.outline()),
      read: (requests: RangeRequest[]) => pass("read", () => inner.read(requests)),
      apply: (plan: WorkbookPlan) => pass("apply", () => inner.apply(plan)),
      select: (sheet, cell) => inner.select(sheet, cell),
      readSelection: () => inner.readSelection(),
    };
  }

  private turn(label: string): Promise<void> {
    if (this.order[0] === label) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(label, resolve));
  }

  private next(): void {
    this.order.shift();
    while (this.order[0] !== undefined && this.actions[this.order[0]]) {
      this.trace.push(this.order[0]);
      this.actions[this.order.shift()!]();
    }
    const head = this.order[0];
    const resolve = head === undefined ? undefined : this.waiting.get(head);
    if (resolve) {
      this.waiting.delete(head!);
      resolve();
    }
  }
}

const FIRST_READS = ["A.outline", "A.read", "B.outline", "B.read"];
const A_THEN_B = [...FIRST_READS, "A.apply", "B.apply"];
const B_THEN_A = [...FIRST_READS, "B.apply", "A.apply"];

async function savedForm(form: FormPlan, typing: Typing): Promise<XlsxHost> {
  const file = XlsxHost.create();
  await file.apply(form.plan);
  return XlsxHost.load(await fillFormFile(await file.save(), typing));
}

/** The tiny master (review mode) open in two sessions, forms made, with every unit's self form filled. */
async function twoSessions() {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const a = new OfficeHost(Excel, Office);
  const b = new OfficeHost(Excel, Office);
  await injectTemplate(a, TINY_TEMPLATE, TINY_UNITS, undefined, { ...MASTER_OPTIONS, now: INJECTED_AT });
  await enterTargets(a);
  const { forms } = await makeForms(a, { now: FORMS_AT, fileName: MASTER_OPTIONS.fileName });
  const self = (code: string) => forms.find((f) => f.kind === "self" && f.unit.code === code)!;
  const file = async (code: string, typing: Typing, fileName = `${code}.xlsx`) => ({
    fileName,
    host: await savedForm(self(code), typing),
  });
  const state = async (host: Host = a) => {
    const outline = await host.outline();
    const parsed = parseWorkbook(await host.read(readPlan(outline)), outline);
    const validation = await validateWorkbook(host);
    return { parsed, meta: parsed.meta!, log: parsed.log!.rows, rules: validation.findings.map((f) => f.rule) };
  };
  return { fake, a, b, file, state };
}

const COLLECTED_AT = "2026-03-20T09:00:00.000Z";
const A_AT = "2026-03-21T10:00:00.000Z";
// A minute apart, so that the log (which shows local time to the minute) tells the two rows apart.
const B_AT = "2026-03-21T10:01:00.000Z";
/** A_AT and B_AT as the log shows them (Vietnam, UTC+7). */
const SHOWN: Record<string, string> = { [A_AT]: "17 giờ 00, ngày 21/03/2026", [B_AT]: "17 giờ 01, ngày 21/03/2026" };

/** Every unit's self form collected in one run: entries complete, nothing ranked yet. */
async function collectedWorkbook() {
  const s = await twoSessions();
  const all = await Promise.all(["A1", "A2", "B1"].map((code) => s.file(code, A1_FIRST)));
  await collectForms(s.a, all, { now: COLLECTED_AT });
  return s;
}

const ORDERS = [
  ["A applies first", A_THEN_B],
  ["B applies first", B_THEN_A],
] as const;

describe("two sessions on one workbook (co-authoring)", () => {
  it.each(ORDERS)("rank ‖ rank on the same inputs, %s: one ranking, one log row, nothing stale", async (_, order) => {
    const { a, b, state } = await collectedWorkbook();
    const before = await state();
    const gate = new Gate([...order]);
    const [ra, rb] = await Promise.all([
      rankWorkbook(gate.host("A", a), { now: A_AT, fileName: "Tong hop.xlsx" }),
      rankWorkbook(gate.host("B", b), { now: B_AT, fileName: "Tong hop.xlsx" }),
    ]);
    expect(gate.trace).toEqual(order);
    expect(ra.result!.units).toEqual(rb.result!.units);
    const after = await state();
    const last = order[order.length - 1].startsWith("A") ? A_AT : B_AT;
    // Both appended at the same row: the later row replaced the earlier, as a serial second run would not log again.
    expect(after.log).toHaveLength(before.log.length + 1);
    expect(after.log[after.log.length - 1]).toMatchObject({ action: "Xếp hạng", time: SHOWN[last] });
    expect(after.log[after.log.length - 1].hash).toBe(after.meta.inputHash);
    expect(after.rules).toEqual(before.rules);
  });

  it.each(ORDERS)(
    "rank ‖ rank with B's edit between, %s: the later ranking stands, flagged stale when old",
    async (_, order) => {
      const { fake, a, b, state } = await collectedWorkbook();
      // B's user types 7 over A1's 8 (Tự chấm!E6) after A read the workbook, before B reads it.
      const gate = new Gate(["A.outline", "A.read", "edit", ...order.slice(2)], {
        edit: () => fake.seed("Tự chấm", "E6", [[7]]),
      });
      const [ra, rb] = await Promise.all([
        rankWorkbook(gate.host("A", a), { now: A_AT }),
        rankWorkbook(gate.host("B", b), { now: B_AT }),
      ]);
      const after = await state();
      const bLast = order[order.length - 1] === "B.apply";
      const winner = bLast ? rb : ra;
      const last = after.log[after.log.length - 1];
      expect(last.time).toBe(SHOWN[bLast ? B_AT : A_AT]);
      expect(last.hash).toBe(after.meta.inputHash);
      expect(ra.plan).not.toBeNull();
      expect(winner.result).not.toBeNull();
      expect(after.parsed.raw!.self[1][0]).toBe(7);
      // B last: its ranking read the edit, nothing is stale. A last: A ranked the old 8, and validation says so.
      expect(after.rules.includes("result.stale")).toBe(!bLast);
    },
  );

  it.each(ORDERS)(
    "collect ‖ collect of two units, %s: both units' values land, the earlier record is lost; collecting again repairs it",
    async (_, order) => {
      const { a, b, file, state } = await twoSessions();
      const before = await state();
      const a1 = await file("A1", A1_FIRST);
      const a2 = await file("A2", A1_FIRST);
      const gate = new Gate([...order]);
      await Promise.all([
        collectForms(gate.host("A", a), [a1], { now: A_AT }),
        collectForms(gate.host("B", b), [a2], { now: B_AT }),
      ]);
      const after = await state();
      // Values: both units' entries are in their columns (the sessions wrote different cells).
      expect(after.parsed.raw!.self[1].slice(0, 3)).toEqual([8, 8, null]);
      // Records: each session rewrote the metadata and appended at the same log row; only the later one survives,
      // and validation cannot tell (the survivor's metadata and log row agree with each other).
      const [kept, lost] = order[order.length - 1] === "B.apply" ? ["A2", "A1"] : ["A1", "A2"];
      const recorded = (s: typeof after) =>
        Object.values(s.meta.returns ?? {})
          .map((r) => r.file)
          .sort();
      expect(recorded(after)).toEqual([`${kept}.xlsx`]);
      expect(after.log.slice(before.log.length).map((r) => r.file)).toEqual([`${kept}.xlsx`]);
      // Only B1's blank entries are reported: nothing names the lost record.
      expect(new Set(after.rules)).toEqual(new Set(["data.missing", "data.count-missing", "score.blank-required"]));

      // The repair: collect the same files again, in one session. The surviving file is recognised and skipped; the
      // lost one is recorded and logged again (its values are already there: 0 cells change).
      const again = await collectForms(a, [a1, a2], { now: COLLECTED_AT });
      expect(again.forms.map((f) => [f.file, f.accepted, f.changed])).toEqual([
        ["A1.xlsx", true, 0],
        ["A2.xlsx", true, 0],
      ]);
      const repaired = await state();
      expect(recorded(repaired)).toEqual(["A1.xlsx", "A2.xlsx"]);
      expect(repaired.log.slice(before.log.length).map((r) => r.file)).toEqual([`${kept}.xlsx`, `${lost}.xlsx`]);
      expect(repaired.log[repaired.log.length - 1].summary).toBe("Không ô nào thay đổi.");
      expect(repaired.rules).not.toContain("workbook.log-edited");
      // A third run changes nothing at all.
      const third = await collectForms(a, [a1, a2], { now: COLLECTED_AT });
      expect(third.plan).toBeNull();
    },
  );

  it.each(ORDERS)(
    "rank ‖ collect, %s: the new values land and results are flagged stale; a lost record is restored by collecting again",
    async (_, order) => {
      const { a, b, file, state } = await collectedWorkbook();
      // Ranked once before: the stored hash lets validation see results of older inputs.
      await rankWorkbook(a, { now: "2026-03-20T12:00:00.000Z" });
      const before = await state();
      const second = await file("A1", A1_SECOND, "A1 lần 2.xlsx");
      const gate = new Gate([...order]);
      await Promise.all([
        rankWorkbook(gate.host("A", a), { now: A_AT }),
        collectForms(gate.host("B", b), [second], { now: B_AT }),
      ]);
      const after = await state();
      const formId = Object.keys(before.meta.returns!).find((id) => id.startsWith("TC-A1"))!;
      // The collected values are in: A1's 1.1 is now 9, and the ranking (of 8) is reported stale either way.
      expect(after.parsed.raw!.self[1][0]).toBe(9);
      expect(after.rules).toEqual(["result.stale"]);
      expect(after.meta.inputHash).toBe(before.meta.inputHash);
      // The ranking read the same inputs as the last logged ranking, so it appends no row: the collect's row is the
      // one new row in both orders.
      expect(after.log.slice(before.log.length).map((r) => r.file)).toEqual(["A1 lần 2.xlsx"]);
      if (order[order.length - 1] === "B.apply") {
        // Collect wrote last: its record of the return stands.
        expect(after.meta.returns![formId].file).toBe("A1 lần 2.xlsx");
        return;
      }
      // Rank wrote last: its metadata, read before the collect, put back the first return's record. The log row and
      // the cells say "A1 lần 2.xlsx", the metadata says "A1.xlsx": collecting the file again restores the record.
      expect(after.meta.returns![formId].file).toBe("A1.xlsx");
      const again = await collectForms(a, [second], { now: COLLECTED_AT });
      expect(again.forms.map((f) => [f.accepted, f.changed])).toEqual([[true, 0]]);
      const repaired = await state();
      expect(repaired.meta.returns![formId]).toMatchObject({ file: "A1 lần 2.xlsx", hash: after.log.at(-1)!.hash });
      expect(repaired.rules).toEqual(["result.stale"]);
      // Ranking again clears the staleness: the workbook is consistent.
      await rankWorkbook(a, { now: "2026-03-22T08:00:00.000Z" });
      expect((await state()).rules).toEqual([]);
    },
  );

  it("rank then collect on a never-ranked workbook: the collect's older metadata loses the hash, the result sheet's stamp still shows the results stale", async () => {
    const { a, b, file, state } = await collectedWorkbook();
    const second = await file("A1", A1_SECOND, "A1 lần 2.xlsx");
    const gate = new Gate([...A_THEN_B]);
    await Promise.all([
      rankWorkbook(gate.host("A", a), { now: A_AT }),
      collectForms(gate.host("B", b), [second], { now: B_AT }),
    ]);
    const after = await state();
    // The collect read the metadata before the ranking wrote its hash, and wrote it back without one.
    expect(after.meta.inputHash).toBeNull();
    expect(after.parsed.resultHash).toMatch(/^[0-9a-f]+$/);
    // The awards were computed from A1's old 8; A1 now holds 9: validation says so.
    expect(after.parsed.raw!.self[1][0]).toBe(9);
    expect(after.rules).toEqual(["result.stale"]);
    await rankWorkbook(a, { now: "2026-03-22T08:00:00.000Z" });
    expect((await state()).rules).toEqual([]);
  });
});
