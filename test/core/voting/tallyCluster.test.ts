// The tally of a cluster's year-end meeting: counts, quorum, the score's cut-offs, added candidates and their reasons,
// the score order, the flag's rotation with this year's result, and next year's leader and deputy.

import type { HistoryRow } from "../../../src/core/fairness/rotation";
import {
  tallyCluster,
  type ClusterVotes,
  type MeetingRules,
  type VoteEntry,
} from "../../../src/core/voting/tallyCluster";
import { VOTING_RULES as R } from "../../../src/core/voting/votingRules";
import { entry, settingsWith, standingOf, TEN, unitOf } from "./votingFixtures";

const STANDING = standingOf(TEN);
const UNITS = TEN.map(([code, , , dq]) => unitOf(code, "Cụm 1", dq === true));

function rules(overrides: Partial<MeetingRules> = {}): MeetingRules {
  return { settings: settingsWith(), body: "cluster", year: 2026, units: UNITS, history: [], ...overrides };
}

/** The score's three candidates (flag A1, certificates A2 and A4), with these counts. */
function scoreRows(counts: Record<string, [unknown, unknown]>): VoteEntry[] {
  return [
    entry(0, { matter: "co-thi-dua", unit: "A1", yes: counts.A1?.[0] ?? null, no: counts.A1?.[1] ?? null }),
    entry(1, { matter: "bang-khen", unit: "A2", yes: counts.A2?.[0] ?? null, no: counts.A2?.[1] ?? null }),
    entry(2, { matter: "bang-khen", unit: "A4", yes: counts.A4?.[0] ?? null, no: counts.A4?.[1] ?? null }),
  ];
}

function votes(present: unknown, entries: VoteEntry[], extra: Partial<ClusterVotes> = {}): ClusterVotes {
  return { cluster: "Cụm 1", present, entries, leader: "", earlierLeaders: null, ...extra };
}

const rulesOf = (t: { findings: { rule: string; severity: string }[] }) =>
  t.findings.map((f) => `${f.severity} ${f.rule}`);

describe("tallyCluster", () => {
  it("adopts the flag and the certificates that got more than half of the ten members", () => {
    const tally = tallyCluster(votes(9, scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] })), STANDING, rules());
    expect(tally.findings).toEqual([]);
    expect(tally.quorum).toEqual({ needed: 7, met: true });
    expect(tally.adopted.map((a) => [a.award, a.unit.code, a.yes, a.basis])).toEqual([
      ["co-thi-dua", "A1", 9, 10],
      ["bang-khen", "A2", 7, 10],
      ["bang-khen", "A4", 6, 10],
    ]);
  });

  it("does not adopt 5 of 10: more than half means at least 6", () => {
    const tally = tallyCluster(votes(9, scoreRows({ A1: [9, 0], A2: [7, 2], A4: [5, 4] })), STANDING, rules());
    expect(tally.adopted.map((a) => a.unit.code)).toEqual(["A1", "A2"]);
    expect(tally.entries[2].outcome.status).toBe("failed");
  });

  it("counts nothing when fewer than two thirds are present, and says so once", () => {
    const tally = tallyCluster(votes(6, scoreRows({ A1: [6, 0], A2: [6, 0], A4: [6, 0] })), STANDING, rules());
    expect(tally.adopted).toEqual([]);
    expect(tally.entries.map((t) => t.outcome.status)).toEqual(["no-quorum", "no-quorum", "no-quorum"]);
    expect(rulesOf(tally)).toEqual([`warning ${R.noQuorum}`]);
    expect(tally.findings[0].message.vi).toBe(
      "Cụm 1: có mặt 6/10 thành viên, chưa đủ túc số (cần ít nhất 7 thành viên, 66,67 %); các nội dung biểu quyết không có giá trị.",
    );
    expect(tally.findings[0].location).toEqual({ area: "meeting", field: "present" });
  });

  it("refuses a flag voted to the rank-2 unit, at its row, and keeps the meeting's reason as a finding", () => {
    const added = entry(3, {
      matter: "co-thi-dua",
      unit: "A2",
      source: "meeting",
      reason: "Dẫn đầu phong trào chuyển đổi số",
      yes: 8,
      no: 1,
    });
    const rows = [...scoreRows({ A1: [4, 5], A2: [7, 2], A4: [6, 3] }), added];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    const flag = tally.findings.find((f) => f.rule === R.flagNotFirst)!;
    expect(flag.severity).toBe("error");
    expect(flag.location).toEqual({ area: "votes", row: 3, field: "unit", unit: "A2" });
    expect(flag.message.vi).toBe(
      "Đơn vị A2 được tán thành đề nghị Cờ thi đua nhưng xếp hạng 2; theo kết quả chấm điểm, Cờ thi đua chỉ dành cho đơn vị xếp hạng 1.",
    );
    const reason = tally.findings.find((f) => f.rule === R.addedCandidate)!;
    expect(reason.severity).toBe("warning");
    expect(reason.message.vi).toBe(
      "Hội nghị bổ sung Đơn vị A2 (hạng 2, xếp loại HTXSNV) vào danh sách đề nghị Cờ thi đua, ngoài đề xuất theo kết quả chấm điểm. Lý do: Dẫn đầu phong trào chuyển đổi số",
    );
    expect(tally.adopted.map((a) => [a.award, a.unit.code])).toEqual([
      ["bang-khen", "A2"],
      ["bang-khen", "A4"],
    ]);
  });

  it("asks for the reason of an added candidate and refuses a disqualified one", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] }),
      entry(3, { matter: "bang-khen", unit: "A5", source: "meeting", yes: 2, no: 7 }),
      entry(4, { matter: "bang-khen", unit: "A7", source: "meeting", reason: "Có thành tích đột xuất", yes: 1 }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    expect(
      tally.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.location.row, f.location.field]),
    ).toEqual([
      [R.reasonMissing, 3, "reason"],
      [R.addedDisqualified, 4, "unit"],
    ]);
  });

  it("refuses a certificate below the cut-off and warns of a vote against the score order", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [4, 5], A4: [6, 3] }),
      entry(3, {
        matter: "bang-khen",
        unit: "A5",
        source: "meeting",
        reason: "Thành tích phòng chống thiên tai",
        yes: 8,
        no: 1,
      }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    const cut = tally.findings.find((f) => f.rule === R.certificateBelowCutoff)!;
    expect(cut.location.row).toBe(3);
    expect(cut.message.vi).toBe(
      "Đơn vị A5 được tán thành đề nghị Bằng khen nhưng xếp hạng 5, dưới ngưỡng số lượng Bằng khen của Cụm 1 (2 Bằng khen, xét đến đơn vị xếp hạng từ 1 đến 4).",
    );
    const order = tally.findings.find((f) => f.rule === R.againstScoreOrder)!;
    expect(order.severity).toBe("warning");
    expect(order.location.row).toBe(2);
    expect(order.message.vi).toContain(
      "Đơn vị A4 (hạng 4) được tán thành đề nghị Bằng khen, trong khi Đơn vị A2 (hạng 2)",
    );
    expect(tally.adopted.map((a) => a.unit.code)).toEqual(["A1", "A4"]);
  });

  it("does not count an added unit that is not HTXSNV as passed over when it fails", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] }),
      entry(3, { matter: "bang-khen", unit: "A3", source: "meeting", reason: "Thành tích đột xuất", yes: 3, no: 6 }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    expect(rulesOf(tally)).toEqual([`warning ${R.addedCandidate}`]);
  });

  it("warns when an added candidate inside the cut-off is not HTXSNV, and refuses more certificates than the quota", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] }),
      entry(3, { matter: "bang-khen", unit: "A3", source: "meeting", reason: "Bằng điểm thực chất", yes: 7, no: 2 }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    expect(rulesOf(tally)).toEqual([
      `warning ${R.addedCandidate}`,
      `warning ${R.notExcellent}`,
      `error ${R.quotaExceeded}`,
    ]);
    // Rank order: A2, A3 take the two certificates; A4 (rank 4) is the one over the quota.
    expect(tally.findings[2].location.row).toBe(2);
    expect(tally.adopted.map((a) => a.unit.code)).toEqual(["A1", "A2", "A3"]);
  });

  it("refuses counts that are not whole numbers or outnumber those present, offering the number for numeric text", () => {
    const tally = tallyCluster(votes(9, scoreRows({ A1: ["8", 1], A2: [7.5, 1], A4: [6, 4] })), STANDING, rules());
    const errors = tally.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.location.row, f.location.field])).toEqual([
      [R.countInvalid, 0, "yes"],
      [R.countInvalid, 1, "yes"],
      [R.countsAbovePresent, 2, "yes"],
    ]);
    expect(errors[0].fix).toEqual({
      kind: "replace-value",
      value: 8,
      label: { vi: "Ghi số 8", en: "Write the number 8" },
    });
    expect(errors[2].message.vi).toBe(
      "Đơn vị A4 – Bằng khen: 6 phiếu tán thành và 4 phiếu không tán thành, cộng 10 phiếu, nhiều hơn số thành viên có mặt (9).",
    );
    expect(tally.adopted).toEqual([]);
  });

  it("asks for the members present once ballots are entered", () => {
    const tally = tallyCluster(votes(null, scoreRows({ A1: [9, 0] })), STANDING, rules());
    expect(rulesOf(tally)).toEqual([`warning ${R.notVoted}`, `warning ${R.notVoted}`, `error ${R.presentMissing}`]);
  });

  it("elects next year's leader and deputy by votes, and warns when this year's leader would lead again", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] }),
      entry(3, { matter: "leader", unit: "A5", source: "meeting", yes: 8, no: 1 }),
      entry(4, { matter: "deputy", unit: "A6", source: "meeting", yes: 6, no: 3 }),
      entry(5, { matter: "leader", unit: "", source: "meeting" }),
    ];
    const tally = tallyCluster(votes(9, rows, { leader: "A5" }), STANDING, rules());
    expect(tally.leader).toMatchObject({ unit: { code: "A5" }, yes: 8, basis: 10 });
    expect(tally.deputy).toMatchObject({ unit: { code: "A6" }, yes: 6 });
    expect(tally.entries).toHaveLength(5);
    expect(rulesOf(tally)).toEqual([`warning ${R.leaderAgain}`]);
    expect(tally.findings[0].message.vi).toBe(
      "Đơn vị A5 đã làm Trưởng cụm năm 2026; theo quy định luân phiên (1 năm), không bầu lại làm Trưởng cụm năm 2027.",
    );
  });

  it("looks back as many years as the rotation setting says, through the earlier leaders as written", () => {
    const rows = [entry(0, { matter: "leader", unit: "A2", source: "meeting", yes: 8, no: 1 })];
    const earlier = "2025: A3; 2024: A2, 2021 - A2";
    const three = rules({ settings: settingsWith({ voting: { leaderRotationYears: 3 } }) });
    const tally = tallyCluster(votes(9, rows, { leader: "A1", earlierLeaders: earlier }), STANDING, three);
    expect(tally.findings.map((f) => f.message.vi)).toEqual([
      "Đơn vị A2 đã làm Trưởng cụm năm 2024; theo quy định luân phiên (3 năm), không bầu lại làm Trưởng cụm năm 2027.",
    ]);
    const one = tallyCluster(votes(9, rows, { leader: "A1", earlierLeaders: earlier }), STANDING, rules());
    expect(one.findings).toEqual([]);
  });

  it("elects nobody on a tie or when nobody passes", () => {
    const tie = [
      entry(0, { matter: "leader", unit: "A2", source: "meeting", yes: 6, no: 3 }),
      entry(1, { matter: "leader", unit: "A4", source: "meeting", yes: 6, no: 3 }),
      entry(2, { matter: "deputy", unit: "A5", source: "meeting", yes: 3, no: 6 }),
    ];
    const tally = tallyCluster(votes(9, tie), STANDING, rules());
    expect(tally.leader).toBeNull();
    expect(tally.deputy).toBeNull();
    expect(rulesOf(tally)).toEqual([`warning ${R.leaderTie}`, `warning ${R.noneElected}`]);
    expect(tally.findings[1].message.vi).toBe(
      "Cụm 1: chưa bầu được Phó Trưởng cụm: không đơn vị nào được đủ số phiếu tán thành (6/10).",
    );
  });

  it("refuses one unit elected both leader and deputy", () => {
    const rows = [
      entry(0, { matter: "leader", unit: "A2", source: "meeting", yes: 8, no: 1 }),
      entry(1, { matter: "deputy", unit: "A2", source: "meeting", yes: 7, no: 2 }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules());
    expect(rulesOf(tally)).toEqual([`error ${R.leaderAndDeputy}`]);
    expect(tally.leader).toBeNull();
  });

  it("refuses unknown matters, unknown codes, codes of another cluster and a second row for the same vote", () => {
    const others = [...UNITS, unitOf("B1", "Cụm 2")];
    const rows = [
      entry(0, { matter: null, matterText: "Giấy khen", unit: "A1", source: "meeting", yes: 5 }),
      entry(1, { matter: "bang-khen", unit: "Z9", source: "meeting", reason: "x", yes: 5 }),
      entry(2, { matter: "bang-khen", unit: "B1", source: "meeting", reason: "x", yes: 5 }),
      entry(3, { matter: "co-thi-dua", unit: "A1", yes: 9, no: 0 }),
      entry(4, { matter: "co-thi-dua", unit: "A1", source: "meeting", reason: "x", yes: 9, no: 0 }),
      entry(5, { matter: "bang-khen", unit: "", source: "meeting", yes: 3 }),
    ];
    const tally = tallyCluster(votes(9, rows), STANDING, rules({ units: others }));
    expect(tally.findings.map((f) => [f.rule, f.location.row])).toEqual([
      [R.matterUnknown, 0],
      [R.unitUnknown, 1],
      [R.unitOtherCluster, 2],
      [R.duplicate, 4],
      [R.unitMissing, 5],
    ]);
    expect(tally.findings[2].message.vi).toBe(
      "Đơn vị B1 thuộc Cụm 2, không thuộc Cụm 1: hội nghị chỉ biểu quyết đối với đơn vị thành viên của mình.",
    );
    expect(tally.adopted.map((a) => a.unit.code)).toEqual(["A1"]);
  });

  it("warns of taking turns once this year's flag is added to the history", () => {
    const history: HistoryRow[] = [
      { row: 0, year: 2023, unit: "A1", rank: 1, award: "co-thi-dua" },
      { row: 1, year: 2024, unit: "A2", rank: 1, award: "co-thi-dua" },
      { row: 2, year: 2025, unit: "A1", rank: 1, award: "co-thi-dua" },
    ];
    // This year A2 is rank 2 and is voted no flag; A1 takes it: A1, A2, A1, A1 is no round.
    const fair = tallyCluster(
      votes(9, scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] })),
      STANDING,
      rules({ history }),
    );
    expect(fair.findings).toEqual([]);
    // With A2 leading this year the flag goes A1, A2, A1, A2: a round of two units.
    const turns = standingOf([
      ["A2", 1, "HTXSNV"],
      ["A1", 2, "HTXSNV"],
      ["A3", 3, "HTXSNV"],
    ]);
    const rows = [entry(0, { matter: "co-thi-dua", unit: "A2", yes: 3, no: 0 })];
    const tally = tallyCluster(votes(3, rows), turns, rules({ history }));
    expect(rulesOf(tally)).toEqual([`warning ${R.rotation}`]);
    expect(tally.findings[0].location).toEqual({ area: "votes", row: 0, field: "unit", unit: "A2" });
    expect(tally.findings[0].message.vi).toBe(
      "Tính cả kết quả biểu quyết năm 2026: Cụm/khối Cụm 1: có dấu hiệu luân phiên. Trong 4 năm gần nhất, Cờ thi đua lần lượt về Đơn vị A1 (2023), Đơn vị A2 (2024), Đơn vị A1 (2025), Đơn vị A2 (2026): 2 đơn vị thay nhau nhận theo một vòng lặp lại.",
    );
  });

  it("skips spare rows nobody filled in", () => {
    const rows = [
      ...scoreRows({ A1: [9, 0], A2: [7, 2], A4: [6, 3] }),
      entry(3, { matter: null, unit: "", source: "meeting" }),
    ];
    expect(tallyCluster(votes(9, rows), STANDING, rules()).entries).toHaveLength(3);
  });
});
