// The province consolidation on plain data: what keeps a cluster workbook out of the list (each check of domain.md
// "Province consolidation"), how the counted ones make the list, the summary and last year's comparison, and the
// votes seam. Every result below is given by hand (final, rank, grade, award as the cluster's ranking gave them).

import type { HistoryRow } from "../../../src/core/fairness/rotation";
import type { Finding } from "../../../src/core/findings/findingTypes";
import type { Award, Grade } from "../../../src/core/model/gradeTypes";
import { consolidateProvince, OWN_ERRORS_SHOWN } from "../../../src/core/province/consolidateProvince";
import { consolidationPeriod } from "../../../src/core/province/consolidationPeriod";
import { DEFAULT_PROVINCE_SETTINGS, type ProvinceSettings } from "../../../src/core/province/provinceSettings";
import type {
  ClusterSource,
  ClusterUnitResult,
  ClusterWorkbook,
  MeetingVotes,
} from "../../../src/core/province/provinceTypes";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";

type Row = [code: string, final: number, rank: number, grade: Grade, award: Award | null];

function result([code, final, rank, grade, award]: Row, cluster: string): ClusterUnitResult {
  return {
    code,
    name: `Đơn vị ${code}`,
    cluster,
    final,
    rank,
    grade,
    award,
    tieBreakNote: null,
    disqualified: false,
    writtenAward: award,
    writtenText: award === "co-thi-dua" ? "Cờ thi đua" : award === "bang-khen" ? "Bằng khen" : null,
  };
}

/** A ranked, current workbook of one cluster with these results; `over` replaces any field. */
function workbook(file: string, cluster: string, rows: Row[], over: Partial<ClusterWorkbook> = {}): ClusterSource {
  const results = rows.map((r) => result(r, cluster));
  return {
    file,
    workbook: {
      file,
      period: "2026",
      template: { id: "khoi-so-nganh", version: "1.0.0", title: "Khối các sở, ngành", legalBasis: [] },
      contentMax: 100,
      clusterTitle: cluster,
      settings: DEFAULT_SETTINGS,
      units: results.map((r) => ({ code: r.code, name: r.name, cluster, priority: false, disqualified: false })),
      ranked: true,
      stale: false,
      errors: [],
      warningCount: 0,
      results,
      ties: [],
      history: [],
      historyFindings: [],
      hasVotesSheet: false,
      votes: null,
      votesStale: false,
      ...over,
    },
  };
}

const FIVE: Row[] = [
  ["A", 96, 1, "HTXSNV", "co-thi-dua"],
  ["B", 91, 2, "HTXSNV", "bang-khen"],
  ["C", 83, 3, "HTTNV", null],
  ["D", 75, 4, "HTNV", null],
  ["E", 65, 5, "KHTNV", null],
];

/** FIVE with codes prefixed, so that two clusters share no unit. */
const five = (prefix: string): Row[] => FIVE.map(([c, ...rest]) => [`${prefix}${c}`, ...rest] as Row);

const settings = (over: Partial<ProvinceSettings> = {}): ProvinceSettings => ({
  ...DEFAULT_PROVINCE_SETTINGS,
  ...over,
});

const rulesOf = (findings: readonly { rule: string; file: string | null; severity: string }[], file: string) =>
  findings.filter((f) => f.file === file).map((f) => `${f.severity} ${f.rule}`);

describe("reading a workbook's period as the province compares them", () => {
  it.each([
    ["2026", "annual:2026", 2026],
    ["Năm 2026", "annual:2026", 2026],
    ["Năm học 2025 - 2026", "annual:2026", 2026],
    ["2025-2026", "annual:2026", 2026],
    ["Quý I/2026", "2026-Q1", 2026],
    ["Tháng 3/2026", "2026-03", 2026],
    ["6 tháng đầu năm 2026", "6 tháng đầu năm 2026", 2026],
    ["cả năm", "cả năm", null],
  ])("reads %s as %s of %s", (text, key, year) => {
    expect(consolidationPeriod(text)).toEqual({ key, year });
  });
});

describe("consolidating clean cluster workbooks", () => {
  const run = consolidateProvince(
    [workbook("k1.xlsx", "Khối 1", five("K1")), workbook("k2.xlsx", "Khối 2", five("K2"))],
    settings(),
  );

  it("counts both and lists the flags, then the certificates, cluster by cluster", () => {
    expect(run.findings).toEqual([]);
    expect(run.year).toBe(2026);
    expect(run.period).toBe("2026");
    expect(run.proposals.map((p) => [p.section, p.cluster, p.code, p.final, p.rank, p.grade])).toEqual([
      ["co-thi-dua", "Khối 1", "K1A", 96, 1, "HTXSNV"],
      ["co-thi-dua", "Khối 2", "K2A", 96, 1, "HTXSNV"],
      ["bang-khen", "Khối 1", "K1B", 91, 2, "HTXSNV"],
      ["bang-khen", "Khối 2", "K2B", 91, 2, "HTXSNV"],
    ]);
  });

  it("summarises each cluster with its grades and awards", () => {
    expect(run.clusters.map((c) => [c.key, c.label, c.members, c.ranked, c.votes, c.counted])).toEqual([
      [1, "Khối 1", 5, "ranked", "not-required", true],
      [2, "Khối 2", 5, "ranked", "not-required", true],
    ]);
    expect(run.clusters[0].grades).toEqual({ HTXSNV: 2, HTTNV: 1, HTNV: 1, KHTNV: 1 });
    expect([run.clusters[0].flags, run.clusters[0].certificates]).toEqual([1, 1]);
  });

  it("lists every unit of the counted clusters in rank order with its cluster number", () => {
    expect(run.units.map((u) => `${u.clusterKey} ${u.code} ${u.rank} ${u.award ?? "-"}`)).toEqual([
      "1 K1A 1 co-thi-dua",
      "1 K1B 2 bang-khen",
      "1 K1C 3 -",
      "1 K1D 4 -",
      "1 K1E 5 -",
      "2 K2A 1 co-thi-dua",
      "2 K2B 2 bang-khen",
      "2 K2C 3 -",
      "2 K2D 4 -",
      "2 K2E 5 -",
    ]);
  });
});

describe("checks that keep a cluster workbook out of the list", () => {
  it("leaves out a file that cannot be read, with its reason in both languages", () => {
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1")),
        { file: "x.xlsx", workbook: null, reason: { vi: "không phải tệp Excel", en: "not an Excel file" } },
      ],
      settings(),
    );
    expect(rulesOf(run.findings, "x.xlsx")).toEqual(["error province.unreadable"]);
    const finding = run.findings.find((f) => f.file === "x.xlsx")!;
    expect(finding.message.vi).toContain("không phải tệp Excel");
    expect(finding.message.en).toContain("not an Excel file");
    expect(run.clusters[1]).toMatchObject({ key: 2, file: "x.xlsx", counted: false, reasons: ["province.unreadable"] });
  });

  it("leaves out a stale and an unranked workbook", () => {
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1"), { stale: true }),
        workbook("k2.xlsx", "Khối 2", five("K2"), { ranked: false }),
        workbook("k3.xlsx", "Khối 3", five("K3")),
      ],
      settings(),
    );
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["error province.stale"]);
    expect(rulesOf(run.findings, "k2.xlsx")).toEqual(["error province.not-ranked"]);
    expect(run.clusters.map((c) => [c.ranked, c.counted])).toEqual([
      ["stale", false],
      ["not-ranked", false],
      ["ranked", true],
    ]);
    expect(run.proposals.map((p) => p.code)).toEqual(["K3A", "K3B"]);
  });

  it("lists a workbook's own errors (the first twenty) under a summary and leaves it out", () => {
    const errors: Finding[] = Array.from({ length: OWN_ERRORS_SHOWN + 3 }, (_, i) => ({
      rule: "score.out-of-range",
      severity: "error",
      location: { area: "self", unit: "K1A", criterion: "1.1" },
      message: { vi: `lỗi ${i}`, en: `error ${i}` },
    }));
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", five("K1"), { errors, results: null })], settings());
    const mine = run.findings.filter((f) => f.file === "k1.xlsx");
    expect(mine[0].rule).toBe("province.cluster-errors");
    expect(mine[0].message.en).toContain(`${OWN_ERRORS_SHOWN + 3} error(s)`);
    expect(mine.filter((f) => f.rule === "score.out-of-range")).toHaveLength(OWN_ERRORS_SHOWN);
    expect(mine[mine.length - 1].message.en).toContain("3 more error(s)");
    expect(run.clusters[0].reasons).toEqual(["province.cluster-errors"]);
    expect(run.findings.filter((f) => f.file === null).map((f) => f.rule)).toEqual(["province.no-clusters"]);
  });

  it("takes the year most workbooks state and leaves out another year and another kind of period", () => {
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1")),
        workbook("k2.xlsx", "Khối 2", five("K2"), { period: "Năm học 2025-2026" }),
        workbook("k3.xlsx", "Khối 3", five("K3"), { period: "2025" }),
        workbook("k4.xlsx", "Khối 4", five("K4"), { period: "Quý IV/2026" }),
      ],
      settings(),
    );
    expect(run.year).toBe(2026);
    expect(rulesOf(run.findings, "k2.xlsx")).toEqual([]);
    expect(rulesOf(run.findings, "k3.xlsx")).toEqual(["error province.other-year"]);
    expect(rulesOf(run.findings, "k4.xlsx")).toEqual(["error province.other-period"]);
    expect(run.findings.find((f) => f.file === "k4.xlsx")!.location).toEqual({ area: "metadata", field: "period" });
  });

  it("takes the year asked for over the workbooks' majority", () => {
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1")),
        workbook("k2.xlsx", "Khối 2", five("K2")),
        workbook("k3.xlsx", "Khối 3", five("K3"), { period: "2025" }),
      ],
      settings({ year: 2025 }),
    );
    expect(run.year).toBe(2025);
    expect(run.clusters.map((c) => c.counted)).toEqual([false, false, true]);
  });

  it("leaves out a workbook on another version of its kind's template, the most used version standing", () => {
    const v = (version: string) => ({ template: { id: "khoi-so-nganh", version, title: "Khối", legalBasis: [] } });
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1"), v("1.1.0")),
        workbook("k2.xlsx", "Khối 2", five("K2"), v("1.0.0")),
        workbook("k3.xlsx", "Khối 3", five("K3"), v("1.0.0")),
        workbook("c1.xlsx", "Cụm 1", five("C1"), {
          template: { id: "cum-xa-phuong", version: "2.0.0", title: "Cụm", legalBasis: [] },
        }),
      ],
      settings(),
    );
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["error province.template-version"]);
    expect(run.findings[0].message.vi).toContain("phiên bản 1.1.0");
    expect(run.findings[0].message.vi).toContain("dùng phiên bản 1.0.0");
    expect(run.clusters.map((c) => c.counted)).toEqual([false, true, true, true]);
  });

  it("leaves out both workbooks that list the same unit code, and warns of the same name under two codes", () => {
    const k2 = five("K2");
    k2[4] = ["K1E", 65, 5, "KHTNV", null];
    const k3 = five("K3");
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1")),
        workbook("k2.xlsx", "Khối 2", k2),
        workbook("k3.xlsx", "Khối 3", k3, {
          units: k3.map(([code]) => ({
            code,
            name: code === "K3C" ? "Đơn vị K1C" : `Đơn vị ${code}`,
            cluster: "Khối 3",
            priority: false,
            disqualified: false,
          })),
        }),
      ],
      settings(),
    );
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["error province.unit-in-two-clusters"]);
    expect(rulesOf(run.findings, "k2.xlsx")).toEqual(["error province.unit-in-two-clusters"]);
    expect(rulesOf(run.findings, "k3.xlsx")).toEqual(["warning province.same-unit-name"]);
    const k1 = run.findings.find((f) => f.file === "k1.xlsx")!;
    expect(k1.location).toEqual({ area: "units", unit: "K1E", field: "code" });
    expect(k1.message.en).toContain("also in Khối 2 (file k2.xlsx)");
    expect(run.clusters.map((c) => c.counted)).toEqual([false, false, true]);
  });

  it("leaves out a cluster proposing more flags or certificates than the province allows", () => {
    const rows: Row[] = [
      ["A", 96, 1, "HTXSNV", "co-thi-dua"],
      ["B", 95, 2, "HTXSNV", "co-thi-dua"],
      ["C", 94, 3, "HTXSNV", "bang-khen"],
      ["D", 93, 4, "HTXSNV", "bang-khen"],
      ["E", 65, 5, "KHTNV", null],
    ];
    const own = { ...DEFAULT_SETTINGS, awards: { ...DEFAULT_SETTINGS.awards, flags: 2 } };
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", rows, { settings: own })], settings());
    const mine = run.findings.filter((f) => f.file === "k1.xlsx");
    expect(mine.map((f) => [f.rule, f.location])).toEqual([
      ["province.flags-over-quota", { area: "settings", field: "awards.flags" }],
      // Five members: max(1, ⌊0.2 × 5⌋) = 1 certificate; the cluster's own settings are the province's here.
      ["province.certificates-over-quota", { area: "result", unit: "D", field: "award" }],
    ]);
    expect(mine[1].message.vi).toContain("đề nghị 2 Bằng khen");
  });
});

describe("ties at a cut-off", () => {
  const rows: Row[] = [
    ["A", 94, 1, "HTXSNV", "bang-khen"],
    ["B", 94, 1, "HTXSNV", "bang-khen"],
    ["C", 87, 3, "HTTNV", null],
    ["D", 81, 4, "HTTNV", null],
    ["E", 71, 5, "HTNV", null],
  ];
  const tie: Finding = {
    rule: "award.tie-at-cutoff",
    severity: "warning",
    location: { area: "result", unit: "A", field: "award" },
    message: { vi: "", en: "" },
    data: { cluster: "Khối 1", award: "co-thi-dua", rank: 1, remaining: 1, units: "A, B" },
  };
  // Ten members: two certificates allowed, so the tied units' certificates stand.
  const members = [...rows, ...five("Z").map(([c]) => [c, 50, 6, "KHTNV", null] as Row)];

  it("keeps a tie open: a warning, a note on both units and both put to the council for the flag", () => {
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", members, { ties: [tie] })], settings());
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["warning province.tie-open"]);
    expect(run.clusters[0].counted).toBe(true);
    expect(run.proposals.map((p) => [p.section, p.award, p.code])).toEqual([
      ["bang-khen", "bang-khen", "A"],
      ["bang-khen", "bang-khen", "B"],
      ["council", "co-thi-dua", "A"],
      ["council", "co-thi-dua", "B"],
    ]);
    expect(run.proposals[2].note).toEqual({
      vi: "Bằng điểm với Đơn vị B tại ngưỡng Cờ thi đua: Hội đồng quyết định.",
      en: "Tied with Đơn vị B at the emulation flag cut-off: the council decides.",
    });
  });

  it("leaves out a workbook whose award cell gives the tied flag to one unit", () => {
    const broken = workbook("k1.xlsx", "Khối 1", members, { ties: [tie] });
    const a = broken.workbook!.results![0];
    a.writtenAward = "co-thi-dua";
    a.writtenText = "Cờ thi đua";
    const run = consolidateProvince([broken], settings());
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["warning province.tie-open", "error province.tie-broken"]);
    expect(run.findings[1].location).toEqual({ area: "result", unit: "A", field: "award" });
    expect(run.clusters[0].counted).toBe(false);
  });

  it("leaves out a workbook whose award cell was edited otherwise, unless its results are stale anyway", () => {
    const edited = workbook("k1.xlsx", "Khối 1", five("K1"));
    edited.workbook!.results![2].writtenAward = "unknown";
    edited.workbook!.results![2].writtenText = "Giấy khen";
    const run = consolidateProvince([edited], settings());
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["error province.award-edited"]);
    expect(run.findings[0].message.vi).toContain("ghi “Giấy khen”, khác kết quả xếp hạng (“không đề nghị”)");
    const stale = consolidateProvince([{ ...edited, workbook: { ...edited.workbook!, stale: true } }], settings());
    expect(rulesOf(stale.findings, "k1.xlsx")).toEqual(["error province.stale"]);
  });
});

describe("rotation of the flag", () => {
  const history = (rows: [number, string, number, Award | null][]): HistoryRow[] =>
    rows.map(([year, unit, rank, award], row) => ({ row, year, unit, rank, award }));

  it("refuses a flag to a unit flagged within the province's gap years, pointing at that history row", () => {
    const past = history([
      [2024, "K1A", 1, "co-thi-dua"],
      [2025, "K1B", 1, "co-thi-dua"],
      [2025, "K1A", 2, "bang-khen"],
    ]);
    const wb = workbook("k1.xlsx", "Khối 1", five("K1"), { history: past });
    expect(rulesOf(consolidateProvince([wb], settings({ flagGapYears: 1 })).findings, "k1.xlsx")).not.toContain(
      "error province.rotation-gap",
    );
    const run = consolidateProvince([wb], settings({ flagGapYears: 2 }));
    const gap = run.findings.find((f) => f.rule === "province.rotation-gap")!;
    expect(gap.location).toEqual({ area: "history", row: 0, unit: "K1A", field: "award" });
    expect(gap.message.vi).toContain("đã nhận Cờ thi đua năm 2024");
    expect(run.clusters[0].counted).toBe(false);
  });

  it("warns when this year's flag completes a round of taking turns, and notes it on the proposal", () => {
    const past = history([
      [2024, "K1A", 1, "co-thi-dua"],
      [2024, "K1B", 2, null],
      [2025, "K1B", 1, "co-thi-dua"],
      [2025, "K1A", 2, null],
    ]);
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", five("K1"), { history: past })], settings());
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["warning province.rotation-turns"]);
    expect(run.proposals[0].note?.vi).toBe(
      "Cờ thi đua các năm gần đây lần lượt về Đơn vị K1A, Đơn vị K1B, Đơn vị K1A: cần xem xét luân phiên.",
    );
    expect(run.clusters[0].counted).toBe(true);
  });
});

describe("last year's awards from the history sheets", () => {
  it("compares only the clusters whose history holds last year", () => {
    const past: HistoryRow[] = [
      { row: 0, year: 2025, unit: "K1B", rank: 1, award: "co-thi-dua" },
      { row: 1, year: 2025, unit: "K1A", rank: 2, award: "bang-khen" },
      { row: 2, year: 2025, unit: "K1C", rank: 3, award: "bang-khen" },
      { row: 3, year: 2024, unit: "K1C", rank: 1, award: "co-thi-dua" },
    ];
    const run = consolidateProvince(
      [workbook("k1.xlsx", "Khối 1", five("K1"), { history: past }), workbook("k2.xlsx", "Khối 2", five("K2"))],
      settings(),
    );
    expect(run.lastYear).toEqual({ year: 2025, clusters: [{ clusterKey: 1, flags: 1, certificates: 2 }] });
  });

  it("has no comparison when no history holds last year", () => {
    expect(consolidateProvince([workbook("k1.xlsx", "Khối 1", five("K1"))], settings()).lastYear).toBeNull();
  });
});

describe("the cluster meeting's votes (the TD_Votes seam)", () => {
  it("leaves out a workbook without votes when the province requires them, saying whether a votes sheet exists", () => {
    const run = consolidateProvince(
      [workbook("k1.xlsx", "Khối 1", five("K1")), workbook("k2.xlsx", "Khối 2", five("K2"), { hasVotesSheet: true })],
      settings({ voteRequired: true }),
    );
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["error province.votes-missing"]);
    expect(run.findings[1].message.en).toContain("it has a votes sheet, but its results cannot be read yet");
    expect(run.clusters.map((c) => [c.votes, c.counted])).toEqual([
      ["not-recorded", false],
      ["not-recorded", false],
    ]);
  });

  it("shows each vote, puts a proposal voted down and a candidate the meeting added to the council", () => {
    const votes: MeetingVotes = {
      sittings: [{ cluster: "Khối 1", members: 5, present: 5, date: "ngày 15 tháng 12 năm 2026" }],
      candidates: [
        { unit: "K1A", award: "co-thi-dua", yes: 5, no: 0, basis: 5, passed: true, quorum: true },
        { unit: "K1B", award: "bang-khen", yes: 2, no: 3, basis: 5, passed: false, quorum: true },
        {
          unit: "K1C",
          award: "bang-khen",
          yes: 4,
          no: 1,
          basis: 5,
          passed: true,
          quorum: true,
          reason: "Dẫn đầu phong trào chuyển đổi số",
        },
      ],
    };
    const run = consolidateProvince(
      [workbook("k1.xlsx", "Khối 1", five("K1"), { votes })],
      settings({ voteRequired: true }),
    );
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["warning province.vote-failed", "warning province.vote-added"]);
    expect(run.clusters[0]).toMatchObject({ votes: "recorded", counted: true, flags: 1, certificates: 0 });
    expect(run.proposals.map((p) => [p.section, p.award, p.code, p.vote?.yes ?? null])).toEqual([
      ["co-thi-dua", "co-thi-dua", "K1A", 5],
      ["council", "bang-khen", "K1B", 2],
      ["council", "bang-khen", "K1C", 4],
    ]);
    expect(run.proposals[2].note?.vi).toBe(
      "Hội nghị cụm, khối đề nghị thêm, ngoài kết quả chấm điểm: Dẫn đầu phong trào chuyển đổi số.",
    );
    expect(run.units.find((u) => u.code === "K1B")!.award).toBeNull();
  });

  it("warns of a proposal the votes do not mention", () => {
    const votes: MeetingVotes = {
      sittings: [{ cluster: "Khối 1", members: 5, present: 4, date: null }],
      candidates: [{ unit: "K1A", award: "co-thi-dua", yes: 4, no: 0, basis: 5, passed: true, quorum: true }],
    };
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", five("K1"), { votes })], settings());
    expect(rulesOf(run.findings, "k1.xlsx")).toEqual(["warning province.vote-absent"]);
    expect(run.proposals.map((p) => p.code)).toEqual(["K1A", "K1B"]);
  });

  it("keeps the meeting's sitting for the dossier and says a vote without quorum was not taken", () => {
    const votes: MeetingVotes = {
      sittings: [{ cluster: "Khối 1", members: 5, present: 3, date: "ngày 15 tháng 12 năm 2026" }],
      candidates: [
        { unit: "K1A", award: "co-thi-dua", yes: 3, no: 0, basis: 5, passed: false, quorum: false },
        { unit: "K1B", award: "bang-khen", yes: 3, no: 0, basis: 5, passed: false, quorum: false },
      ],
    };
    const run = consolidateProvince([workbook("k1.xlsx", "Khối 1", five("K1"), { votes })], settings());
    expect(run.sittings).toEqual([
      { clusterKey: 1, cluster: "Khối 1", members: 5, present: 3, date: "ngày 15 tháng 12 năm 2026" },
    ]);
    expect(run.proposals.map((p) => [p.section, p.code])).toEqual([
      ["council", "K1A"],
      ["council", "K1B"],
    ]);
    expect(run.proposals[0].note?.vi).toBe(
      "Hội nghị cụm, khối không đủ số thành viên có mặt để biểu quyết đề nghị Cờ thi đua.",
    );
    expect(run.findings[0].message.en).toBe(
      "Khối 1: the emulation flag proposed for Đơn vị K1A did not pass the cluster meeting (too few members were " +
        "present for a valid vote); listed among the cases for the council.",
    );
  });

  it("leaves out a workbook whose recorded vote went stale when votes are required, and ignores it otherwise", () => {
    const stale = workbook("k1.xlsx", "Khối 1", five("K1"), { hasVotesSheet: true, votesStale: true });
    const required = consolidateProvince([stale], settings({ voteRequired: true }));
    expect(rulesOf(required.findings, "k1.xlsx")).toEqual(["error province.votes-stale"]);
    expect(required.clusters[0]).toMatchObject({ votes: "stale", counted: false, reasons: ["province.votes-stale"] });

    const optional = consolidateProvince([stale], settings());
    expect(rulesOf(optional.findings, "k1.xlsx")).toEqual(["warning province.votes-stale"]);
    expect(optional.findings[0].message.vi).toBe(
      "k1.xlsx: số phiếu, số thành viên có mặt hoặc điểm số đã thay đổi sau lần kiểm phiếu gần nhất, kết quả biểu " +
        "quyết ghi trong bảng đã cũ; cụm, khối cần kiểm phiếu lại. Kết quả biểu quyết này không được sử dụng.",
    );
    expect(optional.clusters[0]).toMatchObject({ votes: "stale", counted: true });
    expect(optional.proposals.map((p) => [p.section, p.code, p.vote])).toEqual([
      ["co-thi-dua", "K1A", null],
      ["bang-khen", "K1B", null],
    ]);
  });

  it("lists the scoring tables of the counted clusters once each, with their legal basis", () => {
    const basis = [{ number: "Luật số 06/2022/QH15", title: { vi: "Luật Thi đua, khen thưởng" }, date: "2022-06-15" }];
    const template = { id: "khoi-so-nganh", version: "1.0.0", title: "Khối các sở, ngành", legalBasis: basis };
    const run = consolidateProvince(
      [
        workbook("k1.xlsx", "Khối 1", five("K1"), { template }),
        workbook("k2.xlsx", "Khối 2", five("K2"), { template }),
      ],
      settings(),
    );
    expect(run.templates).toEqual([template]);
  });
});
