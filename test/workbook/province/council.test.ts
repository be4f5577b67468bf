// The provincial council's vote on the province's list, through the in-memory host: the vote sheet the consolidation
// writes, the tally with the council's own thresholds (same voting core as a cluster's meeting), the ballots, the
// dossier's documents, and a consolidation run again that keeps the ballots typed.
//
// The list of the scenario (provinceScenario.ts): I. C1A (flag); II. C1B, C2A, C2B (certificates); III. C2A, C2B
// (the tied flag of cluster 2). The council: 15 members, 12 present (quorum: 12/15 = 0.8 ≥ 0.6667). A proposal
// passes with more than half of all 15 members: 8 votes (8/15 = 0.5333 > 0.5); 7 do not (0.4667).

import { DEFAULT_PROVINCE_SETTINGS } from "../../../src/core/province/provinceSettings";
import { consolidateClusters } from "../../../src/workbook/province/consolidateClusters";
import { readProvinceWorkbookSettings } from "../../../src/workbook/province/readProvinceWorkbookSettings";
import { makeCouncilBallots, makeProvinceDossier } from "../../../src/workbook/province/provinceOutputs";
import { tallyCouncilVote, type CouncilVoteInput } from "../../../src/workbook/province/tallyCouncilVote";
import type { DocumentBlock, OfficialDocument } from "../../../src/workbook/documents/officialDocument";
import { MemoryHost } from "../memoryHost";
import { fillCluster } from "./clusterWorkbooks";
import { PROVINCE_FILES } from "./provinceScenario";

jest.setTimeout(60_000);

let clusters: Map<string, MemoryHost>;

const sources = (files = [...clusters.keys()]) =>
  files.map((fileName) => ({ fileName, open: async () => clusters.get(fileName)! }));

async function provinceWorkbook(): Promise<MemoryHost> {
  const out = new MemoryHost();
  await consolidateClusters(sources(), out);
  return out;
}

function snapshot(host: MemoryHost): string {
  return JSON.stringify([...host.sheets.values()].map((s) => [s.name, [...s.cells.entries()]]));
}

const VOTES: CouncilVoteInput[] = [
  { code: "C1A", award: "co-thi-dua", yes: 12, no: 0 },
  { code: "C1B", award: "bang-khen", yes: 10, no: 2 },
  { code: "C2A", award: "bang-khen", yes: 9, no: 3 },
  { code: "C2B", award: "bang-khen", yes: 7, no: 5 },
  { code: "C2A", award: "co-thi-dua", yes: 8, no: 4 },
  { code: "C2B", award: "co-thi-dua", yes: 4, no: 8 },
];

beforeAll(async () => {
  clusters = new Map();
  for (const [file, spec] of PROVINCE_FILES) {
    const host = new MemoryHost();
    await fillCluster(host, spec);
    clusters.set(file, host);
  }
});

/** The text of a document's body, paragraphs and list items one per line, tables row by row. */
function bodyText(doc: OfficialDocument): string {
  const line = (block: DocumentBlock): string[] => {
    if (block.kind === "heading") return [block.text];
    if (block.kind === "paragraph") return [block.parts.map((p) => p.text).join("")];
    if (block.kind === "list") return block.items.map((parts) => `- ${parts.map((p) => p.text).join("")}`);
    return block.table.rows.map((r) => r.join(" | "));
  };
  return doc.body.flatMap(line).join("\n");
}

describe("the council's vote sheet of the province workbook", () => {
  let out: MemoryHost;
  beforeAll(async () => {
    out = await provinceWorkbook();
  });

  it("lists every proposal in the list's order with its award, ballots to enter and live results", () => {
    const at = (cell: string) => out.cell("Biểu quyết Hội đồng", cell);
    expect(
      ["B11", "C11", "B12", "C12", "B13", "C13", "B14", "C14", "B15", "C15", "B16", "C16"].map((c) => at(c)?.v),
    ).toEqual([
      "Cờ thi đua",
      "C1A",
      "Bằng khen",
      "C1B",
      "Bằng khen",
      "C2A",
      "Bằng khen",
      "C2B",
      "Cờ thi đua",
      "C2A",
      "Cờ thi đua",
      "C2B",
    ]);
    expect(at("I11")).toMatchObject({ v: null, input: true });
    expect(at("J16")).toMatchObject({ v: null, input: true });
    expect(at("D5")).toMatchObject({ v: null, input: true });
    // Members, quorum and majority mirror the settings (Cài đặt: council.quorum B13, council.majority B14,
    // council.members B15).
    expect(at("D4")?.f).toBe("IF('Cài đặt'!$B$15=\"\",\"\",'Cài đặt'!$B$15)");
    expect(at("D6")?.f).toBe("IF('Cài đặt'!$B$13=\"\",\"\",'Cài đặt'!$B$13)");
    expect(at("D7")?.f).toBe("IF('Cài đặt'!$B$14=\"\",\"\",'Cài đặt'!$B$14)");
    expect(at("L11")?.f).toContain('ROUND(IF(I11="",0,I11)/$D$4,4)>ROUND($D$7,4)');
    expect(at("O15")).toBeUndefined();
    expect(at("M15")?.v).toBe("Hội đồng xem xét: Bằng điểm với Đơn vị C2B tại ngưỡng Cờ thi đua: Hội đồng quyết định.");
    expect(out.names.get("TD_PROVINCE_COUNCIL")).toMatchObject({ range: "A11:M16" });
    expect(out.names.get("TD_PROVINCE_COUNCILSITTING")).toMatchObject({ range: "D4:D5" });
  });
});

describe("the council's tally", () => {
  it("counts with the council's thresholds, writes the ballots given and warns of a unit passed for two awards", async () => {
    const out = await provinceWorkbook();
    const run = await tallyCouncilVote(out, { members: 15, present: 12, votes: VOTES });
    expect(run.written).toBe(true);
    expect(run.tally!.quorum).toEqual({ needed: 10, met: true });
    expect(run.tally!.motions.map((m) => [m.proposal.code, m.proposal.award, m.outcome.status])).toEqual([
      ["C1A", "co-thi-dua", "passed"],
      ["C1B", "bang-khen", "passed"],
      ["C2A", "bang-khen", "passed"],
      ["C2B", "bang-khen", "failed"],
      ["C2A", "co-thi-dua", "passed"],
      ["C2B", "co-thi-dua", "failed"],
    ]);
    expect(run.findings.map((f) => [f.severity, f.rule, f.sheet, f.cell])).toEqual([
      ["warning", "province.council-two-awards", "Biểu quyết Hội đồng", "C15"],
    ]);
    expect(run.findings[0].message.vi).toBe(
      "Đơn vị C2A được thông qua cả Cờ thi đua và Bằng khen; đề nghị Hội đồng chọn một hình thức khen thưởng.",
    );
    const at = (cell: string) => out.cell("Biểu quyết Hội đồng", cell)?.v;
    expect([at("D5"), at("I11"), at("J11"), at("I16"), at("J16")]).toEqual([12, 12, 0, 4, 8]);
    expect(out.cell("Cài đặt", "B15")?.v).toBe(15);
  });

  it("refuses a count that is not a whole number, naming its cell, and writes nothing", async () => {
    const out = await provinceWorkbook();
    await tallyCouncilVote(out, { members: 15, present: 12 });
    out.type("Biểu quyết Hội đồng", "I12", "7,5");
    const before = snapshot(out);
    const run = await tallyCouncilVote(out, { votes: [VOTES[0]] });
    expect(run.written).toBe(false);
    expect(run.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["province.council-count", "Biểu quyết Hội đồng", "I12"],
    ]);
    expect(run.findings[0].message.vi).toBe(
      "Số phiếu “7,5” (Bằng khen, Đơn vị C1B) không hợp lệ: cần một số nguyên từ 0 trở lên.",
    );
    expect(snapshot(out)).toBe(before);
  });

  it("passes nothing below the quorum: 9 of 15 present is 0.6, under two thirds", async () => {
    const out = await provinceWorkbook();
    const run = await tallyCouncilVote(out, { members: 15, present: 9, votes: [{ ...VOTES[0], yes: 9 }] });
    expect(run.tally!.adopted).toEqual([]);
    expect(run.tally!.motions[0].outcome.status).toBe("no-quorum");
    expect(run.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["province.council-quorum", "D5"],
      ...[1, 2, 3, 4, 5].map((i) => ["province.council-not-voted", `I${11 + i}`]),
    ]);
  });

  it("asks for the council's members before counting, at the setting's cell", async () => {
    const out = await provinceWorkbook();
    const run = await tallyCouncilVote(out, { present: 12, votes: [VOTES[0]] });
    expect(run.written).toBe(false);
    expect(run.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["province.council-members", "Cài đặt", "B15"],
    ]);
  });
});

describe("the council's ballots", () => {
  it("prints one identical ballot per member, each section under the award's full name", async () => {
    const out = await provinceWorkbook();
    expect(await makeCouncilBallots(out)).toMatchObject({ ok: false });
    const made = await makeCouncilBallots(out, { copies: 3 });
    if (!made.ok) throw new Error(made.reason.en);
    expect(made.value.fileName).toBe("Phiếu biểu quyết Hội đồng - 2026.xlsx");
    const sheet = made.value.plan.sheets[0];
    const texts = sheet.blocks.flatMap((b) => b.cells.flat().map((c) => c.v)).filter((v) => typeof v === "string");
    const first = texts.slice(0, texts.indexOf("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH", 1));
    expect(first).toEqual([
      "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",
      "PHIẾU BIỂU QUYẾT",
      "Đề nghị khen thưởng các cụm, khối thi đua năm 2026",
      "(Đánh dấu × vào một trong hai ô Đồng ý hoặc Không đồng ý đối với từng đơn vị)",
      "I. Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh",
      "STT",
      "Tên đơn vị (cụm, khối)",
      "Đồng ý",
      "Không đồng ý",
      "Đơn vị C1A (Cụm thi đua số 1)",
      "II. Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      "STT",
      "Tên đơn vị (cụm, khối)",
      "Đồng ý",
      "Không đồng ý",
      "Đơn vị C1B (Cụm thi đua số 1)",
      "Đơn vị C2A (Cụm thi đua số 2)",
      "Đơn vị C2B (Cụm thi đua số 2)",
      "III. Các trường hợp đề nghị Hội đồng xem xét",
      "STT",
      "Tên đơn vị (cụm, khối)",
      "Đồng ý",
      "Không đồng ý",
      "Đơn vị C2A (Cụm thi đua số 2) - Cờ thi đua",
      "Đơn vị C2B (Cụm thi đua số 2) - Cờ thi đua",
      "Phiếu biểu quyết không ghi tên. Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào ở một đơn vị thì không " +
        "tính cho đơn vị đó.",
    ]);
    expect(texts.filter((t) => t === "PHIẾU BIỂU QUYẾT")).toHaveLength(3);
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "portrait" });
    expect(sheet.print!.rowBreaks).toHaveLength(2);
  });
});

describe("the dossier", () => {
  it("before the council's vote: a submission and a list for each flag the clusters proposed, and the whole list", async () => {
    const out = await provinceWorkbook();
    const made = await makeProvinceDossier(out);
    if (!made.ok) throw new Error(made.reason.en);
    expect(made.value.map((f) => f.fileName)).toEqual([
      "Tờ trình Cờ thi đua - C1A Đơn vị C1A.docx",
      "Danh sách Cờ thi đua - C1A Đơn vị C1A.docx",
      "Danh sách đề nghị khen thưởng - năm 2026.docx",
    ]);
    const submission = made.value[0].document;
    expect(submission.title).toEqual([
      "TỜ TRÌNH",
      "Về việc đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2026 cho Đơn vị C1A",
    ]);
    expect(submission.header).toMatchObject({
      organ: ["BAN THI ĐUA - KHEN THƯỞNG TỈNH"],
      number: "Số:        /TTr-TĐKT",
    });
    expect(bodyText(submission)).toBe(
      [
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Biên bản họp bình xét, suy tôn năm 2026 của Cụm thi đua số 1 ngày 15 tháng 12 năm 2026;",
        "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2026 cho " +
          "Đơn vị C1A, đơn vị dẫn đầu Cụm thi đua số 1, với kết quả như sau:",
        "- Tổng điểm đạt 96/100 điểm; xếp hạng 1/5 đơn vị của cụm, khối;",
        "- Xếp loại: Hoàn thành xuất sắc nhiệm vụ (HTXSNV);",
        "- Kết quả bình xét, suy tôn của cụm, khối: 5/5 phiếu tán thành;",
        "- Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh: chưa có.",
        "- Ghi chú: Cờ thi đua các năm gần đây lần lượt về Đơn vị C1A, Đơn vị C1B, Đơn vị C1A: cần xem xét luân phiên.",
        "Hồ sơ kèm theo:",
        "- Danh sách đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2026;",
        "- Biên bản họp bình xét, suy tôn của Cụm thi đua số 1 ngày 15 tháng 12 năm 2026;",
        "- Báo cáo thành tích của Đơn vị C1A (do đơn vị lập, có xác nhận của cấp trình khen thưởng).",
        "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.",
      ].join("\n"),
    );
    expect(submission.closing).toBe("side-by-side");
    const all = made.value[2].document;
    expect(all.orientation).toBe("landscape");
    expect(
      bodyText(all)
        .split("\n")
        .map((l) => l.split(" | ").slice(0, 3).join(" | ")),
    ).toEqual([
      "I | Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh",
      "1 | Đơn vị C1A | Cụm thi đua số 1",
      "II | Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      "1 | Đơn vị C1B | Cụm thi đua số 1",
      "2 | Đơn vị C2A | Cụm thi đua số 2",
      "3 | Đơn vị C2B | Cụm thi đua số 2",
      "III | Các trường hợp đề nghị Hội đồng xem xét",
      "1 | Đơn vị C2A | Cụm thi đua số 2",
      "2 | Đơn vị C2B | Cụm thi đua số 2",
      "Ghi chú: HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ; HTNV: Hoàn thành nhiệm vụ; " +
        "KHTNV: Không hoàn thành nhiệm vụ. Tổng điểm ghi theo thang điểm của bảng chấm điểm từng cụm, khối.",
    ]);
  });

  it("after the council's vote: the flags it passed, the tied one it decided included, with its counts", async () => {
    const out = await provinceWorkbook();
    await tallyCouncilVote(out, { members: 15, present: 12, votes: VOTES });
    const made = await makeProvinceDossier(out);
    if (!made.ok) throw new Error(made.reason.en);
    expect(made.value.filter((f) => f.kind === "submission").map((f) => f.code)).toEqual(["C1A", "C2A"]);
    const c2a = bodyText(made.value[2].document);
    expect(c2a).toContain("Căn cứ kết quả chấm điểm, xếp hạng năm 2026 của Cụm thi đua số 2;");
    expect(c2a).toContain("Căn cứ kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh,");
    expect(c2a).toContain("- Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng tỉnh: 8/15 thành viên tán thành.");
    expect(c2a).toContain("- Tổng điểm đạt 94/100 điểm; xếp hạng 1/10 đơn vị của cụm, khối;");
    const all = bodyText(made.value[4].document).split("\n");
    expect(all[1]).toBe(
      "1 | Đơn vị C1A | Cụm thi đua số 1 | 96/100 | 1/5 | HTXSNV | 5/5 tán thành | Thông qua (12/15) | " +
        "Cờ thi đua các năm gần đây lần lượt về Đơn vị C1A, Đơn vị C1B, Đơn vị C1A: cần xem xét luân phiên.",
    );
    expect(all[5]).toBe(
      "3 | Đơn vị C2B | Cụm thi đua số 2 | 94/100 | 1/10 | HTXSNV |  | Không thông qua (7/15) | " +
        "Bằng điểm với Đơn vị C2A tại ngưỡng Cờ thi đua: Hội đồng quyết định.",
    );
  });
});

describe("a consolidation run again over the province workbook", () => {
  it("keeps the council's ballots and members present for the proposals still listed, and says which it drops", async () => {
    const first = await provinceWorkbook();
    await tallyCouncilVote(first, { members: 15, present: 12, votes: VOTES });
    const earlier = await readProvinceWorkbookSettings(first);
    expect(earlier.settings?.council.members).toBe(15);
    const again = new MemoryHost();
    const run = await consolidateClusters(sources(["cum1.xlsx", "cum3.xlsx"]), again, {
      settings: earlier.settings ?? DEFAULT_PROVINCE_SETTINGS,
      earlier: earlier.earlier,
    });
    const at = (cell: string) => again.cell("Biểu quyết Hội đồng", cell)?.v;
    expect([at("C11"), at("I11"), at("J11"), at("C12"), at("I12"), at("J12"), at("D5")]).toEqual([
      "C1A",
      12,
      0,
      "C1B",
      10,
      2,
      12,
    ]);
    expect(run.findings.filter((f) => f.rule === "province.council-dropped").map((f) => f.message.vi)).toEqual([
      "Số phiếu Hội đồng đã nhập cho Đơn vị C2A (Bằng khen) không được giữ lại vì đề nghị này không còn trong danh sách mới.",
      "Số phiếu Hội đồng đã nhập cho Đơn vị C2B (Bằng khen) không được giữ lại vì đề nghị này không còn trong danh sách mới.",
      "Số phiếu Hội đồng đã nhập cho Đơn vị C2A (Cờ thi đua) không được giữ lại vì đề nghị này không còn trong danh sách mới.",
      "Số phiếu Hội đồng đã nhập cho Đơn vị C2B (Cờ thi đua) không được giữ lại vì đề nghị này không còn trong danh sách mới.",
    ]);
  });
});
