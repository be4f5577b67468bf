// The row-height estimator on the sheets the meeting and the province make: Cuộc họp, Bình xét and Biên bản in the
// cluster workbook (and Xếp hạng, Phân tích as the ranking writes them), the ballot workbooks, and every sheet of the province workbook. Each plan a host is given is
// checked against the widths and heights the sheet has by then (a sheet written into keeps the widths it was made
// with), so text that wraps always has the rows it needs.

import { textNeeds } from "../../../src/workbook/plan/fitRowHeights";
import type { SheetPlan, WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { makeBallots } from "../../../src/workbook/operations/makeBallots";
import { makeMinutes } from "../../../src/workbook/operations/makeMinutes";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { consolidateClusters } from "../../../src/workbook/province/consolidateClusters";
import { makeCouncilBallots } from "../../../src/workbook/province/provinceOutputs";
import { MemoryHost } from "../memoryHost";
import { FILE, MINUTES_AT, PREPARED_AT, rankedMeetingWorkbook, TALLIED_AT } from "../meeting/meetingFixture";
import { CLUSTER_TWO_PRESENT, CLUSTER_TWO_VOTES, typeClusterOneBallots } from "../meeting/meetingSteps";
import { fillCluster } from "../province/clusterWorkbooks";
import { PROVINCE_FILES } from "../province/provinceScenario";

jest.setTimeout(60_000);

/** A memory host that keeps every plan it is given. */
class RecordingHost extends MemoryHost {
  readonly plans: WorkbookPlan[] = [];
  override async apply(plan: WorkbookPlan): Promise<void> {
    this.plans.push(plan);
    await super.apply(plan);
  }
}

interface Shortfall {
  sheet: string;
  row: number;
  needs: number;
  has: number;
}

interface Checked {
  /** Text cells measured, per sheet name. */
  measured: Record<string, number>;
  shortfalls: Shortfall[];
}

/** Applies the plans in order to a picture of each sheet's widths, merges and heights, measuring every text cell. */
function checkHeights(plans: readonly WorkbookPlan[]): Checked {
  const made = new Map<string, Pick<SheetPlan, "columnWidths" | "hiddenColumns" | "merges" | "visibility">>();
  const heights = new Map<string, Record<number, number>>();
  const measured: Record<string, number> = {};
  const shortfalls: Shortfall[] = [];
  for (const plan of plans) {
    for (const sheet of plan.sheets) {
      if (sheet.create) {
        const { columnWidths, hiddenColumns, merges, visibility } = sheet;
        made.set(sheet.name, { columnWidths, hiddenColumns, merges, visibility });
      }
      const frame = made.get(sheet.name);
      if (!frame || (frame.visibility ?? "visible") !== "visible") continue;
      const rows = { ...heights.get(sheet.name), ...sheet.rowHeights };
      heights.set(sheet.name, rows);
      const seen = {
        ...sheet,
        columnWidths: sheet.columnWidths ?? frame.columnWidths,
        hiddenColumns: sheet.hiddenColumns ?? frame.hiddenColumns,
        merges: [...(frame.merges ?? []), ...(sheet.create ? [] : (sheet.merges ?? []))],
      };
      for (const need of textNeeds(seen, plan.styles)) {
        let has = 0;
        for (let k = 0; k < need.rows; k++) has += rows[need.row + k] ?? 15;
        if (need.height > has) shortfalls.push({ sheet: sheet.name, row: need.row, needs: need.height, has });
        measured[sheet.name] = (measured[sheet.name] ?? 0) + 1;
      }
    }
  }
  return { measured, shortfalls };
}

const PARTICULARS = {
  date: "15/12/2026",
  startTime: "8:00",
  endTime: "11 giờ 30",
  place: "Hội trường Ủy ban nhân dân phường Đông Hải",
  town: "Lào Cai",
  chair: "Nguyễn Văn An",
  chairTitle: "Chủ tịch Ủy ban nhân dân phường Đông Hải, Trưởng cụm",
  secretary: "Lê Thị Cúc",
  present: 9,
  leader: "A01",
};

describe("row heights on the meeting's sheets and ballots", () => {
  let host: RecordingHost;
  let ballots: WorkbookPlan[];
  beforeAll(async () => {
    host = new RecordingHost();
    await rankedMeetingWorkbook(host);
    await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
    await setMeetingParticulars(host, { now: PREPARED_AT, fileName: FILE, cluster: "Cụm 1", values: PARTICULARS });
    ballots = (await makeBallots(host, { now: PREPARED_AT, fileName: FILE })).ballots.map((b) => b.plan);
    await typeClusterOneBallots(host);
    const tally = await tallyMeeting(host, {
      now: TALLIED_AT,
      fileName: FILE,
      votes: CLUSTER_TWO_VOTES,
      present: CLUSTER_TWO_PRESENT,
    });
    expect(tally.recorded).toBe(true);
    await makeMinutes(host, { now: MINUTES_AT, fileName: FILE });
  });

  it("gives Cuộc họp, Bình xét, each Biên bản, Xếp hạng and Phân tích the rows their wrapped text needs, after every step", () => {
    // Xếp hạng and Phân tích: the ranking writes notes, warnings and findings into sheets made at injection.
    const meetingSheet = (name: string) => /^(Cuộc họp|Bình xét|Biên bản|Xếp hạng|Phân tích)/.test(name);
    const { measured, shortfalls } = checkHeights(
      host.plans.map((plan) => ({ ...plan, sheets: plan.sheets.filter((s) => meetingSheet(s.name)) })),
    );
    expect(shortfalls).toEqual([]);
    // The three kinds of sheet were there to measure: particulars' labels, vote rows' reasons, the minutes' lines.
    const names = Object.keys(measured);
    expect(names.some((n) => n.startsWith("Cuộc họp"))).toBe(true);
    expect(names.some((n) => n.startsWith("Bình xét"))).toBe(true);
    expect(names.filter((n) => n.startsWith("Biên bản")).length).toBeGreaterThanOrEqual(1);
    expect(names).toEqual(expect.arrayContaining(["Xếp hạng", "Phân tích"]));
  });

  it("gives every ballot the rows its names and reasons need", () => {
    expect(ballots.length).toBeGreaterThanOrEqual(2);
    const { measured, shortfalls } = checkHeights(ballots);
    expect(shortfalls).toEqual([]);
    expect(Object.values(measured).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  });
});

describe("row heights on the province workbook and the council's ballots", () => {
  let out: RecordingHost;
  beforeAll(async () => {
    const clusters = new Map<string, MemoryHost>();
    for (const [file, spec] of PROVINCE_FILES) {
      const cluster = new MemoryHost();
      await fillCluster(cluster, spec);
      clusters.set(file, cluster);
    }
    out = new RecordingHost();
    await consolidateClusters(
      [...clusters.keys()].map((fileName) => ({ fileName, open: async () => clusters.get(fileName)! })),
      out,
    );
  });

  it("gives every sheet of the province workbook the rows its wrapped text needs", () => {
    const { measured, shortfalls } = checkHeights(out.plans);
    expect(shortfalls).toEqual([]);
    // The list, the council's vote, the clusters, the statistics, the units, the findings and the settings.
    expect(Object.keys(measured).length).toBeGreaterThanOrEqual(6);
  });

  it("gives the council's ballots the rows their text needs", async () => {
    const made = await makeCouncilBallots(out, { copies: 3 });
    if (!made.ok) throw new Error(made.reason.en);
    const { measured, shortfalls } = checkHeights([made.value.plan]);
    expect(shortfalls).toEqual([]);
    expect(Object.values(measured).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  });
});
