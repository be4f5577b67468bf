// The year-end meeting through the Office host on the fake Excel: the list prepared in 4 syncs the first time (its
// sheets' frame is a write of its own) and 3 after, the particulars, a tally in 3 syncs, a tally refused at its cell
// in 2 with nothing written, the minutes, and the undo of the tally; every request under 4 MB.

import { OfficeHost } from "../../../src/hosts/office/officeHost";
import { VOTING_RULES } from "../../../src/core/voting/votingRules";
import { makeBallots } from "../../../src/workbook/operations/makeBallots";
import { makeMinutes } from "../../../src/workbook/operations/makeMinutes";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { validateWorkbook } from "../../../src/workbook/operations/validateWorkbook";
import { createOfficeJsExcel } from "../../fakes/officejs/createOfficeJsExcel";
import {
  FILE,
  MINUTES_AT,
  PREPARED_AT,
  rankedMeetingWorkbook,
  TALLIED_AT,
} from "../../workbook/meeting/meetingFixture";
import {
  CLUSTER_TWO_PRESENT,
  CLUSTER_TWO_VOTES,
  FLAG_TO_RANK_TWO,
  typeClusterOneBallots,
} from "../../workbook/meeting/meetingSteps";

const FOUR_MB = 4 * 1024 * 1024;

async function ranked() {
  const { Excel, Office, fake } = createOfficeJsExcel();
  const host = new OfficeHost(Excel, Office);
  await rankedMeetingWorkbook(host);
  return { fake, host };
}

describe("the year-end meeting on the Office host", () => {
  it("prepares the list in 4 syncs the first time and 3 after, with its names and live formulas", async () => {
    const { fake, host } = await ranked();
    fake.resetCounters();
    const first = await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
    expect(first.plan).not.toBeNull();
    expect(fake.syncCount).toBe(4);
    expect(fake.maxPayload).toBeLessThan(FOUR_MB);
    const names = Object.fromEntries(fake.names().map((n) => [n.name, n.formula ?? n]));
    expect(Object.keys(names)).toEqual(
      expect.arrayContaining(["TD_Meeting", "TD_Votes", "TD_LeftOut", "TD_VoteStamp"]),
    );
    expect(fake.cell("Bình xét", "C7").value).toBe("A01");
    expect(fake.cell("Bình xét", "L7").formula).toBe("='Cuộc họp'!$C$5");
    expect(fake.sheet("Bình xét").protection.protected).toBe(true);

    fake.resetCounters();
    await prepareMeeting(host, { now: TALLIED_AT, fileName: FILE });
    expect(fake.syncCount).toBe(3);
  });

  it("tallies in 3 syncs, refuses a flag to rank 2 in 2 with nothing written, makes the minutes, and undoes", async () => {
    const { fake, host } = await ranked();
    await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
    const set = await setMeetingParticulars(host, {
      now: PREPARED_AT,
      cluster: "Cụm 1",
      values: { date: "15/12/2026", present: 9, chair: "Nguyễn Văn An", secretary: "Lê Thị Cúc" },
    });
    expect(set.findings).toEqual([]);
    expect(fake.cell("Cuộc họp", "C6").value).toBe(9);
    await typeClusterOneBallots(host);

    fake.resetCounters();
    const tally = await tallyMeeting(host, {
      now: TALLIED_AT,
      fileName: FILE,
      votes: CLUSTER_TWO_VOTES,
      present: CLUSTER_TWO_PRESENT,
    });
    expect(tally.recorded).toBe(true);
    expect(fake.syncCount).toBe(3);
    expect(fake.maxPayload).toBeLessThan(FOUR_MB);
    expect(fake.cell("Xếp hạng", "W4").value).toBe("Cờ thi đua: đạt 9/10");
    expect(fake.cell("Xếp hạng", "W14").value).toBe("Cờ thi đua: không đủ túc số");
    expect((await validateWorkbook(host)).findings.filter((f) => f.rule.startsWith("meeting."))).toEqual([]);

    const stamp = fake.cell("Bình xét", "C3").value;
    fake.resetCounters();
    const refused = await tallyMeeting(host, { now: TALLIED_AT, fileName: FILE, votes: FLAG_TO_RANK_TWO });
    expect(fake.syncCount).toBe(2);
    expect(refused.recorded).toBe(false);
    const flag = refused.findings.find((f) => f.rule === VOTING_RULES.flagNotFirst)!;
    expect([flag.sheet, flag.cell]).toEqual(["Bình xét", "C13"]);
    expect(fake.cell("Bình xét", "C3").value).toBe(stamp);

    const ballots = await makeBallots(host, { now: MINUTES_AT, fileName: FILE });
    expect(ballots.ballots.map((b) => b.copies)).toEqual([10, 6]);

    fake.resetCounters();
    const minutes = await makeMinutes(host, { now: MINUTES_AT, fileName: FILE });
    expect(minutes.minutes.map((m) => m.sheet)).toEqual(["Biên bản Cụm 1", "Biên bản Cụm 2"]);
    expect(fake.syncCount).toBe(4);
    expect(fake.maxPayload).toBeLessThan(FOUR_MB);
    expect(fake.cell("Biên bản Cụm 1", "A6").value).toBe("BIÊN BẢN");

    const undone = await undoLast(host, { now: MINUTES_AT, fileName: FILE });
    expect(undone.operation?.operation).toBe("minutes");
    expect(fake.cell("Biên bản Cụm 1", "A6").value).toBe("");
    const tallyUndone = await undoLast(host, { now: MINUTES_AT, fileName: FILE });
    // The minutes' undo cleared the snapshot: a second undo has nothing left to undo.
    expect(tallyUndone.undone).toBe(false);
  });
});
