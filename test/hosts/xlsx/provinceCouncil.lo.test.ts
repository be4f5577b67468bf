// The provincial council's vote and the dossier, checked by LibreOffice: the vote sheet's shares and results
// recalculated from the counts and the settings alone (as an emailed copy computes them), and the dossier's .docx
// opened and printed to PDF with every proposal in it.
//
// The scenario (provinceScenario.ts): I. C1A (flag); II. C1B, C2A, C2B (certificates); III. C2A, C2B (cluster 2's
// tied flag). The council votes with 15 members, 12 present: quorum 12/15 = 0.8 ≥ 0.6667; more than half of all
// members passes: 12, 10, 9 and 8 of 15 do (0.8, 0.6667, 0.6, 0.5333); 7 and 4 do not (0.4667, 0.2667). The same
// counts with 17 members: 8/17 = 0.4706 no longer passes, 9/17 = 0.5294 still does; 12/17 = 0.7059 is a quorum.

import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderOfficialDocument } from "../../../src/hosts/docx/renderOfficialDocument";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import type { DossierFile } from "../../../src/workbook/documents/provinceDossier";
import type { CellValue } from "../../../src/workbook/plan/planTypes";
import { consolidateClusters } from "../../../src/workbook/province/consolidateClusters";
import { makeProvinceDossier } from "../../../src/workbook/province/provinceOutputs";
import { tallyCouncilVote, type CouncilVoteInput } from "../../../src/workbook/province/tallyCouncilVote";
import { recalcWithLibreOffice } from "../../support/libreoffice";
import { fillCluster } from "../../workbook/province/clusterWorkbooks";
import { PROVINCE_FILES } from "../../workbook/province/provinceScenario";
import { convertToPdf, pdfFacts } from "./officeConversion";

jest.setTimeout(300_000);

const ARTIFACTS = join(__dirname, "../../../test-artifacts");
const SHEET = "Biểu quyết Hội đồng";

const VOTES: CouncilVoteInput[] = [
  { code: "C1A", award: "co-thi-dua", yes: 12, no: 0 },
  { code: "C1B", award: "bang-khen", yes: 10, no: 2 },
  { code: "C2A", award: "bang-khen", yes: 9, no: 3 },
  { code: "C2B", award: "bang-khen", yes: 7, no: 5 },
  { code: "C2A", award: "co-thi-dua", yes: 8, no: 4 },
  { code: "C2B", award: "co-thi-dua", yes: 4, no: 8 },
];

let fifteen: XlsxHost;
let seventeen: XlsxHost;
let dossier: DossierFile[];

beforeAll(async () => {
  const sources = [];
  for (const [file, spec] of PROVINCE_FILES) {
    const host = XlsxHost.create();
    await fillCluster(host, spec);
    const loaded = await XlsxHost.load(await host.save());
    sources.push({ fileName: file, open: async () => loaded });
  }
  const out = XlsxHost.create();
  await consolidateClusters(sources, out);
  expect((await tallyCouncilVote(out, { members: 15, present: 12, votes: VOTES })).written).toBe(true);
  const tallied = await out.save();
  // The same file with the council's members changed on its settings sheet only.
  const other = await XlsxHost.load(tallied);
  expect((await tallyCouncilVote(other, { members: 17 })).written).toBe(true);
  const made = await makeProvinceDossier(await XlsxHost.load(tallied));
  if (!made.ok) throw new Error(made.reason.en);
  dossier = made.value;
  const [a, b] = await recalcWithLibreOffice([tallied, await other.save()]);
  fifteen = await XlsxHost.load(a);
  seventeen = await XlsxHost.load(b);
});

async function values(host: XlsxHost, range: string): Promise<CellValue[][]> {
  const [read] = await host.read([{ sheet: SHEET, range }]);
  return read.values;
}

const rounded = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (typeof v === "number" ? +v.toFixed(4) : v)));

describe("the council's vote sheet recalculated by LibreOffice", () => {
  it("shows each proposal's share of all 15 members and its result, and the quorum met", async () => {
    expect(await values(fifteen, "D4:D8")).toEqual([[15], [12], [expect.closeTo(2 / 3, 6)], [0.5], ["Có"]]);
    expect(rounded(await values(fifteen, "K11:L16"))).toEqual([
      [0.8, "Thông qua"],
      [0.6667, "Thông qua"],
      [0.6, "Thông qua"],
      [0.4667, "Không thông qua"],
      [0.5333, "Thông qua"],
      [0.2667, "Không thông qua"],
    ]);
  });

  it("follows the council's members changed on the settings sheet: 8 of 17 no longer passes", async () => {
    expect(await values(seventeen, "D4:D5")).toEqual([[17], [12]]);
    expect(rounded(await values(seventeen, "K11:L16"))).toEqual([
      [0.7059, "Thông qua"],
      [0.5882, "Thông qua"],
      [0.5294, "Thông qua"],
      [0.4118, "Không thông qua"],
      [0.4706, "Không thông qua"],
      [0.2353, "Không thông qua"],
    ]);
  });
});

describe("the dossier opened by LibreOffice", () => {
  const pdfOf = async (file: DossierFile, name: string) => {
    const pdf = await convertToPdf(await renderOfficialDocument(file.document), "docx");
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, name), pdf);
    const layout = spawnSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" }).stdout;
    return { ...pdfFacts(pdf), layout };
  };

  it("prints the whole list on A4 landscape with every proposal, section by section, and the council's results", async () => {
    const all = dossier.find((f) => f.kind === "all")!;
    const { text, size, layout } = await pdfOf(all, "province-dossier-list.pdf");
    expect(size.map(Math.round)).toEqual([842, 595]);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BAN THI ĐUA - KHEN THƯỞNG TỈNH",
      "Đề nghị tặng Cờ thi đua",
      "Đề nghị tặng Bằng khen",
      "Các trường hợp đề nghị Hội đồng xem xét",
      "Thông qua (12/15)",
      "Không thông qua (7/15)",
    ]) {
      expect({ words, found: flat.includes(words) }).toEqual({ words, found: true });
    }
    // Every proposal of the list, one table row each in the list's order: number, unit, cluster, total, rank.
    const rows = layout
      .split("\n")
      .map((line) => /^\s*(\d+)\s+(Đơn vị C\w+)\s+(Cụm thi đua số \d)\s+(\d+\/100)\s+(\d+\/\d+)/u.exec(line))
      .filter((m) => m !== null)
      .map((m) => m.slice(1).join(" | "));
    expect(rows).toEqual([
      "1 | Đơn vị C1A | Cụm thi đua số 1 | 96/100 | 1/5",
      "1 | Đơn vị C1B | Cụm thi đua số 1 | 91/100 | 2/5",
      "2 | Đơn vị C2A | Cụm thi đua số 2 | 94/100 | 1/10",
      "3 | Đơn vị C2B | Cụm thi đua số 2 | 94/100 | 1/10",
      "1 | Đơn vị C2A | Cụm thi đua số 2 | 94/100 | 1/10",
      "2 | Đơn vị C2B | Cụm thi đua số 2 | 94/100 | 1/10",
    ]);
  });

  it("prints C2A's submission on A4 portrait: whom it is addressed to, the council's vote, the attachments", async () => {
    const submission = dossier.find((f) => f.kind === "submission" && f.code === "C2A")!;
    const { text, size } = await pdfOf(submission, "province-dossier-submission-c2a.pdf");
    expect(size.map(Math.round)).toEqual([595, 842]);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "TỜ TRÌNH",
      "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.",
      "Căn cứ Luật Thi đua, khen thưởng",
      "8/15 thành viên tán thành",
      "Hồ sơ kèm theo:",
      "Báo cáo thành tích của Đơn vị C2A",
      "Nơi nhận:",
      "TRƯỞNG BAN",
    ]) {
      expect({ words, found: flat.includes(words) }).toEqual({ words, found: true });
    }
  });
});
