// `thidua province` end to end on real files: the six generated cluster workbooks (provinceScenario.ts, numbers
// worked out there) and a file that is not a workbook, consolidated by the built command: the JSON (proposals,
// clusters, findings with file, sheet and cell), exit codes, the text output, the cluster files byte-for-byte
// unchanged, the Board's settings kept from an earlier province workbook (bad arguments: provinceInProcess.test.ts).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { PROVINCE_NAMES } from "../../src/workbook/province/provinceNames";
import { fillCluster } from "../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../workbook/province/provinceScenario";
import { buildCli, fileHash, tempFolder, thidua } from "./cliProcess";

interface ProvinceJson {
  year: number;
  period: string;
  clusters: {
    key: number;
    file: string;
    cluster: string;
    members: number | null;
    counted: boolean;
    reasons: string[];
  }[];
  proposals: {
    section: string;
    award: string;
    cluster: string;
    code: string;
    final: number;
    rank: number;
    grade: string;
  }[];
  findings: { file: string | null; rule: string; severity: string; sheet: string | null; cell: string | null }[];
}

const CLUSTER_FILES = PROVINCE_FILES.map(([file]) => file);
let folder: string;
let hashes: Map<string, string>;

beforeAll(async () => {
  buildCli();
  folder = tempFolder();
  for (const [file, spec] of PROVINCE_FILES) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    writeFileSync(join(folder, file), await host.save());
  }
  writeFileSync(join(folder, "ghi-chu.xlsx"), "not a workbook");
  hashes = new Map([...CLUSTER_FILES, "ghi-chu.xlsx"].map((f) => [f, fileHash(join(folder, f))]));
}, 120_000);

describe("thidua province", () => {
  let json: ProvinceJson;

  it("writes the province workbook, reports it as JSON and leaves the cluster files as they were", async () => {
    const run = thidua(["province", "--out", "tinh.xlsx", ...CLUSTER_FILES, "ghi-chu.xlsx", "--json"], folder);
    expect(run.stderr).toBe("");
    // Files were left out: exit 1, the province workbook still written.
    expect(run.status).toBe(1);
    json = JSON.parse(run.stdout) as ProvinceJson;
    for (const [file, hash] of hashes) expect(fileHash(join(folder, file))).toBe(hash);
    const written = await XlsxHost.load(readFileSync(join(folder, "tinh.xlsx")));
    const names = (await written.outline()).names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(PROVINCE_NAMES)));
  });

  it("lists the proposals by section and says which clusters count", () => {
    expect(json.year).toBe(2026);
    expect(json.proposals.map((p) => [p.section, p.cluster, p.code, p.final, p.rank, p.grade])).toEqual([
      ["co-thi-dua", "Cụm thi đua số 1", "C1A", 96, 1, "HTXSNV"],
      ["bang-khen", "Cụm thi đua số 1", "C1B", 91, 2, "HTXSNV"],
      ["bang-khen", "Cụm thi đua số 2", "C2A", 94, 1, "HTXSNV"],
      ["bang-khen", "Cụm thi đua số 2", "C2B", 94, 1, "HTXSNV"],
      ["council", "Cụm thi đua số 2", "C2A", 94, 1, "HTXSNV"],
      ["council", "Cụm thi đua số 2", "C2B", 94, 1, "HTXSNV"],
    ]);
    expect(json.clusters.map((c) => [c.key, c.file, c.members, c.counted, c.reasons])).toEqual([
      [1, "cum1.xlsx", 5, true, []],
      [2, "cum2.xlsx", 10, true, []],
      [3, "cum3.xlsx", 5, false, ["province.stale"]],
      [4, "cum4.xlsx", 5, false, ["province.other-year"]],
      [5, "cum5.xlsx", 5, false, ["province.unit-in-two-clusters"]],
      [6, "cum6.xlsx", 5, false, ["province.unit-in-two-clusters"]],
      [7, "ghi-chu.xlsx", null, false, ["province.unreadable"]],
    ]);
  });

  it("names the file, sheet and cell of each finding", () => {
    expect(json.findings.map((f) => [f.file, f.severity, f.rule, f.sheet, f.cell])).toEqual([
      ["cum1.xlsx", "warning", "province.rotation-turns", "Xếp hạng", "O4"],
      ["cum2.xlsx", "warning", "province.tie-open", "Xếp hạng", "O4"],
      ["cum3.xlsx", "error", "province.stale", "Xếp hạng", "A3"],
      ["cum4.xlsx", "error", "province.other-year", "Hướng dẫn", "B5"],
      ["cum5.xlsx", "error", "province.unit-in-two-clusters", "Đơn vị", "A7"],
      ["cum6.xlsx", "error", "province.unit-in-two-clusters", "Đơn vị", "A5"],
      ["ghi-chu.xlsx", "error", "province.unreadable", null, null],
    ]);
  });

  it("prints the findings with their place, the list and a one-line summary", () => {
    const run = thidua(["province", "--out", "tinh-2.xlsx", ...CLUSTER_FILES], folder, { NO_COLOR: "1" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("cum4.xlsx: Hướng dẫn!B5  cum4.xlsx: kỳ đánh giá “2025” không thuộc năm 2026");
    expect(run.stdout).toContain("Đề nghị Cờ thi đua");
    expect(run.stdout).toContain(
      "Đã ghi tinh-2.xlsx: 1 đề nghị Cờ thi đua, 3 đề nghị Bằng khen, 2 trường hợp đề nghị Hội đồng xem xét; " +
        "2/6 bảng của cụm, khối được đưa vào danh sách.",
    );
  });

  it("exits 0 when every workbook counts, and consolidates another year when asked", () => {
    const clean = thidua(["province", "--out", "sach.xlsx", "cum1.xlsx", "cum2.xlsx", "--json"], folder);
    expect(clean.status).toBe(0);
    const year = thidua(
      ["province", "--out", "nam-2025.xlsx", "cum1.xlsx", "cum4.xlsx", "--year", "2025", "--json"],
      folder,
    );
    expect(year.status).toBe(1);
    const got = JSON.parse(year.stdout) as ProvinceJson;
    expect(got.year).toBe(2025);
    expect(got.clusters.map((c) => [c.file, c.counted])).toEqual([
      ["cum1.xlsx", false],
      ["cum4.xlsx", true],
    ]);
  });

  it("keeps the Board's settings from the province workbook it writes over", async () => {
    const path = join(folder, "tinh.xlsx");
    const host = await XlsxHost.load(readFileSync(path));
    // rotation.flagGapYears is the eighth setting: Cài đặt row 11. Cluster 1's A had the flag in 2024.
    await host.apply({
      styles: {},
      sheets: [
        { key: "province:settings", name: "Cài đặt", create: false, blocks: [{ at: "B11", cells: [[{ v: 2 }]] }] },
      ],
      names: [],
    });
    writeFileSync(path, await host.save());
    const run = thidua(["province", "--out", "tinh.xlsx", "cum1.xlsx", "cum2.xlsx", "--json"], folder);
    expect(run.status).toBe(1);
    const got = JSON.parse(run.stdout) as ProvinceJson;
    expect(got.clusters[0].reasons).toEqual(["province.rotation-gap"]);
    expect(got.findings[0]).toMatchObject({
      file: "cum1.xlsx",
      rule: "province.rotation-gap",
      sheet: "Lịch sử",
      cell: "D3",
    });
  });

  it("writes over another file only with --force", () => {
    writeFileSync(join(folder, "khac.xlsx"), readFileSync(join(folder, "cum1.xlsx")));
    const hash = fileHash(join(folder, "khac.xlsx"));
    const refused = thidua(["province", "--out", "khac.xlsx", "cum1.xlsx"], folder);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "Tệp khac.xlsx đã có và không phải bảng tổng hợp của Tỉnh; hãy chọn tên khác hoặc thêm --force để ghi đè.\n",
    );
    expect(fileHash(join(folder, "khac.xlsx"))).toBe(hash);
    const forced = thidua(["province", "--out", "khac.xlsx", "cum1.xlsx", "--force", "--json"], folder);
    expect(forced.status).toBe(0);
    expect(fileHash(join(folder, "khac.xlsx"))).not.toBe(hash);
  });

  it("writes nothing when no file is a cluster workbook", () => {
    const run = thidua(["province", "--out", "rong.xlsx", "ghi-chu.xlsx"], folder, { NO_COLOR: "1" });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Không đọc được bảng chấm điểm nào của cụm, khối; rong.xlsx không được ghi.");
    expect(() => readFileSync(join(folder, "rong.xlsx"))).toThrow();
  });

  it("explains itself with --help", () => {
    const run = thidua(["province", "--help", "--lang", "en"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("thidua province --out PROVINCE.xlsx CLUSTER.xlsx…");
  });
});
