// The tally step's drafts on their own: only what the user changed goes to the tally, each row with what it held when
// read; a spare row emptied is cleared whole; drafts survive a new reading only for rows that still hold the same.
import type { VoteRowRead } from "../../../../src/workbook/meeting/readMeeting";
import {
  keepDrafts,
  parseCount,
  presentEdits,
  rowEdits,
  rowProblems,
  type Drafts,
  type RowDraft,
} from "../../../../src/taskpane/screens/meeting/voteDrafts";

function row(index: number, fields: Partial<VoteRowRead>): VoteRowRead {
  return {
    index,
    cluster: "Cụm 1",
    kind: "score",
    matterText: "",
    matter: "co-thi-dua",
    unit: "",
    reason: "",
    yes: null,
    no: null,
    result: null,
    ...fields,
  };
}

const FLAG = row(0, { unit: "A01", yes: 9, no: 0 });
const LEADER = row(3, { kind: "leader", matter: "leader" });
const SPARE = row(5, {
  kind: "spare",
  matter: "bang-khen",
  matterText: "Bằng khen",
  unit: "A03",
  reason: "Lý do",
  yes: 3,
  no: 6,
});

const draft = (fields: Partial<RowDraft>): RowDraft => ({
  matter: null,
  unit: "",
  reason: "",
  yes: "",
  no: "",
  ...fields,
});
const drafted = (r: VoteRowRead, d: RowDraft): Drafts => ({
  rows: { [r.index]: { was: { cluster: r.cluster, kind: r.kind, unit: r.unit }, draft: d } },
  present: {},
});

describe("the tally step's drafts", () => {
  it("reads counts typed as whole numbers of at least 0, blank as none", () => {
    expect(["", " 7 ", "0", "7,5", "-1", "abc", "1e3"].map(parseCount)).toEqual([
      null,
      7,
      0,
      "bad",
      "bad",
      "bad",
      "bad",
    ]);
  });

  it("sends only the cells the user changed, with what the row held", () => {
    const drafts = drafted(FLAG, draft({ matter: "co-thi-dua", unit: "A01", yes: "9", no: "1" }));
    expect(rowEdits([FLAG], drafts)).toEqual([
      { row: 0, was: { cluster: "Cụm 1", kind: "score", unit: "A01" }, no: 1 },
    ]);
  });

  it("sends nothing for a row typed back to what the sheet holds", () => {
    const drafts = drafted(FLAG, draft({ matter: "co-thi-dua", unit: "A01", yes: "9", no: "0" }));
    expect(rowEdits([FLAG], drafts)).toEqual([]);
  });

  it("sends a nominee chosen on the leader row, never a matter for it", () => {
    const drafts = drafted(LEADER, draft({ matter: "co-thi-dua", unit: "A05", yes: "8", no: "1" }));
    expect(rowEdits([LEADER], drafts)).toEqual([
      { row: 3, was: { cluster: "Cụm 1", kind: "leader", unit: "" }, unit: "A05", yes: 8, no: 1 },
    ]);
  });

  it("clears a spare row the user emptied, its matter too", () => {
    const drafts = drafted(SPARE, draft({ matter: "bang-khen" }));
    expect(rowEdits([SPARE], drafts)).toEqual([
      {
        row: 5,
        was: { cluster: "Cụm 1", kind: "spare", unit: "A03" },
        matter: null,
        unit: "",
        reason: "",
        yes: null,
        no: null,
      },
    ]);
  });

  it("asks for a reason and a unit on a row the meeting adds, and a whole number for each count", () => {
    const spare = row(6, { kind: "spare", matter: null });
    expect(rowProblems(spare, draft({ matter: "bang-khen", yes: "3", no: "x" }))).toEqual({
      unit: "unitNeeded",
      reason: "reasonNeeded",
      no: "countBad",
    });
    // A nomination needs no reason; an empty row nothing at all.
    expect(rowProblems(spare, draft({ matter: "leader", unit: "A05", yes: "3" }))).toEqual({});
    expect(rowProblems(spare, draft({ matter: "bang-khen" }))).toEqual({});
  });

  it("keeps drafts after a new reading only for rows that still hold the unit they held, and known clusters", () => {
    const drafts: Drafts = {
      ...drafted(LEADER, draft({ unit: "A05" })),
      present: { "Cụm 1": "9", "Cụm 9": "3" },
    };
    // Someone typed A07 into the leader row meanwhile: that draft is dropped.
    const moved = keepDrafts(drafts, [{ ...LEADER, unit: "A07" }], ["Cụm 1"]);
    expect(moved).toEqual({ rows: {}, present: { "Cụm 1": "9" } });
    expect(keepDrafts(drafts, [LEADER], ["Cụm 1"]).rows[3]?.draft.unit).toBe("A05");
  });

  it("sends members present only where the user changed them to a count", () => {
    const drafts: Drafts = { rows: {}, present: { "Cụm 1": "9", "Cụm 2": "3", "Cụm 3": "x" } };
    const read = (cluster: string) => (cluster === "Cụm 2" ? 3 : null);
    expect(presentEdits(drafts, read)).toEqual({ "Cụm 1": 9 });
  });
});
