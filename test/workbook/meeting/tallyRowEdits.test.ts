// The task pane's way into the tally: row edits by index in TD_Votes, each with what the row held when the pane read
// it (tallyMeeting's `rows`), and readMeetingState, which tells the pane where the meeting stands without writing.
// On the two-cluster meeting of meetingFixture.ts: Cụm 1's rows 7–9 hold A01 (flag), A02 and A04 (certificates),
// row 10 the leader, 11 the deputy, 12–14 spare rows.

import { MEETING_RULES } from "../../../src/workbook/messages/meetingMessages";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { readMeetingState } from "../../../src/workbook/operations/readMeetingState";
import { tallyMeeting, type VoteRowEdit } from "../../../src/workbook/operations/tallyMeeting";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";
import type { WorkbookLayout } from "../../../src/workbook/layout/workbookLayout";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { MemoryHost } from "../memoryHost";
import { FILE, PREPARED_AT, rankedMeetingWorkbook, TALLIED_AT } from "./meetingFixture";
import { ADDED_REASON } from "./meetingSteps";

/** The self-score cell of criterion 1 for the unit in `column` (0-based, units order). */
function firstScoreOf(layout: WorkbookLayout, column: number): string {
  const row = layout.flat.rows.find((r) => r.kind === "manual")!;
  return cellAddress(layout.self.grid.row + row.index, layout.self.grid.column + column);
}

const value = (host: MemoryHost, sheet: string, cell: string) => host.cell(sheet, cell)?.v ?? null;

async function prepared() {
  const host = new MemoryHost();
  const layout = await rankedMeetingWorkbook(host);
  await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
  return { host, layout };
}

/** Cụm 1's ballots as the pane sends them: rows by index in TD_Votes (row 7 of the sheet is index 0). */
const CLUSTER_ONE: VoteRowEdit[] = [
  { row: 0, was: { cluster: "Cụm 1", kind: "score", unit: "A01" }, yes: 9, no: 0 },
  { row: 1, was: { cluster: "Cụm 1", kind: "score", unit: "A02" }, yes: 7, no: 2 },
  { row: 3, was: { cluster: "Cụm 1", kind: "leader", unit: "" }, unit: "A05", yes: 8, no: 1 },
  {
    row: 5,
    was: { cluster: "Cụm 1", kind: "spare", unit: "" },
    matter: "bang-khen",
    unit: "A03",
    reason: ADDED_REASON,
    yes: 3,
    no: 6,
  },
];

describe("the tally's row edits", () => {
  it("writes ballots, a nominee and an added candidate with its reason where the pane read them", async () => {
    const { host } = await prepared();
    const tally = await tallyMeeting(host, { now: TALLIED_AT, rows: CLUSTER_ONE, present: { "Cụm 1": 9 } });
    expect(tally.recorded).toBe(true);
    expect([value(host, "Bình xét", "J7"), value(host, "Bình xét", "K7")]).toEqual([9, 0]);
    expect([value(host, "Bình xét", "C10"), value(host, "Bình xét", "J10")]).toEqual(["A05", 8]);
    // The spare row takes the matter as the sheet writes it, in the workbook's language.
    expect(["B12", "C12", "I12", "J12", "K12"].map((c) => value(host, "Bình xét", c))).toEqual([
      "Bằng khen",
      "A03",
      ADDED_REASON,
      3,
      6,
    ]);
    const [one] = tally.clusters;
    expect(one.adopted.map((a) => [a.award, a.unit.code, a.yes])).toEqual([
      ["co-thi-dua", "A01", 9],
      ["bang-khen", "A02", 7],
    ]);
    expect(one.leader?.unit.code).toBe("A05");
  });

  it("clears a spare row the meeting filled, matter and all, when the pane empties it", async () => {
    const { host } = await prepared();
    await tallyMeeting(host, { now: TALLIED_AT, rows: CLUSTER_ONE, present: { "Cụm 1": 9 } });
    const cleared = await tallyMeeting(host, {
      now: TALLIED_AT,
      rows: [
        {
          row: 5,
          was: { cluster: "Cụm 1", kind: "spare", unit: "A03" },
          matter: null,
          unit: "",
          reason: "",
          yes: null,
          no: null,
        },
      ],
    });
    expect(cleared.recorded).toBe(true);
    expect(["B12", "C12", "I12", "J12", "K12"].map((c) => value(host, "Bình xét", c))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(cleared.clusters[0].entries.some((e) => e.entry.unit === "A03")).toBe(false);
  });

  it("refuses the whole tally when a row no longer holds what the pane read, and writes nothing", async () => {
    const { host } = await prepared();
    // Someone typed a nominee on the sheet after the pane read the leader row blank.
    host.type("Bình xét", "C10", "A07");
    host.calls.length = 0;
    const tally = await tallyMeeting(host, { now: TALLIED_AT, rows: CLUSTER_ONE, present: { "Cụm 1": 9 } });
    expect(tally.recorded).toBe(false);
    const errors = tally.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toEqual([MEETING_RULES.rowMoved, MEETING_RULES.tallyRefused]);
    expect(errors[0].message.vi).toMatch(/^Cụm 1: bảng biểu quyết ở sheet Bình xét đã thay đổi sau khi đọc/);
    expect(host.calls).toEqual(["outline", "read"]);
    expect(value(host, "Bình xét", "C10")).toBe("A07");
    expect(value(host, "Bình xét", "J7")).toBeNull();
  });
});

describe("where the meeting stands, for the task pane", () => {
  it("follows the list and the tally: none, current, then stale after a ballot or a score changed", async () => {
    const host = new MemoryHost();
    const layout = await rankedMeetingWorkbook(host);
    host.calls.length = 0;
    const before = await readMeetingState(host);
    // Nothing written, ever: one outline and one read.
    expect(host.calls).toEqual(["outline", "read"]);
    if (!before.ready) throw new Error("a ranked workbook is ready for a meeting");
    expect([before.list, before.tally]).toEqual(["none", "none"]);
    expect(before.standings.map((s) => [s.cluster, s.candidates.map((c) => c.unit.code)])).toEqual([
      ["Cụm 1", ["A01", "A02", "A04"]],
      ["Cụm 2", ["B01", "B02"]],
    ]);

    await prepareMeeting(host, { now: PREPARED_AT });
    const listed = await readMeetingState(host);
    expect(listed.ready && [listed.list, listed.tally]).toEqual(["current", "none"]);

    await tallyMeeting(host, { now: TALLIED_AT, rows: CLUSTER_ONE, present: { "Cụm 1": 9 } });
    const tallied = await readMeetingState(host);
    expect(tallied.ready && [tallied.list, tallied.tally]).toEqual(["current", "current"]);
    // The vote table counted as it stands: Cụm 1's flag passed 9 of 10.
    expect(tallied.ready && tallied.tallies[0].adopted[0]).toMatchObject({ award: "co-thi-dua", yes: 9, basis: 10 });

    host.type("Bình xét", "J8", 4);
    const changed = await readMeetingState(host);
    expect(changed.ready && [changed.list, changed.tally]).toEqual(["current", "stale"]);

    // A01's first score lowered from 88 to 70 and ranked again: the list was drawn from other scores.
    host.type(layout.self.sheet, firstScoreOf(layout, 0), 70);
    await rankWorkbook(host, { now: TALLIED_AT });
    const rescored = await readMeetingState(host);
    expect(rescored.ready && [rescored.list, rescored.tally]).toEqual(["stale", "stale"]);
  });

  it("gives the meetings' refusal when the ranking is stale", async () => {
    const host = new MemoryHost();
    const layout = await rankedMeetingWorkbook(host);
    host.type(layout.self.sheet, firstScoreOf(layout, 0), 70);
    const state = await readMeetingState(host);
    expect(state.ready).toBe(false);
    expect(state.ready === false && state.findings.map((f) => f.rule)).toEqual([MEETING_RULES.rankingStale]);
  });
});
