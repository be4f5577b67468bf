// Checked by a real spreadsheet engine and a real word processor: LibreOffice recalculates the vote table (TD_Votes)
// of the two-cluster meeting to the pass/fail the core's tally gives, row by row, for a recorded tally and for a
// sitting full of bad counts (and under a regulation of "at least 70 % of those present"); the Kết quả sheet shows
// the vote under the proposal; the ballots print one per member on A5; and the .docx minutes open in
// LibreOffice and hold every vote count and name (PDFs kept in test-artifacts/ to look at).

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderOfficialDocument } from "../../../src/hosts/docx/renderOfficialDocument";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { ClusterTally } from "../../../src/core/voting/tallyCluster";
import { rangeAddress } from "../../../src/workbook/layout/cellAddress";
import { meetingMessages as M } from "../../../src/workbook/messages/meetingMessages";
import { VOTE_COLUMNS } from "../../../src/workbook/meeting/meetingLayout";
import { makeBallots } from "../../../src/workbook/operations/makeBallots";
import { makeMinutes, type ClusterMinutes } from "../../../src/workbook/operations/makeMinutes";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { PRINT_COLUMNS } from "../../../src/workbook/plan/inject/printLayout";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { recalcWithLibreOffice } from "../../support/libreoffice";
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
  COLUMNS,
  ROWS,
  type,
  typeClusterOneBallots,
} from "../../workbook/meeting/meetingSteps";
import { convertToPdf, pdfFacts } from "./officeConversion";

jest.setTimeout(400_000);

const ARTIFACTS = join(__dirname, "../../../test-artifacts");

/** The result texts the vote table's formula writes for each status (Vietnamese workbook). */
const TEXT: Record<string, string | null> = {
  passed: M.resultPassed.vi(),
  failed: M.resultFailed.vi(),
  "no-quorum": M.resultNoQuorum.vi(),
  invalid: M.resultInvalid.vi(),
  "not-voted": null,
};

/** Row of TD_Votes (0-based) → the result the core gives it, for every counted row of every cluster. */
function coreResults(clusters: readonly ClusterTally[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (const t of clusters) for (const e of t.entries) out.set(e.entry.row, TEXT[e.outcome.status]);
  return out;
}

/** Result and share columns of TD_Votes as LibreOffice computed them, by row of the table. */
async function recalculatedVotes(book: XlsxHost, rows: number): Promise<{ result: CellValue; share: CellValue }[]> {
  const [read] = await book.read([
    { sheet: "Bình xét", range: rangeAddress({ row: 7, column: 0, rows, columns: 16 }) },
  ]);
  return read.values.map((cells) => ({
    result: cells[VOTE_COLUMNS.result] ?? null,
    share: cells[VOTE_COLUMNS.share] ?? null,
  }));
}

let recordedBook: XlsxHost;
let recordedTallies: ClusterTally[];
let badBook: XlsxHost;
let badTallies: ClusterTally[];
let seventyBook: XlsxHost;
let seventyTallies: ClusterTally[];
let minutes: ClusterMinutes[];
let ballotsFile: Uint8Array;

beforeAll(async () => {
  // A: the meeting as recorded (Cụm 1 passes a flag and two certificates; Cụm 2 lacks a quorum).
  const a = XlsxHost.create();
  await rankedMeetingWorkbook(a);
  await prepareMeeting(a, { now: PREPARED_AT, fileName: FILE });
  await setMeetingParticulars(a, {
    now: PREPARED_AT,
    cluster: "Cụm 1",
    values: {
      date: "15/12/2026",
      startTime: "8:00",
      endTime: "11:30",
      place: "Hội trường Ủy ban nhân dân phường Đông Hải",
      town: "Lào Cai",
      chair: "Nguyễn Văn An",
      chairTitle: "Chủ tịch Ủy ban nhân dân phường Đông Hải, Trưởng cụm",
      secretary: "Lê Thị Cúc",
      present: 9,
    },
  });
  await typeClusterOneBallots(a);
  const recorded = await tallyMeeting(a, {
    now: TALLIED_AT,
    fileName: FILE,
    votes: CLUSTER_TWO_VOTES,
    present: CLUSTER_TWO_PRESENT,
  });
  if (!recorded.recorded) throw new Error(JSON.stringify(recorded.findings.map((f) => f.message.en)));
  recordedTallies = recorded.clusters;
  const made = await makeMinutes(a, { now: MINUTES_AT, fileName: FILE });
  minutes = made.minutes;
  const ballots = await makeBallots(a, { now: MINUTES_AT, fileName: FILE });
  const ballotBook = XlsxHost.create();
  await ballotBook.apply(ballots.ballots[1].plan);
  ballotsFile = await ballotBook.save();

  // B: a sitting full of counts a formula must judge: exactly half, numeric text, a fraction, a blank yes with a
  // no, ballots outnumbering those present, and Cụm 2 without its members present.
  const b = XlsxHost.create();
  await rankedMeetingWorkbook(b);
  await prepareMeeting(b, { now: PREPARED_AT, fileName: FILE });
  await setMeetingParticulars(b, { now: PREPARED_AT, cluster: "Cụm 1", values: { present: 9 } });
  const C = COLUMNS;
  await type(b, "Bình xét", [
    [ROWS.flagA01, C.yes, 5],
    [ROWS.flagA01, C.no, 4],
    [ROWS.certA02, C.yes, "7"],
    [ROWS.certA04, C.yes, 6.5],
    [ROWS.leader1, C.unit, "A05"],
    [ROWS.leader1, C.no, 3],
    [ROWS.deputy1, C.unit, "A06"],
    [ROWS.deputy1, C.yes, 8],
    [ROWS.deputy1, C.no, 2],
    [ROWS.flagB01, C.yes, 4],
  ]);
  badTallies = (await tallyMeeting(b, { now: TALLIED_AT })).clusters;

  // C: a cluster regulation of "at least 70 % of the members present".
  const c = XlsxHost.create();
  await rankedMeetingWorkbook(c, { voting: { passShare: 0.7, passRule: "at-least", passBasis: "present" } });
  await prepareMeeting(c, { now: PREPARED_AT, fileName: FILE });
  await setMeetingParticulars(c, { now: PREPARED_AT, cluster: "Cụm 1", values: { present: 10 } });
  await setMeetingParticulars(c, { now: PREPARED_AT, cluster: "Cụm 2", values: { present: 5 } });
  await type(c, "Bình xét", [
    [ROWS.flagA01, C.yes, 7],
    [ROWS.flagA01, C.no, 3],
    [ROWS.certA02, C.yes, 6],
    [ROWS.certA02, C.no, 4],
    [ROWS.flagB01, C.yes, 4],
    [ROWS.flagB01, C.no, 1],
    [ROWS.certB02, C.yes, 3],
    [ROWS.certB02, C.no, 2],
  ]);
  seventyTallies = (await tallyMeeting(c, { now: TALLIED_AT })).clusters;

  const [ra, rb, rc] = await recalcWithLibreOffice([await a.save(), await b.save(), await c.save()]);
  recordedBook = await XlsxHost.load(ra);
  badBook = await XlsxHost.load(rb);
  seventyBook = await XlsxHost.load(rc);
});

describe("TD_Votes recalculated by LibreOffice", () => {
  it("passes and fails the recorded meeting's rows exactly as the core's tally", async () => {
    const votes = await recalculatedVotes(recordedBook, 15);
    const expected = coreResults(recordedTallies);
    expect(expected.size).toBeGreaterThan(0);
    for (const [row, result] of expected) expect({ row, result: votes[row].result }).toEqual({ row, result });
    // By hand: A01 9/10 and A04 6/10 pass (more than half of ten), Cụm 2's 3 of 6 present lack a quorum of 4.
    expect(votes[ROWS.flagA01 - 7]).toEqual({ result: "Đạt", share: 0.9 });
    expect(votes[ROWS.certA04 - 7]).toEqual({ result: "Đạt", share: 0.6 });
    expect(votes[ROWS.spare1 - 7].result).toBe("Không đạt");
    expect(votes[ROWS.flagB01 - 7].result).toBe("Không đủ túc số");
  });

  it("judges exactly half, numeric text, fractions, a lone 'against' and a missing present count as the core does", async () => {
    const votes = await recalculatedVotes(badBook, 15);
    const expected = coreResults(badTallies);
    for (const [row, result] of expected) expect({ row, result: votes[row].result }).toEqual({ row, result });
    expect(votes.slice(0, 5).map((v) => v.result)).toEqual([
      "Không đạt", // 5 of 10 is not more than half
      "Số phiếu không hợp lệ", // "7" typed as text
      "Số phiếu không hợp lệ", // 6.5 ballots
      "Không đạt", // no yes entered, 3 against: 0 of 10
      "Số phiếu không hợp lệ", // 8 + 2 ballots with 9 present
    ]);
    expect(votes[ROWS.flagB01 - 7].result).toBe("Số phiếu không hợp lệ");
  });

  it("applies a regulation of at least 70 % of those present", async () => {
    const votes = await recalculatedVotes(seventyBook, 15);
    const expected = coreResults(seventyTallies);
    for (const [row, result] of expected) expect({ row, result: votes[row].result }).toEqual({ row, result });
    // 7 of 10 present reaches 70 %; 6 of 10 does not; 4 of 5 present passes, 3 of 5 does not.
    expect([ROWS.flagA01, ROWS.certA02, ROWS.flagB01, ROWS.certB02].map((r) => votes[r - 7].result)).toEqual([
      "Đạt",
      "Không đạt",
      "Đạt",
      "Không đạt",
    ]);
  });

  it("shows the vote on Kết quả under the proposal's full name, or alone for a unit the meeting added", async () => {
    // Kết quả: header row 8; Cụm 1's label 9, its units from 10 in rank order (A01, A02, A03, A04, …). The award
    // cell holds the score's proposal in full (settings' default names) and, on the line below, the meeting's vote;
    // Xã Bắc Hà was proposed by no score rule, so its cell holds the vote alone.
    const flag = "Cờ thi đua của Ủy ban nhân dân tỉnh";
    const certificate = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
    const [read] = await recordedBook.read([{ sheet: "Kết quả", range: `A10:G13` }]);
    expect(read.values.map((r) => [r[PRINT_COLUMNS.name], r[PRINT_COLUMNS.award]])).toEqual([
      ["Phường Đông Hải", `${flag}\nCờ thi đua: đạt 9/10`],
      ["Phường Tây Sơn", `${certificate}\nBằng khen: đạt 7/10`],
      ["Xã Bắc Hà", "Bằng khen (bổ sung): không đạt 3/10"],
      ["Xã Nam Cường", `${certificate}\nBằng khen: đạt 6/10`],
    ]);
  });
});

describe("printed", () => {
  it("prints Cụm 2's ballots one per member on A5 pages", async () => {
    const pdf = await convertToPdf(ballotsFile, "xlsx");
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "meeting-ballots-cum-2.pdf"), pdf);
    const facts = pdfFacts(pdf);
    expect(facts.pages).toBe(6);
    // A5 portrait: 148 × 210 mm = 419.5 × 595.3 points.
    expect(facts.size.map(Math.round)).toEqual([420, 595]);
    expect(facts.text.match(/PHIẾU BẦU/g)).toHaveLength(6);
    // pdftotext sets some syllables apart ("t ỉnh"): the award's name is checked up to there.
    expect(facts.text.replace(/\s+/g, " ")).toContain("1. Đề nghị tặng Cờ thi đua của Ủy ban nhân dân");
    expect(facts.text).toContain("Xã Bảo Hà");
  });

  it("opens the .docx minutes in LibreOffice with every vote count and name", async () => {
    const pdf = await convertToPdf(await renderOfficialDocument(minutes[0].document), "docx");
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, "meeting-minutes-cum-1.pdf"), pdf);
    const { text, pages, size } = pdfFacts(pdf);
    expect(size.map(Math.round)).toEqual([595, 842]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lào Cai, ngày 15 tháng 12 năm 2026",
      "BIÊN BẢN",
      "Nguyễn Văn An",
      "Lê Thị Cúc",
      "Có mặt 9/10",
      "Phường Đông Hải",
      "Phường Tây Sơn",
      "Xã Nam Cường",
      "Xã Bắc Hà",
      "Phường Kim Tân",
      "Xã Cam Đường",
      "THƯ KÝ",
      "CHỦ TRÌ",
    ]) {
      expect({ words, found: flat.includes(words) }).toEqual({ words, found: true });
    }
    // Each vote's counts, in table order: flag 9–0, certificates 7–2, 6–3, the added one 3–6; leader 8–1, deputy 7–2.
    for (const [unit, yes, no] of [
      ["Phường Đông Hải", 9, 0],
      ["Phường Tây Sơn", 7, 2],
      ["Xã Nam Cường", 6, 3],
      ["Xã Bắc Hà", 3, 6],
      ["Phường Kim Tân", 8, 1],
      ["Xã Cam Đường", 7, 2],
    ] as const) {
      expect(flat).toMatch(new RegExp(`${unit} ${yes} ${no} \\d+ %`));
    }
  });
});
