// Checked by a real spreadsheet engine: the province workbook of the six generated cluster workbooks
// (test/workbook/province/provinceScenario.ts), recalculated by LibreOffice, counts what the scenario gives by hand:
// grades and awards per cluster, the totals, the list's section counts, the statistics and last year's comparison.

import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { consolidateClusters, type ProvinceRun } from "../../../src/workbook/province/consolidateClusters";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { fillCluster } from "../../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../../workbook/province/provinceScenario";

jest.setTimeout(300_000);

let run: ProvinceRun;
let recalculated: XlsxHost;

beforeAll(async () => {
  const sources = [];
  for (const [file, spec] of PROVINCE_FILES) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    // Saved and loaded again, as the command line meets them.
    const loaded = await XlsxHost.load(await host.save());
    sources.push({ fileName: file, open: async () => loaded });
  }
  const out = XlsxHost.create();
  run = await consolidateClusters(sources, out);
  const [bytes] = await recalcWithLibreOffice([await out.save()]);
  recalculated = await XlsxHost.load(bytes);
});

async function values(sheet: string, range: string): Promise<CellValue[][]> {
  const [read] = await recalculated.read([{ sheet, range }]);
  return read.values;
}

describe("the province workbook recalculated by LibreOffice", () => {
  it("counts each counted cluster's grades and awards, and sums the counted clusters", async () => {
    const sheet = run.layout!.clusters.sheet;
    // Columns F (members), I–L (HTXSNV, HTTNV, HTNV, KHTNV), M (flags), N (certificates); clusters on rows 10–15.
    expect(await values(sheet, "I10:N11")).toEqual([
      [2, 1, 1, 1, 1, 1],
      [2, 2, 1, 5, 0, 2],
    ]);
    // Clusters left out show no counts.
    expect(await values(sheet, "I12:N12")).toEqual([[null, null, null, null, null, null]]);
    // Total row 16: members of the counted clusters only (5 + 10), then the sums.
    expect(await values(sheet, "F16:N16")).toEqual([[15, null, null, 4, 3, 2, 6, 1, 3]]);
  });

  it("counts the list's sections: one flag, three certificates, two cases for the council, four awards", async () => {
    const list = run.layout!.list;
    const counts = await Promise.all(
      [list.totals.flags, list.totals.certificates, list.totals.council, list.totals.all].map(
        async (cell) => (await values(list.sheet, cell))[0][0],
      ),
    );
    expect(counts).toEqual([1, 3, 2, 4]);
  });

  it("computes the statistics: units by grade with shares, awards by cluster, last year beside this year", async () => {
    const stats = run.layout!.stats;
    const grades = await values(stats.sheet, `B${stats.grades.firstRow}:C${stats.grades.totalRow}`);
    expect(grades.map((r) => r[0])).toEqual([4, 3, 2, 6, 15]);
    [4 / 15, 3 / 15, 2 / 15, 6 / 15, 1].forEach((share, i) => expect(grades[i][1] as number).toBeCloseTo(share, 12));
    expect(await values(stats.sheet, `B${stats.awards.firstRow}:E${stats.awards.totalRow}`)).toEqual([
      [5, 1, 1, 2],
      [10, 0, 2, 2],
      [15, 1, 3, 4],
    ]);
    // Only cluster 1's history holds 2025 (B's flag, A's certificate): flags 1 → 1, certificates 1 → 1.
    const last = stats.lastYear!;
    expect(await values(stats.sheet, `B${last.firstRow}:G${last.totalRow}`)).toEqual([
      [1, 1, 0, 1, 1, 0],
      [1, 1, 0, 1, 1, 0],
    ]);
  });

  it("computes each unit's share of its scale", async () => {
    const shares = await values(run.layout!.units.sheet, "H4:H5");
    expect(shares[0][0] as number).toBeCloseTo(0.96, 12);
    expect(shares[1][0] as number).toBeCloseTo(0.91, 12);
  });
});
