// The year-end meeting through the built `thidua` command on real files: the list, the particulars, ballots, a
// tally refused for a flag voted to rank 2 (the file untouched), the tally recorded from votes.csv (one flag and two
// certificates passed, an added candidate with its reason, the leader and deputy elected, Cụm 2 without a quorum),
// the .docx minutes, the log rows, and an undo.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { VOTING_RULES } from "../../src/core/voting/votingRules";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../src/workbook/read/readPlan";
import { rankedMeetingWorkbook } from "../workbook/meeting/meetingFixture";
import { buildCli, fileHash, tempFolder, thidua } from "./cliProcess";

const VOTES = `cụm,mã đơn vị,hình thức,tán thành,không tán thành,lý do
Cụm 1,A01,Cờ thi đua,9,0,
Cụm 1,A02,Bằng khen,7,2,
Cụm 1,A04,Bằng khen,6,3,
Cụm 1,A03,Bằng khen,3,6,"Có thành tích đột xuất trong phòng, chống thiên tai"
Cụm 1,A05,Trưởng cụm,8,1,
Cụm 1,A06,Phó Trưởng cụm,7,2,
Cụm 2,B01,Cờ thi đua,3,0,
Cụm 2,B02,Bằng khen,3,0,
`;

const FLAG_TO_RANK_TWO = `cluster,unit,award,yes,no,reason
Cụm 1,A01,co-thi-dua,4,5,
Cụm 1,A02,co-thi-dua,8,1,Dẫn đầu phong trào chuyển đổi số
`;

interface TallyJson {
  recorded: boolean;
  clusters: {
    cluster: string;
    present: number | null;
    quorum: { needed: number; met: boolean | null };
    adopted: { award: string; unit: string; yes: number; basis: number }[];
    leader: { unit: string; yes: number } | null;
    deputy: { unit: string; yes: number } | null;
  }[];
  findings: { rule: string; severity: string; sheet: string | null; cell: string | null }[];
}

async function logActions(path: string): Promise<string[]> {
  const host = await XlsxHost.load(readFileSync(path));
  const outline = await host.outline();
  const parsed = parseWorkbook(await host.read(readPlan(outline)), outline);
  return parsed.log!.rows.map((r) => r.action);
}

jest.setTimeout(120_000);

let dir: string;

beforeAll(async () => {
  buildCli();
  dir = tempFolder();
  const host = XlsxHost.create();
  await rankedMeetingWorkbook(host);
  writeFileSync(join(dir, "cum.xlsx"), await host.save());
  writeFileSync(join(dir, "votes.csv"), VOTES);
  writeFileSync(join(dir, "flag-to-rank-2.csv"), FLAG_TO_RANK_TWO);
});

describe("thidua meeting, ballots, tally and minutes", () => {
  it("prepares the list and shows each cluster's candidates and the unit left out", () => {
    const run = thidua(["meeting", "cum.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cờ thi đua: Phường Đông Hải");
    expect(run.stdout).toContain("Bằng khen: Phường Tây Sơn, Xã Nam Cường");
    expect(run.stdout).toContain(
      "Không đề nghị Bằng khen: Xã Bắc Hà – Xếp loại HTNV, chưa đạt Hoàn thành xuất sắc nhiệm vụ",
    );
  });

  it("writes a cluster's particulars, and refuses a date it cannot read with exit 1 and the file untouched", () => {
    const ok = thidua(
      [
        "meeting",
        "cum.xlsx",
        "--cluster",
        "Cụm 1",
        "--date",
        "15/12/2026",
        "--start",
        "8:00",
        "--end",
        "11:30",
        "--town",
        "Lào Cai",
        "--place",
        "Hội trường Ủy ban nhân dân phường Đông Hải",
        "--chair",
        "Nguyễn Văn An",
        "--secretary",
        "Lê Thị Cúc",
        "--present",
        "9",
        "--leader",
        "A01",
      ],
      dir,
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Đã ghi 9 mục thông tin cuộc họp của Cụm 1 vào cum.xlsx.");
    const before = fileHash(join(dir, "cum.xlsx"));
    const bad = thidua(["meeting", "cum.xlsx", "--cluster", "Cụm 2", "--date", "hôm qua"], dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("Cuộc họp!D7");
    expect(fileHash(join(dir, "cum.xlsx"))).toBe(before);
  });

  it("makes one ballot file per cluster", async () => {
    const run = thidua(["ballots", "cum.xlsx", "--out", "phieu"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Đã lập 2 tệp phiếu bầu (16 phiếu khổ A5) trong phieu.");
    const book = await XlsxHost.load(readFileSync(join(dir, "phieu", "Phiếu bầu - Cụm 2 - 2026.xlsx")));
    const [read] = await book.read([{ sheet: "Phiếu bầu", range: "A1:D400" }]);
    expect(read.values.flat().filter((v) => v === "PHIẾU BẦU")).toHaveLength(6);
  });

  it("refuses a tally that votes the flag to rank 2, naming its cell, and leaves the file as it was", () => {
    const before = fileHash(join(dir, "cum.xlsx"));
    const run = thidua(["tally", "cum.xlsx", "--votes", "flag-to-rank-2.csv", "--json"], dir);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as TallyJson;
    expect(json.recorded).toBe(false);
    const flag = json.findings.find((f) => f.rule === VOTING_RULES.flagNotFirst)!;
    // A02's flag takes Cụm 1's first spare row, 12; the unit code is column C.
    expect([flag.severity, flag.sheet, flag.cell]).toEqual(["error", "Bình xét", "C12"]);
    expect(fileHash(join(dir, "cum.xlsx"))).toBe(before);
  });

  it("records the tally from votes.csv with the members present of Cụm 2", () => {
    const run = thidua(["tally", "cum.xlsx", "--votes", "votes.csv", "--present", "Cụm 2=3", "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as TallyJson;
    expect(json.recorded).toBe(true);
    const [one, two] = json.clusters;
    expect(one.adopted.map((a) => [a.award, a.unit, a.yes, a.basis])).toEqual([
      ["co-thi-dua", "A01", 9, 10],
      ["bang-khen", "A02", 7, 10],
      ["bang-khen", "A04", 6, 10],
    ]);
    expect([one.leader?.unit, one.deputy?.unit]).toEqual(["A05", "A06"]);
    expect(two.quorum).toEqual({ needed: 4, met: false });
    expect(json.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      [VOTING_RULES.addedCandidate, "Bình xét", "I12"],
      [VOTING_RULES.noQuorum, "Cuộc họp", "D6"],
    ]);
  });

  it("writes the .docx minutes of each cluster with their vote counts, and logs every step", async () => {
    const run = thidua(["minutes", "cum.xlsx", "--out", "bien-ban.docx"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("bien-ban - Cụm 1.docx, bien-ban - Cụm 2.docx");
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "bien-ban - Cụm 1.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const words of [
      "Phường Đông Hải 9 0 90 %",
      "Xã Bắc Hà 3 6 30 %",
      "Phường Kim Tân 8 1 80 %",
      "Nguyễn Văn An",
    ]) {
      expect({ words, found: text.includes(words) }).toEqual({ words, found: true });
    }
    expect(existsSync(join(dir, "bien-ban - Cụm 2.docx"))).toBe(true);
    expect((await logActions(join(dir, "cum.xlsx"))).slice(-6)).toEqual([
      "Xếp hạng",
      "Lập danh sách bình xét",
      "Thông tin cuộc họp",
      "Lập phiếu bầu",
      "Kiểm phiếu",
      "Lập biên bản họp bình xét",
    ]);
    const undo = thidua(["undo", "cum.xlsx"], dir);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain("lập biên bản");
  });

  it("says what is wrong with its arguments in one sentence, exit 2", () => {
    const present = thidua(["tally", "cum.xlsx", "--present", "Cụm 2"], dir);
    expect(present.status).toBe(2);
    expect(present.stderr).toBe(
      '--present “Cụm 2” không đúng: ghi tên cụm, dấu bằng và số thành viên có mặt, ví dụ --present "Cụm 1=9".\n',
    );
    const docx = thidua(["minutes", "cum.xlsx", "--out", "bien-ban.pdf"], dir);
    expect(docx.status).toBe(2);
    expect(thidua(["tally", "--help"], dir).stdout).toContain("thidua tally TỆP.xlsx");
  });
});
