// The province consolidation through the in-memory host: six generated cluster workbooks (provinceScenario.ts, every
// number worked out there) read with one outline and one read each and never written to; the findings per file with
// their sheet and cell; the province workbook's list, cluster summary, unit table, findings, settings and metadata;
// the Board's settings read back for the next run; and the votes seam (TD_Votes detected, a reader plugged in).

import { DEFAULT_PROVINCE_SETTINGS } from "../../../src/core/province/provinceSettings";
import type { MeetingVotes } from "../../../src/core/province/provinceTypes";
import type { Host } from "../../../src/workbook/host/hostTypes";
import { consolidateClusters, type ProvinceRun } from "../../../src/workbook/province/consolidateClusters";
import { PROVINCE_NAMES } from "../../../src/workbook/province/provinceNames";
import { readProvinceWorkbookSettings } from "../../../src/workbook/province/readProvinceWorkbookSettings";
import { MemoryHost } from "../memoryHost";
import { fillCluster } from "./clusterWorkbooks";
import { PROVINCE_FILES } from "./provinceScenario";

jest.setTimeout(60_000);

/** Everything a MemoryHost holds, as text: equal before and after means nothing was written. */
function snapshot(host: MemoryHost): string {
  return JSON.stringify({
    sheets: [...host.sheets.values()].map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()],
    })),
    names: [...host.names.entries()],
  });
}

const sourceOf = (fileName: string, host: Host) => ({ fileName, open: async () => host });

let clusters: Map<string, MemoryHost>;
let before: Map<string, { state: string; calls: number }>;
let out: MemoryHost;
let run: ProvinceRun;

beforeAll(async () => {
  clusters = new Map();
  for (const [file, spec] of PROVINCE_FILES) {
    const host = new MemoryHost();
    await fillCluster(host, spec);
    clusters.set(file, host);
  }
  before = new Map([...clusters].map(([file, host]) => [file, { state: snapshot(host), calls: host.calls.length }]));
  out = new MemoryHost();
  run = await consolidateClusters(
    [...clusters].map(([file, host]) => sourceOf(file, host)),
    out,
  );
});

describe("consolidating six cluster workbooks in memory", () => {
  it("reads each cluster workbook in one outline and one read, and changes nothing in it", () => {
    for (const [file, host] of clusters) {
      expect(snapshot(host)).toBe(before.get(file)!.state);
      expect(host.calls.slice(before.get(file)!.calls)).toEqual(["outline", "read"]);
    }
  });

  it("counts the two clean clusters of 2026 and leaves out the stale, the 2025 and the two sharing a unit", () => {
    expect(run.consolidation.year).toBe(2026);
    expect(run.consolidation.clusters.map((c) => [c.file, c.counted, c.reasons])).toEqual([
      ["cum1.xlsx", true, []],
      ["cum2.xlsx", true, []],
      ["cum3.xlsx", false, ["province.stale"]],
      ["cum4.xlsx", false, ["province.other-year"]],
      ["cum5.xlsx", false, ["province.unit-in-two-clusters"]],
      ["cum6.xlsx", false, ["province.unit-in-two-clusters"]],
    ]);
  });

  it("names the file, sheet and cell of every finding", () => {
    expect(run.findings.map((f) => [f.file, f.severity, f.rule, f.sheet, f.cell])).toEqual([
      // C1A (first unit: Xếp hạng row 4), award column O: its flag repeats A 2024, B 2025, A 2026.
      ["cum1.xlsx", "warning", "province.rotation-turns", "Xếp hạng", "O4"],
      ["cum2.xlsx", "warning", "province.tie-open", "Xếp hạng", "O4"],
      ["cum3.xlsx", "error", "province.stale", "Xếp hạng", "A3"],
      // The guide's lines: template B3, cluster title B4, period B5.
      ["cum4.xlsx", "error", "province.other-year", "Hướng dẫn", "B5"],
      // C6C is the fifth unit of cum5 (units table row 7) and the third of cum6 (row 5).
      ["cum5.xlsx", "error", "province.unit-in-two-clusters", "Đơn vị", "A7"],
      ["cum6.xlsx", "error", "province.unit-in-two-clusters", "Đơn vị", "A5"],
    ]);
  });

  it("lists the flag, the certificates and the open tie, each in its section", () => {
    expect(run.consolidation.proposals.map((p) => [p.section, p.code, p.final, p.rank, p.grade])).toEqual([
      ["co-thi-dua", "C1A", 96, 1, "HTXSNV"],
      ["bang-khen", "C1B", 91, 2, "HTXSNV"],
      ["bang-khen", "C2A", 94, 1, "HTXSNV"],
      ["bang-khen", "C2B", 94, 1, "HTXSNV"],
      ["council", "C2A", 94, 1, "HTXSNV"],
      ["council", "C2B", 94, 1, "HTXSNV"],
    ]);
  });
});

describe("the province workbook written", () => {
  const at = (sheet: string, cell: string) => out.cell(sheet, cell);

  it("has the list sheet with its sections and live counts of each section's codes", () => {
    const list = run.layout!.list;
    expect(list.sheet).toBe("Danh sách đề nghị");
    // Header row 9; section I heading row 10 and C1A on 11; II heading 12, rows 13–15; III heading 16, rows 17–18.
    expect(list.sections.map((s) => [s.section, s.headingRow, s.firstRow, s.rows])).toEqual([
      ["co-thi-dua", 10, 11, 1],
      ["bang-khen", 12, 13, 3],
      ["council", 16, 17, 2],
    ]);
    expect(at(list.sheet, "A10")?.v).toBe("I. ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(["C11", "C13", "C14", "C15", "C17", "C18"].map((c) => at(list.sheet, c)?.v)).toEqual([
      "C1A",
      "C1B",
      "C2A",
      "C2B",
      "C2A",
      "C2B",
    ]);
    expect(at(list.sheet, "J17")?.v).toBe(
      "Xem xét: Cờ thi đua. Bằng điểm với Đơn vị C2B tại ngưỡng Cờ thi đua: Hội đồng quyết định.",
    );
    const formula = (address: string) => out.cell(list.sheet, address.replace(/^.*!/, ""))?.f;
    expect(formula(list.totals.flags)).toBe("COUNTA(C11:C11)");
    expect(formula(list.totals.certificates)).toBe("COUNTA(C13:C15)");
    expect(formula(list.totals.council)).toBe("COUNTA(C17:C18)");
    expect(formula(list.totals.all)).toBe(`${list.totals.flags}+${list.totals.certificates}`);
    expect(out.names.get(PROVINCE_NAMES.proposals.toUpperCase())).toEqual({
      name: PROVINCE_NAMES.proposals,
      sheet: list.sheet,
      range: "A9:J18",
    });
  });

  it("has a row per cluster, with live counts over the unit table for the counted ones only", () => {
    const sheet = run.layout!.clusters.sheet;
    expect(at(sheet, "B10")?.v).toBe("Cụm thi đua số 1");
    // 15 units (5 + 10) on rows 4–18 of Đơn vị: cluster number in B, grade in J, award in K.
    expect(at(sheet, "I10")?.f).toBe(`COUNTIFS('Đơn vị'!$B$4:$B$18,1,'Đơn vị'!$J$4:$J$18,"HTXSNV")`);
    expect(at(sheet, "M11")?.f).toBe(`COUNTIFS('Đơn vị'!$B$4:$B$18,2,'Đơn vị'!$K$4:$K$18,"Cờ thi đua")`);
    expect(at(sheet, "I12")).toMatchObject({ v: null });
    expect(at(sheet, "O12")?.v).toBe("Chưa đưa vào danh sách: kết quả đã cũ");
    expect(at(sheet, "O15")?.v).toBe("Chưa đưa vào danh sách: đơn vị trùng với cụm, khối khác");
    expect(at(sheet, "F16")?.f).toBe(`SUMIFS(F10:F15,O10:O15,"Đưa vào danh sách")`);
  });

  it("lists the units of the counted clusters with their awards as the counts read them", () => {
    const sheet = run.layout!.units.sheet;
    expect(run.layout!.units.table).toEqual({ row: 4, column: 0, rows: 15, columns: 13 });
    expect(["D4", "K4", "D5", "K5", "D9", "K9", "D10", "J10"].map((c) => at(sheet, c)?.v)).toEqual([
      "C1A",
      "Cờ thi đua",
      "C1B",
      "Bằng khen",
      "C2A",
      "Bằng khen",
      "C2B",
      "HTXSNV",
    ]);
    expect(at(sheet, "H4")?.f).toBe(`IF(G4>0,F4/G4,"")`);
  });

  it("lists the findings with file, sheet and cell, and the Board's settings open for input", () => {
    const findings = run.layout!.findings;
    expect(findings.table.rows).toBe(6);
    expect(["B7", "C7", "D7", "E7"].map((c) => at(findings.sheet, c)?.v)).toEqual([
      "cum4.xlsx",
      "Lỗi",
      "Hướng dẫn",
      "B5",
    ]);
    const settings = run.layout!.settings;
    expect(at(settings.sheet, "A4")?.v).toBe("year");
    expect(at(settings.sheet, "B4")).toMatchObject({ v: null, input: true });
    expect(at(settings.sheet, "B5")).toMatchObject({ v: "Không", input: true });
  });

  it("keeps the list and the clusters in its metadata for the council's ballot and the dossier", () => {
    const meta = run.layout!.meta;
    const json = Array.from({ length: meta.chunks }, (_, i) => out.cell(meta.sheet, `A${i + 1}`)?.v).join("");
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ kind: "province", contract: 1, year: 2026, period: "2026" });
    expect(parsed.proposals).toHaveLength(6);
    expect(out.sheets.get(meta.sheet.toLowerCase())?.visibility).toBe("veryHidden");
  });
});

describe("an English province workbook", () => {
  it("writes English sheets, header and award words, and counts with the same words the unit table holds", async () => {
    const en = new MemoryHost();
    const english = await consolidateClusters(
      [...clusters].map(([file, host]) => sourceOf(file, host)),
      en,
      { lang: "en" },
    );
    const layout = english.layout!;
    expect([layout.list.sheet, layout.clusters.sheet, layout.stats.sheet, layout.units.sheet]).toEqual([
      "Proposals",
      "Clusters",
      "Statistics",
      "Units",
    ]);
    expect(en.cell("Proposals", "A1")?.v).toBe("PROVINCIAL EMULATION AND COMMENDATION BOARD");
    expect(en.cell("Proposals", "A10")?.v).toBe(
      "I. PROPOSED FOR THE EMULATION FLAG OF THE PROVINCIAL PEOPLE'S COMMITTEE",
    );
    expect(en.cell("Units", "K4")?.v).toBe("Emulation flag");
    expect(en.cell("Clusters", "M10")?.f).toBe(`COUNTIFS(Units!$B$4:$B$18,1,Units!$K$4:$K$18,"Emulation flag")`);
    expect(english.findings[0].message.en).toContain("signs of taking turns");
  });
});

describe("the Board's settings from an earlier province workbook", () => {
  it("reads them back, and a flag gap of two years then keeps cluster 1 out (its A had the 2024 flag)", async () => {
    const earlier = new MemoryHost();
    await consolidateClusters(
      [...clusters].map(([file, host]) => sourceOf(file, host)),
      earlier,
    );
    // rotation.flagGapYears is the eighth key: Cài đặt row 11.
    earlier.type("Cài đặt", "B11", 2);
    const read = await readProvinceWorkbookSettings(earlier);
    expect(read.isProvince).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.settings?.flagGapYears).toBe(2);
    const again = await consolidateClusters(
      [...clusters].map(([file, host]) => sourceOf(file, host)),
      new MemoryHost(),
      { settings: read.settings! },
    );
    expect(again.findings.filter((f) => f.file === "cum1.xlsx").map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["province.rotation-gap", "Lịch sử", "D3"],
      ["province.rotation-turns", "Xếp hạng", "O4"],
    ]);
    // Lịch sử's table starts on row 3 (header on row 2): its first row is A's 2024 flag.
    const cum1 = clusters.get("cum1.xlsx")!;
    expect(["A3", "B3", "D3"].map((c) => cum1.cell("Lịch sử", c)?.v)).toEqual([2024, "C1A", "Cờ thi đua"]);
    expect(again.consolidation.clusters[0].counted).toBe(false);
  });

  it("names the cell of a value it cannot use", async () => {
    const earlier = new MemoryHost();
    await consolidateClusters([sourceOf("cum1.xlsx", clusters.get("cum1.xlsx")!)], earlier);
    earlier.type("Cài đặt", "B6", "một");
    const read = await readProvinceWorkbookSettings(earlier);
    expect(read.problems.map((p) => p.vi)).toEqual([
      "Ô Cài đặt!B6 (awards.flagsPerCluster) ghi “một”: cần một số nguyên từ 0 trở lên.",
    ]);
  });
});

describe("the cluster meeting's votes", () => {
  it("shows the vote of cluster 1's tallied meeting beside its proposals, and marks it recorded", () => {
    expect(run.consolidation.clusters.map((c) => c.votes)).toEqual([
      "recorded",
      "not-required",
      "not-required",
      "not-required",
      "not-required",
      "not-required",
    ]);
    expect(run.consolidation.proposals.map((p) => [p.section, p.code, p.vote])).toEqual([
      [
        "co-thi-dua",
        "C1A",
        { unit: "C1A", award: "co-thi-dua", yes: 5, no: 0, basis: 5, passed: true, quorum: true, reason: null },
      ],
      [
        "bang-khen",
        "C1B",
        { unit: "C1B", award: "bang-khen", yes: 4, no: 1, basis: 5, passed: true, quorum: true, reason: null },
      ],
      ["bang-khen", "C2A", null],
      ["bang-khen", "C2B", null],
      ["council", "C2A", null],
      ["council", "C2B", null],
    ]);
    expect(run.consolidation.sittings).toEqual([
      { clusterKey: 1, cluster: "Cụm thi đua số 1", members: 5, present: 5, date: "ngày 15 tháng 12 năm 2026" },
    ]);
    const list = run.layout!.list;
    // The vote column I: C1A on row 11, C1B on 13.
    expect(out.cell(list.sheet, "I11")?.v).toBe("Thông qua (5 tán thành, 0 không tán thành)");
    expect(out.cell(list.sheet, "I13")?.v).toBe("Thông qua (4 tán thành, 1 không tán thành)");
    expect(out.cell(list.sheet, "I14")?.v ?? null).toBeNull();
  });

  it("leaves out a cluster without a recorded vote when the province requires one, and keeps the voted one", async () => {
    const required = await consolidateClusters(
      [sourceOf("cum1.xlsx", clusters.get("cum1.xlsx")!), sourceOf("cum2.xlsx", clusters.get("cum2.xlsx")!)],
      new MemoryHost(),
      { settings: { ...DEFAULT_PROVINCE_SETTINGS, voteRequired: true } },
    );
    expect(required.consolidation.clusters.map((c) => [c.file, c.votes, c.counted, c.reasons])).toEqual([
      ["cum1.xlsx", "recorded", true, []],
      ["cum2.xlsx", "not-recorded", false, ["province.votes-missing"]],
    ]);
    expect(required.findings.find((f) => f.rule === "province.votes-missing")!.message.vi).toBe(
      "cum2.xlsx: chưa có kết quả biểu quyết của hội nghị cụm, khối, trong khi Tỉnh yêu cầu biểu quyết. " +
        "Chưa đưa vào danh sách.",
    );
    expect(required.consolidation.proposals.map((p) => p.code)).toEqual(["C1A", "C1B"]);
  });

  it("takes a reader plugged in instead of the meeting's, and none at all when told so", async () => {
    const cum1 = clusters.get("cum1.xlsx")!;
    const votes: MeetingVotes = {
      sittings: [{ cluster: "Cụm thi đua số 1", members: 5, present: 4, date: null }],
      candidates: [
        { unit: "C1A", award: "co-thi-dua", yes: 4, no: 0, basis: 5, passed: true, quorum: true },
        { unit: "C1B", award: "bang-khen", yes: 2, no: 2, basis: 5, passed: false, quorum: true },
      ],
    };
    const readVotes = jest.fn(async () => ({ state: "recorded" as const, votes, stamp: null }));
    const plugged = await consolidateClusters([sourceOf("cum1.xlsx", cum1)], new MemoryHost(), { readVotes });
    expect(readVotes).toHaveBeenCalledTimes(1);
    expect(plugged.consolidation.proposals.map((p) => [p.section, p.code, p.vote?.yes])).toEqual([
      ["co-thi-dua", "C1A", 4],
      ["council", "C1B", 2],
    ]);

    const none = await consolidateClusters([sourceOf("cum1.xlsx", cum1)], new MemoryHost(), { readVotes: null });
    expect(none.consolidation.clusters[0].votes).toBe("not-required");
    expect(none.consolidation.proposals.map((p) => p.vote)).toEqual([null, null]);
  });
});
