// The province reads a cluster's recorded votes through the meeting's own tables (the votes seam): the two-cluster
// meeting of test/workbook/meeting (Cụm 1: 9 of 10 present, flag A01 9/10, certificates A02 7/10 and A04 6/10, the
// added certificate for A03 3/10; Cụm 2: 3 of 6 present, short of the quorum of 4), tallied by tallyMeeting, then
// consolidated; and the same workbook once a ballot changed after the tally (the recorded vote is stale).

import { DEFAULT_PROVINCE_SETTINGS } from "../../../src/core/province/provinceSettings";
import { consolidateClusters } from "../../../src/workbook/province/consolidateClusters";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { FILE, PREPARED_AT, rankedMeetingWorkbook, TALLIED_AT } from "../meeting/meetingFixture";
import {
  CLUSTER_TWO_PRESENT,
  CLUSTER_TWO_VOTES,
  COLUMNS,
  ROWS,
  type,
  typeClusterOneBallots,
} from "../meeting/meetingSteps";
import { MemoryHost } from "../memoryHost";

jest.setTimeout(60_000);

async function talliedMeeting(): Promise<MemoryHost> {
  const host = new MemoryHost();
  await rankedMeetingWorkbook(host);
  const prepared = await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
  if (!prepared.plan) throw new Error("the meeting list was not prepared");
  for (const [cluster, values] of [
    ["Cụm 1", { date: "15/12/2026", present: 9 }],
    ["Cụm 2", { date: "16/12/2026" }],
  ] as const) {
    await setMeetingParticulars(host, { now: PREPARED_AT, fileName: FILE, cluster, values });
  }
  await typeClusterOneBallots(host);
  const tally = await tallyMeeting(host, {
    now: TALLIED_AT,
    fileName: FILE,
    votes: CLUSTER_TWO_VOTES,
    present: CLUSTER_TWO_PRESENT,
  });
  if (!tally.recorded) throw new Error("the tally was not recorded");
  return host;
}

const consolidate = (host: MemoryHost, voteRequired = false) =>
  consolidateClusters([{ fileName: FILE, open: async () => host }], new MemoryHost(), {
    settings: { ...DEFAULT_PROVINCE_SETTINGS, voteRequired },
  });

describe("a cluster workbook whose meeting was tallied", () => {
  let host: MemoryHost;
  beforeAll(async () => {
    host = await talliedMeeting();
  });

  it("gives each proposal the vote the tally recorded, per cluster of the workbook", async () => {
    const run = await consolidate(host);
    expect(run.consolidation.clusters.map((c) => [c.label, c.votes, c.counted])).toEqual([
      ["Cụm 1", "recorded", true],
      ["Cụm 2", "recorded", true],
    ]);
    expect(
      run.consolidation.proposals.map((p) => [
        p.section,
        p.code,
        p.vote && [p.vote.yes, p.vote.no, p.vote.basis, p.vote.passed, p.vote.quorum],
      ]),
    ).toEqual([
      ["co-thi-dua", "A01", [9, 0, 10, true, true]],
      // Cụm 2's flag and certificate were voted without a quorum: they go to the council.
      ["bang-khen", "A02", [7, 2, 10, true, true]],
      ["bang-khen", "A04", [6, 3, 10, true, true]],
      ["council", "B01", [3, 0, 6, false, false]],
      ["council", "B02", [3, 0, 6, false, false]],
    ]);
    expect(run.consolidation.sittings).toEqual([
      { clusterKey: 1, cluster: "Cụm 1", members: 10, present: 9, date: "ngày 15 tháng 12 năm 2026" },
      { clusterKey: 2, cluster: "Cụm 2", members: 6, present: 3, date: "ngày 16 tháng 12 năm 2026" },
    ]);
    expect(run.findings.filter((f) => f.rule === "province.vote-failed").map((f) => f.message.vi)).toEqual([
      "Cụm 2: đề nghị Cờ thi đua cho Xã Bảo Hà không được hội nghị cụm, khối thông qua (hội nghị không đủ số " +
        "thành viên có mặt theo quy định để biểu quyết); đưa vào mục các trường hợp Hội đồng xem xét.",
      "Cụm 2: đề nghị Bằng khen cho Xã Cam Cọn không được hội nghị cụm, khối thông qua (hội nghị không đủ số " +
        "thành viên có mặt theo quy định để biểu quyết); đưa vào mục các trường hợp Hội đồng xem xét.",
    ]);
  });

  it("reads the votes from the province's one read of the workbook", async () => {
    const calls = host.calls.length;
    await consolidate(host);
    expect(host.calls.slice(calls)).toEqual(["outline", "read"]);
  });
});

describe("a cluster workbook whose ballots changed after the tally", () => {
  let host: MemoryHost;
  beforeAll(async () => {
    host = await talliedMeeting();
    await type(host, "Bình xét", [[ROWS.certA04, COLUMNS.yes, 5]]);
  });

  it("does not use the stale vote, and says so at the tally's stamp", async () => {
    const run = await consolidate(host);
    expect(run.consolidation.clusters.map((c) => [c.votes, c.counted])).toEqual([
      ["stale", true],
      ["stale", true],
    ]);
    expect(run.consolidation.proposals.map((p) => [p.section, p.code, p.vote])).toEqual([
      ["co-thi-dua", "A01", null],
      ["co-thi-dua", "B01", null],
      ["bang-khen", "A02", null],
      ["bang-khen", "A04", null],
      ["bang-khen", "B02", null],
    ]);
    expect(run.findings.map((f) => [f.severity, f.rule, f.sheet, f.cell])).toContainEqual([
      "warning",
      "province.votes-stale",
      "Bình xét",
      "C3",
    ]);
  });

  it("leaves the workbook out when the province requires a vote", async () => {
    const run = await consolidate(host, true);
    expect(run.consolidation.clusters.map((c) => [c.counted, c.reasons])).toEqual([
      [false, ["province.votes-stale"]],
      [false, ["province.votes-stale"]],
    ]);
  });
});
