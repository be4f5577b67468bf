// A two-cluster year-end meeting end to end on the in-memory host: the list drawn from the ranking, the particulars,
// a tally that passes one flag and two certificates in Cụm 1 (with an added candidate and its reason, and next
// year's leader and deputy) while Cụm 2 lacks a quorum, a second tally that votes the flag to rank 2 (refused at its
// cell), the staleness of a recorded vote, and its undo.

import { VOTING_RULES } from "../../../src/core/voting/votingRules";
import { cellAddress } from "../../../src/workbook/layout/cellAddress";
import { MEETING_RULES } from "../../../src/workbook/messages/meetingMessages";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { MemoryHost } from "../memoryHost";
import { FILE, PREPARED_AT, rankedMeetingWorkbook, TALLIED_AT } from "./meetingFixture";
import {
  ADDED_REASON,
  CLUSTER_TWO_PRESENT,
  CLUSTER_TWO_VOTES,
  COLUMNS,
  FLAG_TO_RANK_TWO,
  ROWS,
  type,
  typeClusterOneBallots,
} from "./meetingSteps";

function cell(host: MemoryHost, sheet: string, address: string) {
  return host.sheets.get(sheet.toLowerCase())?.cells.get(address);
}
const value = (host: MemoryHost, sheet: string, address: string) => cell(host, sheet, address)?.v ?? null;

function logRows(host: MemoryHost): string[][] {
  const name = [...host.names.values()].find((n) => n.name === "TD_Log")!;
  const [from, to] = name.range!.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
  const rows: string[][] = [];
  for (let r = from + 1; r <= to; r++) {
    rows.push([0, 1, 4].map((c) => String(value(host, "Nhật ký", cellAddress(r, c)) ?? "")));
  }
  return rows;
}

async function preparedMeeting() {
  const host = new MemoryHost();
  const layout = await rankedMeetingWorkbook(host);
  const prepared = await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
  return { host, layout, prepared };
}

describe("preparing the meeting", () => {
  it("lists each cluster's score candidates, a leader and a deputy row, spare rows and the units left out", async () => {
    const { host, prepared } = await preparedMeeting();
    expect(prepared.findings.filter((f) => f.severity === "error")).toEqual([]);
    const row = (r: number) => [0, 1, 2, 7, 15].map((c) => value(host, "Bình xét", cellAddress(r, c)));
    expect(row(ROWS.flagA01)).toEqual(["Cụm 1", "Cờ thi đua", "A01", "Theo kết quả chấm điểm", "score"]);
    expect(row(ROWS.certA02)).toEqual(["Cụm 1", "Bằng khen", "A02", "Theo kết quả chấm điểm", "score"]);
    expect(row(ROWS.certA04)).toEqual(["Cụm 1", "Bằng khen", "A04", "Theo kết quả chấm điểm", "score"]);
    expect(row(ROWS.leader1)).toEqual(["Cụm 1", "Trưởng cụm", null, "Đề cử", "leader"]);
    expect(row(ROWS.deputy1)).toEqual(["Cụm 1", "Phó Trưởng cụm", null, "Đề cử", "deputy"]);
    expect(row(ROWS.spare1)[4]).toBe("spare");
    expect(row(ROWS.flagB01)).toEqual(["Cụm 2", "Cờ thi đua", "B01", "Theo kết quả chấm điểm", "score"]);
    expect(row(ROWS.certB02)).toEqual(["Cụm 2", "Bằng khen", "B02", "Theo kết quả chấm điểm", "score"]);
    expect(row(21)[4]).toBe("spare");
    // The units left out: A03 (rank 3) inside the certificates' cut-off (rank 4) but HTNV. Section 23, header 24, row 25.
    expect(value(host, "Bình xét", "A23")).toBe(
      "II. ĐƠN VỊ TRONG PHẠM VI SỐ LƯỢNG NHƯNG KHÔNG ĐƯỢC ĐỀ NGHỊ THEO KẾT QUẢ CHẤM ĐIỂM",
    );
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => value(host, "Bình xét", cellAddress(25, c)))).toEqual([
      "Cụm 1",
      "Bằng khen",
      "A03",
      "Xã Bắc Hà",
      3,
      95,
      "HTNV",
      "Xếp loại HTNV, chưa đạt Hoàn thành xuất sắc nhiệm vụ",
    ]);
    const names = Object.fromEntries([...host.names.values()].map((n) => [n.name, `${n.sheet}!${n.range}`]));
    expect(names.TD_Votes).toBe("Bình xét!A7:P21");
    expect(names.TD_LeftOut).toBe("Bình xét!A25:H25");
    expect(names.TD_VoteStamp).toBe("Bình xét!A3:C3");
    expect(names.TD_Meeting).toBe("Cuộc họp!A4:D21");
    // 03:00 UTC is 10:00 in Asia/Ho_Chi_Minh, the workbook's time zone.
    expect(logRows(host).at(-1)).toEqual([
      "10 giờ 00, ngày 10/12/2026",
      "Lập danh sách bình xét",
      "Đề nghị theo kết quả chấm điểm: Cụm 1 – Cờ thi đua: Phường Đông Hải; Bằng khen: Phường Tây Sơn, Xã Nam Cường; Cụm 2 – Cờ thi đua: Xã Bảo Hà; Bằng khen: Xã Cam Cọn.",
    ]);
  });

  it("writes live formulas for the name, rank, members, present, share and result", async () => {
    const { host } = await preparedMeeting();
    const f = (address: string) => cell(host, "Bình xét", address)?.f;
    expect(f("D7")).toBe('IF(C7="","",IFERROR(INDEX(\'Đơn vị\'!$B$3:$B$18,MATCH(C7,\'Đơn vị\'!$A$3:$A$18,0)),""))');
    expect(f("L7")).toBe("'Cuộc họp'!$C$5");
    expect(f("M15")).toBe("IF('Cuộc họp'!$D$6=\"\",\"\",'Cuộc họp'!$D$6)");
    expect(f("N7")).toBe('IFERROR(IF(AND(J7="",K7=""),"",IF(J7="",0,J7)/L7),"")');
    expect(f("O7")).toContain("ROUND(M7/L7,4)<ROUND(0.6666666666666666,4)");
    expect(f("O7")).toContain('ROUND(IF(J7="",0,J7)/L7,4)>ROUND(0.5,4)');
    expect(cell(host, "Cuộc họp", "C5")?.f).toBe("SUMPRODUCT(--('Đơn vị'!$C$3:$C$18=C$4))");
  });

  it("keeps the ballots typed when the list is prepared again", async () => {
    const { host } = await preparedMeeting();
    await typeClusterOneBallots(host);
    const again = await prepareMeeting(host, { now: TALLIED_AT, fileName: FILE });
    expect(again.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(value(host, "Bình xét", cellAddress(ROWS.certA04, COLUMNS.yes))).toBe(6);
    expect(value(host, "Bình xét", cellAddress(ROWS.leader1, COLUMNS.unit))).toBe("A05");
    // The added candidate keeps its row and reason after the nominations.
    expect(value(host, "Bình xét", cellAddress(ROWS.spare1, COLUMNS.reason))).toBe(ADDED_REASON);
    // One more spare row below it, so the list grew by one.
    expect([...host.names.values()].find((n) => n.name === "TD_Votes")!.range).toBe("A7:P22");
  });
});

describe("tallying the meeting", () => {
  async function tallied() {
    const { host, layout } = await preparedMeeting();
    for (const [cluster, values] of [
      ["Cụm 1", { date: "15/12/2026", present: 9, leader: "A01", chair: "Nguyễn Văn An" }],
      ["Cụm 2", { date: "16/12/2026", chair: "Trần Thị Bình" }],
    ] as const) {
      const set = await setMeetingParticulars(host, { now: PREPARED_AT, fileName: FILE, cluster, values });
      expect(set.findings).toEqual([]);
    }
    await typeClusterOneBallots(host);
    const tally = await tallyMeeting(host, {
      now: TALLIED_AT,
      fileName: FILE,
      votes: CLUSTER_TWO_VOTES,
      present: CLUSTER_TWO_PRESENT,
    });
    return { host, layout, tally };
  }

  it("passes Cụm 1's flag and two certificates, elects its leader and deputy, and finds no quorum in Cụm 2", async () => {
    const { tally } = await tallied();
    expect(tally.recorded).toBe(true);
    const [one, two] = tally.clusters;
    expect(one.adopted.map((a) => [a.award, a.unit.code, a.yes, a.basis])).toEqual([
      ["co-thi-dua", "A01", 9, 10],
      ["bang-khen", "A02", 7, 10],
      ["bang-khen", "A04", 6, 10],
    ]);
    expect([one.leader?.unit.code, one.deputy?.unit.code]).toEqual(["A05", "A06"]);
    expect(two.quorum).toEqual({ needed: 4, met: false });
    expect(two.adopted).toEqual([]);
    expect(tally.findings.map((f) => [f.severity, f.rule, f.sheet, f.cell])).toEqual([
      ["warning", VOTING_RULES.addedCandidate, "Bình xét", "I12"],
      ["warning", VOTING_RULES.noQuorum, "Cuộc họp", "D6"],
    ]);
    expect(tally.findings[0].message.vi).toBe(
      `Hội nghị bổ sung Xã Bắc Hà (hạng 3, xếp loại HTNV) vào danh sách đề nghị Bằng khen, ngoài đề xuất theo kết quả chấm điểm. Lý do: ${ADDED_REASON}`,
    );
  });

  it("writes the vote beside each proposal, Cụm 2's ballots and members present, the stamp and a log row", async () => {
    const { host, tally } = await tallied();
    // Xếp hạng: the first column after the helpers (one group: A–C, D group I, E bonus … O flags; P–V helpers, W).
    const resultSheet = tally.plan!.sheets.find((s) => s.key === "result")!;
    expect(resultSheet.blocks[0].at).toBe("W3");
    const vote = (row: number) => value(host, "Xếp hạng", `W${row}`);
    expect(value(host, "Xếp hạng", "W3")).toBe("Kết quả biểu quyết");
    expect([4, 5, 6, 7, 8].map(vote)).toEqual([
      "Cờ thi đua: đạt 9/10",
      "Bằng khen: đạt 7/10",
      "Bằng khen (bổ sung): không đạt 3/10",
      "Bằng khen: đạt 6/10",
      null,
    ]);
    expect([14, 15, 16].map(vote)).toEqual(["Cờ thi đua: không đủ túc số", "Bằng khen: không đủ túc số", null]);
    expect(value(host, "Bình xét", cellAddress(ROWS.flagB01, COLUMNS.yes))).toBe(3);
    expect(value(host, "Cuộc họp", "D6")).toBe(3);
    expect(value(host, "Bình xét", "C3")).toMatch(/^[0-9a-f]{16}$/);
    // 04:30 UTC is 11:30 in Asia/Ho_Chi_Minh.
    expect(logRows(host).at(-1)).toEqual([
      "11 giờ 30, ngày 15/12/2026",
      "Kiểm phiếu",
      "Cụm 1 (có mặt 9/10): thông qua Cờ thi đua: Phường Đông Hải (9/10); Bằng khen: Phường Tây Sơn (7/10), Xã Nam Cường (6/10); Trưởng: Phường Kim Tân (8/10); Phó: Xã Cam Đường (7/10). Cụm 2 (có mặt 3/6): không đủ túc số.",
    ]);
    // Kết quả shows the vote in place of the bare proposal through its formula.
    const award = cell(host, "Kết quả", "F10")?.f ?? "";
    expect(award).toMatch(/^IF\(INDEX\('Xếp hạng'!\$W\$4:\$W\$19,\$J10\)&""="",/);
  });

  it("validates clean after the tally, and calls the recorded vote stale once a ballot changes", async () => {
    const { host } = await tallied();
    const before = await validateWorkbook(host);
    expect(before.findings.filter((f) => f.rule.startsWith("meeting."))).toEqual([]);
    await type(host, "Bình xét", [[ROWS.certA04, COLUMNS.yes, 5]]);
    const after = await validateWorkbook(host);
    const stale = after.findings.filter((f) => f.rule === MEETING_RULES.votesStale);
    expect(stale.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Bình xét", "C3"]]);
  });

  it("logs a later tally's changes: a certificate that no longer passes", async () => {
    const { host } = await tallied();
    await type(host, "Bình xét", [
      [ROWS.certA04, COLUMNS.yes, 5],
      [ROWS.certA04, COLUMNS.no, 4],
    ]);
    const again = await tallyMeeting(host, { now: TALLIED_AT, fileName: FILE });
    expect(again.recorded).toBe(true);
    expect(again.clusters[0].adopted.map((a) => a.unit.code)).toEqual(["A01", "A02"]);
    expect(logRows(host).at(-1)![2]).toMatch(
      / Thay đổi: Xã Nam Cường: “Bằng khen: đạt 6\/10” → “Bằng khen: không đạt 5\/10”\.$/,
    );
  });

  it("refuses a flag voted to the rank-2 unit at its cell, and writes nothing", async () => {
    const { host } = await tallied();
    const log = logRows(host).length;
    const second = await tallyMeeting(host, { now: TALLIED_AT, fileName: FILE, votes: FLAG_TO_RANK_TWO });
    expect(second.recorded).toBe(false);
    expect(second.plan).toBeNull();
    const flag = second.findings.find((f) => f.rule === VOTING_RULES.flagNotFirst)!;
    // A02's flag goes to Cụm 1's first free spare row, 13; its unit code is column C.
    expect([flag.severity, flag.sheet, flag.cell]).toEqual(["error", "Bình xét", "C13"]);
    expect(second.findings.at(-1)!.rule).toBe(MEETING_RULES.tallyRefused);
    expect(logRows(host)).toHaveLength(log);
    expect(value(host, "Bình xét", cellAddress(ROWS.flagA01, COLUMNS.yes))).toBe(9);
  });

  it("undoes the tally: the vote column, Cụm 2's ballots and present, the stamp go back; the log keeps both rows", async () => {
    const { host } = await tallied();
    const undone = await undoLast(host, { now: TALLIED_AT, fileName: FILE });
    expect(undone.operation?.operation).toBe("tally");
    expect(value(host, "Xếp hạng", "W4")).toBeNull();
    expect(value(host, "Bình xét", cellAddress(ROWS.flagB01, COLUMNS.yes))).toBeNull();
    expect(value(host, "Cuộc họp", "D6")).toBeNull();
    expect(value(host, "Bình xét", "C3")).toBeNull();
    // Ballots typed into the workbook by hand were not the tally's: they stay.
    expect(value(host, "Bình xét", cellAddress(ROWS.flagA01, COLUMNS.yes))).toBe(9);
    expect(
      logRows(host)
        .slice(-2)
        .map((r) => r[1]),
    ).toEqual(["Kiểm phiếu", "Hoàn tác"]);
  });
});
