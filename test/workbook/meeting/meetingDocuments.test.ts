// Ballots, particulars and minutes of the two-cluster meeting on the in-memory host, and the refusals that keep a
// meeting from running on a workbook that is not ready for it.

import type { DocumentBlock } from "../../../src/workbook/documents/officialDocument";
import { MEETING_RULES } from "../../../src/workbook/messages/meetingMessages";
import { injectTemplate } from "../../../src/workbook/operations/injectTemplate";
import { makeBallots } from "../../../src/workbook/operations/makeBallots";
import { makeMinutes } from "../../../src/workbook/operations/makeMinutes";
import { prepareMeeting } from "../../../src/workbook/operations/prepareMeeting";
import { setMeetingParticulars } from "../../../src/workbook/operations/setMeetingParticulars";
import { tallyMeeting } from "../../../src/workbook/operations/tallyMeeting";
import { undoLast } from "../../../src/workbook/operations/undoLast";
import { planInputs } from "../../../src/workbook/plan/planInputs";
import type { WorkbookPlan } from "../../../src/workbook/plan/planTypes";
import { MemoryHost } from "../memoryHost";
import {
  FILE,
  INJECTED_AT,
  MEETING_TEMPLATE,
  MEETING_UNITS,
  MINUTES_AT,
  PREPARED_AT,
  rankedMeetingWorkbook,
  TALLIED_AT,
} from "./meetingFixture";
import { CLUSTER_TWO_PRESENT, CLUSTER_TWO_VOTES, typeClusterOneBallots } from "./meetingSteps";

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

/** Every text a plan writes, top to bottom. */
function texts(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => b.cells.flatMap((row) => row.map((c) => (typeof c.v === "string" ? c.v : "")))),
  );
}

async function prepared() {
  const host = new MemoryHost();
  await rankedMeetingWorkbook(host);
  await prepareMeeting(host, { now: PREPARED_AT, fileName: FILE });
  return host;
}

async function tallied() {
  const host = await prepared();
  await setMeetingParticulars(host, { now: PREPARED_AT, fileName: FILE, cluster: "Cụm 1", values: PARTICULARS });
  await typeClusterOneBallots(host);
  const tally = await tallyMeeting(host, {
    now: TALLIED_AT,
    fileName: FILE,
    votes: CLUSTER_TWO_VOTES,
    present: CLUSTER_TWO_PRESENT,
  });
  expect(tally.recorded).toBe(true);
  return host;
}

describe("ballots", () => {
  it("makes one workbook per cluster with a ballot per member, one page each, on A5 by default", async () => {
    const host = await prepared();
    const made = await makeBallots(host, { now: PREPARED_AT, fileName: FILE });
    expect(made.ballots.map((b) => [b.cluster, b.fileName, b.copies])).toEqual([
      ["Cụm 1", "Phiếu bầu - Cụm 1 - 2026.xlsx", 10],
      ["Cụm 2", "Phiếu bầu - Cụm 2 - 2026.xlsx", 6],
    ]);
    const [one] = made.ballots;
    const sheet = one.plan.sheets[0];
    expect(sheet.print?.paper).toBe("A5");
    // Ten identical ballots: a page break after each of the first nine.
    expect(sheet.print?.rowBreaks).toHaveLength(9);
    const words = texts(one.plan);
    expect(words.filter((t) => t === "PHIẾU BẦU")).toHaveLength(10);
    expect(words).toContain("1. Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh");
    expect(words).toContain("2. Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
    expect(words).toContain("3. Bầu đơn vị Trưởng cụm năm 2027");
    expect(words).toContain("Bình xét, suy tôn thi đua năm 2026");
    // The first ballot's candidates, in the list's order, under In favour / Against boxes.
    const first = words.slice(0, words.indexOf("3. Bầu đơn vị Trưởng cụm năm 2027"));
    expect(first.filter((t) => MEETING_UNITS.some((u) => u.name === t))).toEqual([
      "Phường Đông Hải",
      "Phường Tây Sơn",
      "Xã Nam Cường",
    ]);
    expect(first).toEqual(expect.arrayContaining(["Đồng ý", "Không đồng ý"]));
  });

  it("prints on A4 when asked, and logs the ballots without touching the undo snapshot", async () => {
    const host = await prepared();
    const made = await makeBallots(host, { now: PREPARED_AT, fileName: FILE, paper: "A4" });
    expect(made.ballots[1].plan.sheets[0].print?.paper).toBe("A4");
    const log = made.plan!.sheets.find((s) => s.key === "log")!.blocks[0].cells[0];
    expect([log[1].v, log[4].v]).toEqual(["Lập phiếu bầu", "16 phiếu khổ A4: Cụm 1 (10), Cụm 2 (6)."]);
    expect(made.plan!.sheets.some((s) => s.key === "undo")).toBe(false);
  });

  it("lists the nominees once entered, instead of lines to write one in", async () => {
    const host = await tallied();
    const words = texts((await makeBallots(host, { now: TALLIED_AT })).ballots[0].plan);
    const election = words.slice(words.indexOf("3. Bầu đơn vị Trưởng cụm năm 2027"));
    expect(election).toContain("Phường Kim Tân");
    expect(election).not.toContain("(Ghi tên đơn vị được giới thiệu)");
  });
});

describe("the particulars", () => {
  it("writes dates and times in the one form the minutes read, and refuses a date it cannot read at its cell", async () => {
    const host = await prepared();
    const set = await setMeetingParticulars(host, {
      now: PREPARED_AT,
      cluster: "Cụm 1",
      values: { date: "2026-12-15", startTime: "8h" },
    });
    expect(set.written).toEqual({ date: "15/12/2026", startTime: "08 giờ 00" });
    const bad = await setMeetingParticulars(host, {
      now: PREPARED_AT,
      cluster: "Cụm 1",
      values: { date: "mười lăm tháng mười hai", leader: "B01" },
    });
    expect(bad.plan).toBeNull();
    // Fields from row 5: members 5, present 6, date 7, …, leader 19; Cụm 1 is column C.
    expect(bad.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      [MEETING_RULES.particularBad, "Cuộc họp", "C7"],
      [MEETING_RULES.particularBad, "Cuộc họp", "C19"],
    ]);
    expect(bad.findings[0].message.vi).toBe(
      "Ngày họp (ngày/tháng/năm): không đọc được “mười lăm tháng mười hai”; ghi ví dụ 15/12/2026.",
    );
    expect(host.sheets.get("cuộc họp")!.cells.get("C7")?.v).toBe("15/12/2026");
  });
});

describe("the minutes", () => {
  it("are refused before a tally, naming why", async () => {
    const host = await prepared();
    const made = await makeMinutes(host, { now: MINUTES_AT });
    expect(made.plan).toBeNull();
    expect(made.findings.map((f) => f.rule)).toEqual([MEETING_RULES.notTallied]);
  });

  it("record time, place, chair, the ranking, each vote with its counts, the leader and deputy and the proposals", async () => {
    const host = await tallied();
    const made = await makeMinutes(host, { now: MINUTES_AT, fileName: FILE });
    expect(made.minutes.map((m) => [m.cluster, m.sheet, m.fileName])).toEqual([
      ["Cụm 1", "Biên bản Cụm 1", "Biên bản - Cụm 1 - 2026.docx"],
      ["Cụm 2", "Biên bản Cụm 2", "Biên bản - Cụm 2 - 2026.docx"],
    ]);
    const doc = made.minutes[0].document;
    expect(doc.header.placeDate).toBe("Lào Cai, ngày 15 tháng 12 năm 2026");
    expect(doc.title).toEqual(["BIÊN BẢN", "Họp bình xét, suy tôn thi đua năm 2026 của Cụm 1"]);
    const paragraphs = doc.body.flatMap((b: DocumentBlock) =>
      b.kind === "paragraph"
        ? [b.parts.map((p) => p.text).join("")]
        : b.kind === "list"
          ? b.items.map((i) => i.map((p) => p.text).join(""))
          : [],
    );
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "Thời gian: Vào hồi 08 giờ 00, ngày 15 tháng 12 năm 2026.",
        "Chủ trì: Đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân phường Đông Hải, Trưởng cụm.",
        "Có mặt 9/10 thành viên, đủ túc số theo quy định (từ 66,67 % tổng số thành viên, tức ít nhất 7 thành viên); Hội nghị đủ điều kiện biểu quyết.",
        "Đơn vị Trưởng cụm năm 2027: Phường Kim Tân (8/10 phiếu tán thành).",
        "Đơn vị Phó Trưởng cụm năm 2027: Xã Cam Đường (7/10 phiếu tán thành).",
        "Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho: Phường Đông Hải.",
        "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho: Phường Tây Sơn, Xã Nam Cường.",
        "Cuộc họp kết thúc vào hồi 11 giờ 30 cùng ngày. Biên bản đã được thông qua tại cuộc họp; các thành viên dự họp nhất trí với nội dung biên bản./.",
      ]),
    );
    const tables = doc.body.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(tables[1].rows).toEqual([
      ["1", "Cờ thi đua", "Phường Đông Hải", "9", "0", "90 %", "Thông qua"],
      ["2", "Bằng khen", "Phường Tây Sơn", "7", "2", "70 %", "Thông qua"],
      ["3", "Bằng khen", "Xã Nam Cường", "6", "3", "60 %", "Thông qua"],
      ["4", "Bằng khen (Hội nghị bổ sung)", "Xã Bắc Hà", "3", "6", "30 %", "Không thông qua"],
    ]);
    expect(tables[2].rows.map((r) => [r[1], r[2], r[3], r[6]])).toEqual([
      ["Trưởng cụm", "Phường Kim Tân", "8", "Trúng cử"],
      ["Phó Trưởng cụm", "Xã Cam Đường", "7", "Trúng cử"],
    ]);
    expect(doc.signatures.map((s) => [s.role, s.name])).toEqual([
      ["THƯ KÝ", "Lê Thị Cúc"],
      ["CHỦ TRÌ", "Nguyễn Văn An"],
    ]);
    // Cụm 2 lacked a quorum: its minutes say so and adopt nothing.
    const two = made.minutes[1].document.body.flatMap((b) => (b.kind === "paragraph" ? [b.parts[0].text] : []));
    expect(two).toContain("Hội nghị không đủ túc số; đề nghị Thường trực cụm tổ chức họp lại để bình xét, biểu quyết.");
  });

  it("write a printable sheet per cluster, a log row, and an undo that empties the sheets it filled", async () => {
    const host = await tallied();
    const made = await makeMinutes(host, { now: MINUTES_AT, fileName: FILE });
    const names = Object.fromEntries([...host.names.values()].map((n) => [n.name, `${n.sheet}!${n.range}`]));
    expect(names.TD_Minutes_Cum_1).toMatch(/^Biên bản Cụm 1!A1:G\d+$/);
    expect(names.TD_Minutes_Cum_2).toMatch(/^Biên bản Cụm 2!A1:G\d+$/);
    const sheet = host.sheets.get("biên bản cụm 1")!;
    expect(sheet.cells.get("A6")?.v).toBe("BIÊN BẢN");
    expect(sheet.cells.get("C4")?.v).toBe("Lào Cai, ngày 15 tháng 12 năm 2026");
    const log = made.plan!.sheets.find((s) => s.key === "log")!.blocks[0].cells[0];
    expect([log[1].v, log[4].v]).toEqual(["Lập biên bản họp bình xét", "Biên bản của Cụm 1, Cụm 2."]);
    const undone = await undoLast(host, { now: MINUTES_AT });
    expect(undone.operation?.operation).toBe("minutes");
    expect(sheet.cells.get("A6")?.v ?? null).toBeNull();
  });
});

describe("a workbook not ready for its meeting", () => {
  it("is refused before its ranking, and again when scores changed after it", async () => {
    const host = new MemoryHost();
    const planned = await injectTemplate(host, MEETING_TEMPLATE, MEETING_UNITS, undefined, {
      mode: "self",
      period: "2026",
      lang: "vi",
      now: INJECTED_AT,
    });
    const scores = MEETING_UNITS.map((_, i) => 80 - i);
    await host.apply(planInputs(planned.layout!, { self: [scores.map(() => null), scores, scores.map(() => 5)] }));
    expect((await prepareMeeting(host, { now: PREPARED_AT })).findings.map((f) => f.rule)).toEqual([
      MEETING_RULES.notRanked,
    ]);
    const ranked = new MemoryHost();
    const layout = await rankedMeetingWorkbook(ranked);
    await ranked.apply(planInputs(layout, { self: [[null], [70]] }));
    const stale = await prepareMeeting(ranked, { now: PREPARED_AT });
    expect(stale.plan).toBeNull();
    expect(stale.findings.map((f) => f.rule)).toEqual([MEETING_RULES.rankingStale]);
  });

  it("refuses ballots and a tally before the list exists", async () => {
    const host = new MemoryHost();
    await rankedMeetingWorkbook(host);
    expect((await makeBallots(host, { now: PREPARED_AT })).findings.map((f) => f.rule)).toEqual([
      MEETING_RULES.notPrepared,
    ]);
    expect((await tallyMeeting(host, { now: TALLIED_AT })).findings.map((f) => f.rule)).toEqual([
      MEETING_RULES.notPrepared,
    ]);
  });
});
