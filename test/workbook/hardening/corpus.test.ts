// The hostile workbook corpus (issue #7): valid injected and filled workbooks damaged by 1–3 generated mutations
// (fast-check) and by hand-made cases; validate and rank must finish with findings that name their cells, never throw,
// never write outside the ranges a ranking owns, and leave user content as it was. The corpus size is printed.

import fc from "fast-check";
import { DEFINED_NAMES } from "../../../src/workbook/layout/definedNames";
import { scenarioFor, type Scenario } from "../scenarios";
import { checkCase } from "./checkCase";
import { buildWorkbook, cloneWorkbook, type CorpusWorkbook } from "./corpusWorkbook";
import {
  applyMutation,
  AREA_KEYS,
  category,
  ERROR_VALUES,
  META_DAMAGE,
  NAME_TARGETS,
  SHEET_KEYS,
  type Hostile,
  type Mutation,
} from "./mutations";
import { OWASP_PAYLOADS } from "./owaspPayloads";

/** Generated cases; with the hand-made ones this keeps the suite near a minute on a shared 2-core machine. */
const GENERATED_RUNS = 150;

const counts = new Map<string, number>();
const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);

/** Units whose names and clusters are payloads: text that must stay text wherever it is copied. */
function hostileUnits(scenario: Scenario): Scenario {
  const units = scenario.units.map((u, i) => ({
    ...u,
    name: OWASP_PAYLOADS[i % OWASP_PAYLOADS.length],
    cluster: i < 4 ? "=cmd|' /C calc'!A0" : "@SUM(1+1)*cmd|' /C calc'!A0",
  }));
  return { ...scenario, units };
}

const BASES: { label: string; scenario: () => Scenario }[] = [
  { label: "self", scenario: () => scenarioFor("khoi-so-nganh", "self", 11) },
  { label: "review", scenario: () => scenarioFor("cum-xa-phuong", "review", 12) },
  { label: "cross", scenario: () => scenarioFor("khoi-so-nganh", "cross", 13) },
  { label: "hostile-units", scenario: () => hostileUnits(scenarioFor("khoi-so-nganh", "review", 14)) },
];
const bases: CorpusWorkbook[] = [];

beforeAll(async () => {
  for (const base of BASES) bases.push(await buildWorkbook(base.scenario()));
});

afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k}: ${n}`);
  console.log(`Hostile workbook corpus (MemoryHost): ${total} mutations applied\n${lines.join("\n")}`);
});

async function runCase(base: CorpusWorkbook, mutations: readonly Mutation[]) {
  const wb = cloneWorkbook(base);
  for (const m of mutations) {
    applyMutation(wb, m);
    count(category(m));
  }
  return checkCase(wb);
}

const sheetName = fc.constantFrom("Xếp hạng 2026", "=cmd|' /C calc'!A0", "Sheet'1", "Kết quả (bản sao)");
const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom(...ERROR_VALUES).map((value) => ({ kind: "error" as const, value })),
  fc.nat(OWASP_PAYLOADS.length - 1).map((index) => ({ kind: "payload" as const, index })),
  fc.constant({ kind: "huge" as const }),
  fc.constant({ kind: "date-serial" as const }),
  fc.constant({ kind: "date-object" as const }),
  fc.boolean().map((value) => ({ kind: "boolean" as const, value })),
  fc
    .constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 1e-12, 2 ** 53)
    .map((value) => ({ kind: "number" as const, value })),
  fc
    .constantFrom("1.000,5", "7,5", " 8 ", "1e3", "0x10", "٣")
    .map((value) => ({ kind: "text-number" as const, value })),
);
const area = fc.constantFrom(...AREA_KEYS);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-sheet" as const), sheet: fc.constantFrom(...SHEET_KEYS) }),
  fc.record({ kind: fc.constant("rename-sheet" as const), sheet: fc.constantFrom(...SHEET_KEYS), to: sheetName }),
  fc.record({ kind: fc.constant("delete-name" as const), name: fc.constantFrom(...NAME_TARGETS) }),
  fc.record({ kind: fc.constant("ref-name" as const), name: fc.constantFrom(...NAME_TARGETS) }),
  fc.record({
    kind: fc.constant("retarget-name" as const),
    name: fc.constantFrom(...NAME_TARGETS),
    rows: fc.integer({ min: -3, max: 3 }),
    columns: fc.integer({ min: -2, max: 2 }),
  }),
  fc.record({ kind: fc.constant("name-to-user-sheet" as const), name: fc.constantFrom(...NAME_TARGETS) }),
  fc.record({ kind: fc.constant("corrupt-meta" as const), how: fc.constantFrom(...META_DAMAGE) }),
  fc.record({
    kind: fc.constant("merge" as const),
    area,
    row: fc.nat(40),
    column: fc.nat(12),
    rows: fc.integer({ min: 1, max: 3 }),
    columns: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("insert-row" as const), area, at: fc.nat(40) }),
  fc.record({ kind: fc.constant("insert-column" as const), area, at: fc.nat(12) }),
  fc.record({ kind: fc.constant("set-cell" as const), area, row: fc.nat(60), column: fc.nat(12), value: hostile }),
  fc.record({
    kind: fc.constant("formula-error" as const),
    area: fc.constantFrom("self" as const, "result" as const, "final" as const, "actual" as const),
    column: fc.nat(12),
    value: fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "=#REF!+1", "=1/0", "=cmd|' /C calc'!A0"),
  }),
  fc.record({ kind: fc.constant("payload-everywhere" as const), index: fc.nat(OWASP_PAYLOADS.length - 1) }),
);

describe("the hostile workbook corpus", () => {
  it("validates and ranks every generated damaged workbook without a throw or a write outside its ranges", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(BASES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (b, ms) => {
        count(`base:${BASES[b].label}`);
        const outcome = await runCase(bases[b], ms);
        expect(outcome.problems).toEqual([]);
      }),
      { numRuns: GENERATED_RUNS, seed: 7_2026 },
    );
  });

  it("puts each OWASP payload into every text field and writes them back only as text", async () => {
    for (const [b] of BASES.entries()) {
      for (let index = 0; index < OWASP_PAYLOADS.length; index++) {
        const outcome = await runCase(bases[b], [{ kind: "payload-everywhere", index }]);
        expect(outcome.problems).toEqual([]);
      }
    }
  });

  it("ranks the hostile-unit workbook, writing the payload names only as text values", async () => {
    const outcome = await runCase(bases[3], []);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ranked).toBe(true);
  });

  it.each(SHEET_KEYS)("survives the %s sheet deleted or renamed", async (sheet) => {
    for (const b of bases) {
      expect((await runCase(b, [{ kind: "delete-sheet", sheet }])).problems).toEqual([]);
      const renamed = await runCase(b, [{ kind: "rename-sheet", sheet, to: "Đổi tên 'x'" }]);
      expect(renamed.problems).toEqual([]);
    }
  });

  it("still ranks after every sheet is renamed: names follow", async () => {
    const mutations: Mutation[] = SHEET_KEYS.map((sheet, i) => ({ kind: "rename-sheet", sheet, to: `Trang ${i}` }));
    const outcome = await runCase(bases[0], mutations);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ranked).toBe(true);
  });

  it.each(META_DAMAGE)("reports metadata damaged by %s and refuses to rank", async (how) => {
    for (const b of bases) {
      const outcome = await runCase(b, [{ kind: "corrupt-meta", how }]);
      expect(outcome.problems).toEqual([]);
      if (how !== "huge") expect(outcome.ranked).toBe(false);
    }
  });

  it.each(NAME_TARGETS)("survives %s deleted, broken (#REF!), moved or pointed at a user sheet", async (name) => {
    for (const b of bases) {
      for (const m of [
        { kind: "delete-name", name },
        { kind: "ref-name", name },
        { kind: "retarget-name", name, rows: 1, columns: 0 },
        { kind: "retarget-name", name, rows: 0, columns: -1 },
        { kind: "name-to-user-sheet", name },
      ] as Mutation[]) {
        expect((await runCase(b, [m])).problems).toEqual([]);
      }
    }
  });

  it.each(AREA_KEYS)("survives a merge and inserted rows and columns inside and before %s", async (a) => {
    for (const b of bases) {
      for (const m of [
        { kind: "merge", area: a, row: 1, column: 1, rows: 2, columns: 2 },
        { kind: "insert-row", area: a, at: 0 },
        { kind: "insert-row", area: a, at: 1 },
        { kind: "insert-column", area: a, at: 0 },
        { kind: "insert-column", area: a, at: 1 },
      ] as Mutation[]) {
        expect((await runCase(b, [m])).problems).toEqual([]);
      }
    }
  });

  it("names the cell of an error value, a date and a boolean typed into self scores", async () => {
    const wb = cloneWorkbook(bases[0]);
    const values: Hostile[] = [
      { kind: "error", value: "#N/A" },
      { kind: "date-object" },
      { kind: "boolean", value: true },
      { kind: "huge" },
    ];
    values.forEach((value, i) => applyMutation(wb, { kind: "set-cell", area: "self", row: 1, column: i, value }));
    const outcome = await checkCase(wb);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ranked).toBe(false);
    expect(DEFINED_NAMES.self).toBe("TD_Self");
  });
});
