// votes.csv as a secretariat saves it: English or Vietnamese headers, awards in either language, problems by line.

import { readVotesCsv, VOTES_CSV_RULES } from "../../src/cli/meeting/readVotesCsv";
import { parseCommandLine } from "../../src/cli/parseCommandLine";

describe("readVotesCsv", () => {
  it("reads Vietnamese headers and award names, a blank 'against' as 0, and a quoted reason with a comma", () => {
    const read = readVotesCsv(
      "\uFEFFCụm;Mã đơn vị;Hình thức;Tán thành;Không tán thành;Lý do\n" +
        'Cụm 1;A01;Cờ thi đua;9;;\nCụm 1;A03;bằng khen;3;6;"Thiên tai, lũ lụt"\nCụm 1;A05;Trưởng cụm;8;1;\n',
      "votes.csv",
    );
    expect(read.findings).toEqual([]);
    expect(read.votes).toEqual([
      { cluster: "Cụm 1", matter: "co-thi-dua", unit: "A01", yes: 9, no: 0 },
      { cluster: "Cụm 1", matter: "bang-khen", unit: "A03", yes: 3, no: 6, reason: "Thiên tai, lũ lụt" },
      { cluster: "Cụm 1", matter: "leader", unit: "A05", yes: 8, no: 1 },
    ]);
  });

  it("names the line of an unknown award and of a count that is not a whole number, and gives no ballots", () => {
    const read = readVotesCsv(
      "cluster,unit,award,yes,no\nCụm 1,A01,Giấy khen,5,0\nCụm 1,A02,bang-khen,7.5,1\n",
      "v.csv",
    );
    expect(read.votes).toEqual([]);
    expect(read.findings.map((f) => [f.rule, f.place?.en])).toEqual([
      [VOTES_CSV_RULES.badAward, "v.csv, line 2"],
      [VOTES_CSV_RULES.badCount, "v.csv, line 3"],
    ]);
  });

  it("says which columns are missing", () => {
    const read = readVotesCsv("cluster,unit,yes\n", "v.csv");
    expect(read.findings.map((f) => f.rule)).toEqual([VOTES_CSV_RULES.missingColumns]);
    expect(read.findings[0].message.en).toContain("award, no");
  });
});

describe("the meeting commands' lines", () => {
  const request = (argv: string[]) => parseCommandLine(argv).request;

  it("reads repeated --present CLUSTER=N, the last '=' splitting", () => {
    expect(request(["tally", "cum.xlsx", "--present", "Cụm 1=9", "--present", "Khối A=B=5"])).toEqual({
      ok: true,
      value: { command: "tally", file: "cum.xlsx", votes: null, present: { "Cụm 1": 9, "Khối A=B": 5 } },
    });
  });

  it("maps particulars options to their fields, and wants --out for ballots and minutes", () => {
    expect(
      request(["meeting", "cum.xlsx", "--cluster", "Cụm 1", "--chair-title", "Chủ tịch", "--present", "9"]),
    ).toEqual({
      ok: true,
      value: { command: "meeting", file: "cum.xlsx", cluster: "Cụm 1", values: { chairTitle: "Chủ tịch", present: 9 } },
    });
    const ballots = request(["ballots", "cum.xlsx"]);
    expect(ballots.ok ? null : ballots.failure.en).toBe(
      "The ballots command needs the option --out (see “thidua ballots --help”).",
    );
    expect(request(["ballots", "cum.xlsx", "--out", "p", "--paper", "a4"])).toEqual({
      ok: true,
      value: { command: "ballots", file: "cum.xlsx", out: "p", paper: "A4" },
    });
    const paper = request(["ballots", "cum.xlsx", "--out", "p", "--paper", "A3"]);
    expect(paper.ok ? null : paper.failure.vi).toBe(
      "Giá trị “A3” của --paper không hợp lệ: hãy chọn một trong A5, A4.",
    );
  });
});
