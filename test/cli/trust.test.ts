// Issue #11 through the built command on real files: a cross-scored master of the tiny template (A1, A2 in Cụm 1, B1
// alone in Cụm 2; A2 has the priority flag, B1 is not eligible) whose secretariat entered the targets; forms out,
// read cell by cell and byte by byte for any unit's flag; returns with a lowered target, a blank resubmission, a
// foreign and a tampered form refused and logged; peers of two clusters collected without blank warnings; no ISO
// time where a person reads; the individual template; and `thidua settings`.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { FORM_RULES } from "../../src/workbook/messages/formMessages";
import { injectTemplate } from "../../src/workbook/operations/injectTemplate";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../src/workbook/read/readPlan";
import { TINY_TEMPLATE, TINY_UNITS } from "../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../workbook/forms/fillFormFile";
import {
  A1_BLANK,
  A1_FIRST,
  A1_LOWER_TARGET,
  B1_CHANGED_MAX,
  INJECTED_AT,
  MASTER_OPTIONS,
  type Typing,
} from "../workbook/forms/formFixtures";
import { enterTargets } from "../workbook/forms/secretariatTargets";
import { buildCli, fileHash, tempFolder, thidua, type CliRun } from "./cliProcess";
import { fillWorkbook } from "./fillWorkbook";

jest.setTimeout(180_000);

/** ISO instants as machines write them ("2026-03-20T09:00"): never where a person reads. */
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A log time as people read it in Vietnam: "16 giờ 00, ngày 20/03/2026". */
const LOCAL_TIME = /^\d\d giờ \d\d, ngày \d\d\/\d\d\/\d{4}$/;

interface CollectJson {
  forms: { file: string; accepted: boolean; kind: string | null; unit: string | null; changed: number }[];
  findings: { file: string; rule: string; severity: string; sheet: string | null; cell: string | null }[];
}
interface ValidateJson {
  findings: { rule: string; severity: string; sheet: string | null; cell: string | null; unit: string | null }[];
}
interface RankJson {
  units: { code: string; final: number; rank: number; grade: string; award: string | null }[];
  findings: { rule: string; unit: string | null }[];
}

const json = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;

async function writeMaster(path: string, clusterTitle = MASTER_OPTIONS.clusterTitle): Promise<void> {
  const host = XlsxHost.create();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    mode: "cross",
    clusterTitle,
    now: INJECTED_AT,
  });
  await enterTargets(host);
  writeFileSync(path, await host.save());
}

async function fill(from: string, to: string, typing: Typing): Promise<void> {
  writeFileSync(to, await fillFormFile(readFileSync(from), typing));
}

async function parsedFile(path: string) {
  const host = await XlsxHost.load(readFileSync(path));
  const outline = await host.outline();
  return parseWorkbook(await host.read(readPlan(outline)), outline);
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return book;
}

/** Every non-empty cell of every sheet, whatever its visibility, as text. */
function everyCell(book: ExcelJS.Workbook): { sheet: string; state: string; address: string; text: string }[] {
  const out: { sheet: string; state: string; address: string; text: string }[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) =>
        out.push({ sheet: sheet.name, state: sheet.state, address: cell.address, text: String(cell.value ?? "") }),
      ),
    ),
  );
  return out;
}

const form = (dir: string, code: string, name: string, kind: "Tự chấm" | "Chấm chéo") =>
  join(dir, "phieu", `2026 - ${code} ${name} - ${kind}.xlsx`);

beforeAll(() => buildCli(), 60_000);

describe("forms of a cross-scored cluster of two clusters", () => {
  const dir = tempFolder();

  beforeAll(async () => {
    await writeMaster(join(dir, "tong-hop.xlsx"));
    const made = thidua(["forms", "tong-hop.xlsx", "--out", "phieu"], dir);
    expect([made.status, made.stderr]).toEqual([0, ""]);
  });

  it("hold no flag of any unit in any cell of any sheet, hidden or not, nor in the files' XML", async () => {
    const files = readdirSync(join(dir, "phieu")).sort();
    expect(files).toHaveLength(6);
    for (const name of files) {
      const path = join(dir, "phieu", name);
      const book = await workbook(path);
      const cells = everyCell(book);
      // The metadata sheet is read too: it is there, very hidden, and says every unit is unflagged.
      expect(cells.some((c) => c.state === "veryHidden" && c.text.includes('"units"'))).toBe(true);
      for (const cell of cells)
        expect([name, cell.text]).not.toEqual([name, expect.stringMatching(/"(priority|disqualified)":true/)]);
      // Units sheet: rows 3… hold the units; D (priority) and E (not eligible) are empty.
      const units = book.getWorksheet("Đơn vị")!;
      for (let row = 3; row <= units.rowCount; row++) {
        expect([name, row, units.getCell(`D${row}`).value, units.getCell(`E${row}`).value]).toEqual([
          name,
          row,
          null,
          null,
        ]);
      }
      // The raw XML of the file, every part: the flags' JSON is nowhere, escaped or not (and the grep can see it).
      const zip = await JSZip.loadAsync(readFileSync(path));
      let xml = "";
      for (const part of Object.values(zip.files)) if (part.name.endsWith(".xml")) xml += await part.async("string");
      expect(xml).toMatch(/(&quot;|")disqualified(&quot;|"):false/);
      expect(xml).not.toMatch(/(&quot;|")(priority|disqualified)(&quot;|"):true/);
    }
  });

  it("let a rater score only the other units of its cluster: no input cell and no validation for the rest", async () => {
    // CC A1: A1 in E (own), A2 in F (Cụm 1), B1 in G (Cụm 2); score rows 6 (1.1), 7 (1.2), 14–15, 17–18.
    const a1 = (await workbook(form(dir, "A1", "Phường A1", "Chấm chéo"))).getWorksheet("CC A1")!;
    const unlocked = (sheet: ExcelJS.Worksheet, column: string) =>
      [6, 7, 14, 15, 17, 18].filter((row) => sheet.getCell(`${column}${row}`).protection?.locked === false);
    expect([unlocked(a1, "E"), unlocked(a1, "F"), unlocked(a1, "G")]).toEqual([[], [6, 7, 14, 15, 17, 18], []]);
    const ranges = Object.keys(
      (a1 as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
    );
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => /^F\d+/.test(r))).toBe(true);
    // B1 is alone in Cụm 2: nobody to score.
    const b1 = (await workbook(form(dir, "B1", "Xã B1", "Chấm chéo"))).getWorksheet("CC B1")!;
    expect(["E", "F", "G"].flatMap((c) => unlocked(b1, c))).toEqual([]);
  });

  it("carry the master's targets locked in a self form", async () => {
    const data = (await workbook(form(dir, "A1", "Phường A1", "Tự chấm"))).getWorksheet("Số liệu")!;
    expect(["E9", "E10", "E12"].map((a) => [data.getCell(a).value, data.getCell(a).protection?.locked])).toEqual([
      [100, undefined],
      [10, undefined],
      [50, undefined],
    ]);
    expect(data.getCell("E24").protection?.locked).toBe(false);
  });

  it("come back: every bad return refused whole and logged, good ones taken, peers checked in their cluster only", async () => {
    await fill(form(dir, "A1", "Phường A1", "Tự chấm"), join(dir, "A1.xlsx"), A1_FIRST);
    await fill(form(dir, "A1", "Phường A1", "Tự chấm"), join(dir, "A1 chi tieu.xlsx"), A1_LOWER_TARGET);
    await fill(form(dir, "B1", "Xã B1", "Tự chấm"), join(dir, "B1 sua.xlsx"), B1_CHANGED_MAX);
    await fill(form(dir, "A1", "Phường A1", "Chấm chéo"), join(dir, "CC A1.xlsx"), [
      { sheet: "CC A1", cell: "F6", value: 7 },
      { sheet: "CC A1", cell: "F7", value: "Đạt" },
    ]);
    await fill(form(dir, "A2", "Phường A2", "Chấm chéo"), join(dir, "CC A2.xlsx"), [
      { sheet: "CC A2", cell: "E6", value: 8.5 },
      { sheet: "CC A2", cell: "E7", value: "Không đạt" },
    ]);
    await writeMaster(join(dir, "cum-2.xlsx"), "Cụm thi đua số 2");
    expect(thidua(["forms", "cum-2.xlsx", "--out", "phieu-cum-2"], dir).status).toBe(0);
    await fill(join(dir, "phieu-cum-2", "2026 - A1 Phường A1 - Tự chấm.xlsx"), join(dir, "A1 cum 2.xlsx"), A1_FIRST);

    const run = thidua(
      [
        "collect",
        "tong-hop.xlsx",
        "A1 chi tieu.xlsx",
        "A1.xlsx",
        "B1 sua.xlsx",
        "A1 cum 2.xlsx",
        "CC A1.xlsx",
        "CC A2.xlsx",
        "--json",
      ],
      dir,
    );
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const collected = json<CollectJson>(run);
    expect(collected.forms.map((f) => [f.file, f.accepted, f.changed])).toEqual([
      ["A1 chi tieu.xlsx", false, 0],
      ["A1.xlsx", true, 10],
      ["B1 sua.xlsx", false, 0],
      ["A1 cum 2.xlsx", false, 0],
      ["CC A1.xlsx", true, 2],
      ["CC A2.xlsx", true, 2],
    ]);
    const target = collected.findings.find((f) => f.rule === FORM_RULES.targetChanged)!;
    expect([target.file, target.sheet, target.cell]).toEqual(["A1 chi tieu.xlsx", "Số liệu", "E9"]);

    // A blank resubmission is refused and the master keeps 8.
    await fill(form(dir, "A1", "Phường A1", "Tự chấm"), join(dir, "A1 lan 2.xlsx"), A1_BLANK);
    const blank = json<CollectJson>(thidua(["collect", "tong-hop.xlsx", "A1 lan 2.xlsx", "--json"], dir));
    expect(blank.forms.map((f) => f.accepted)).toEqual([false]);
    expect(blank.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["score.blank-required", "Tự chấm", "E6"],
      [FORM_RULES.refused, null, null],
    ]);

    const master = await parsedFile(join(dir, "tong-hop.xlsx"));
    expect(master.raw!.self[1][0]).toBe(8);
    expect(master.raw!.target[3][0]).toBe(100);
    expect(master.log!.rows.slice(2).map((r) => [r.action, r.file])).toEqual([
      ["Từ chối phiếu tự chấm A1", "A1 chi tieu.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1.xlsx"],
      ["Từ chối phiếu tự chấm B1", "B1 sua.xlsx"],
      ["Từ chối phiếu tự chấm A1", "A1 cum 2.xlsx"],
      ["Nhận phiếu chấm chéo A1", "CC A1.xlsx"],
      ["Nhận phiếu chấm chéo A2", "CC A2.xlsx"],
      ["Từ chối phiếu tự chấm A1", "A1 lan 2.xlsx"],
    ]);
    // The master's validation: the chain holds, and no rater is asked for a unit outside its cluster.
    const validation = json<ValidateJson>(thidua(["validate", "tong-hop.xlsx", "--json"], dir));
    const rules = validation.findings.map((f) => f.rule);
    expect(rules).not.toContain("workbook.log-edited");
    expect(rules).not.toContain("peer.incomplete");
    expect(rules).not.toContain("peer.other-cluster");
  });

  it("show no ISO time in the master's log, its printed results or any sheet of a form but the metadata", async () => {
    const master = await workbook(join(dir, "tong-hop.xlsx"));
    const log = master.getWorksheet("Nhật ký")!;
    const times: string[] = [];
    for (let row = 3; row <= log.rowCount; row++) times.push(String(log.getCell(`A${row}`).value));
    expect(times.length).toBeGreaterThan(5);
    for (const time of times) expect(time).toMatch(LOCAL_TIME);
    const readable = everyCell(master).filter((c) => ["Nhật ký", "Kết quả"].includes(c.sheet));
    for (const cell of readable) expect(cell.text).not.toMatch(ISO_TIME);
    for (const name of readdirSync(join(dir, "phieu"))) {
      const cells = everyCell(await workbook(join(dir, "phieu", name))).filter((c) => c.sheet !== "_thidua");
      for (const cell of cells)
        expect([name, cell.sheet, cell.text]).not.toEqual([name, cell.sheet, expect.stringMatching(ISO_TIME)]);
    }
  });
});

describe("an individual evaluation (ca-nhan-thang)", () => {
  const dir = tempFolder();

  it("proposes no award, grades a disciplined person KHTNV, and speaks of persons", async () => {
    writeFileSync(
      join(dir, "ca-nhan.csv"),
      "code,name,cluster,disqualified\nCB01,Nguyễn Văn An,Phòng Nội vụ,\nCB02,Trần Thị Bình,Phòng Nội vụ,x\nCB03,Lê Văn Cường,Phòng Nội vụ,\n",
    );
    const made = thidua(
      [
        "new",
        "--template",
        "ca-nhan-thang",
        "--units",
        "ca-nhan.csv",
        "--out",
        "thang.xlsx",
        "--mode",
        "self",
        "--period",
        "Tháng 3/2026",
      ],
      dir,
    );
    expect(made.status).toBe(0);
    expect(made.stdout).toContain("3 cá nhân");
    // Everyone at full points: A.1–A.3 manual 10 each, B.1–B.3 quantity, quality, progress all as assigned.
    const rows = 11; // A, A.1–A.3, B, B.1–B.3, D, D.1, D.2
    const grid = (value: (r: number) => number | null) =>
      Array.from({ length: rows }, (_, r) => [value(r), value(r), value(r)]);
    await fillWorkbook(join(dir, "thang.xlsx"), {
      self: grid((r) => ([1, 2, 3].includes(r) ? 10 : null)),
      target: grid((r) => ([5, 6, 7].includes(r) ? 20 : null)),
      actual: grid((r) => ([5, 6, 7].includes(r) ? 20 : null)),
    });
    const rank = thidua(["rank", "thang.xlsx", "--json"], dir);
    expect(rank.status).toBe(0);
    const ranked = json<RankJson>(rank);
    expect(ranked.units.map((u) => [u.code, u.final, u.grade, u.award])).toEqual([
      ["CB01", 100, "HTXSNV", null],
      ["CB02", 100, "KHTNV", null],
      ["CB03", 100, "HTXSNV", null],
    ]);
    expect(ranked.findings.filter((f) => f.rule === "grade.person-disciplined").map((f) => f.unit)).toEqual(["CB02"]);
    const table = thidua(["rank", "thang.xlsx"], dir).stdout;
    expect(table).toContain("Cụm/khối: Phòng Nội vụ (3 cá nhân)");
    expect(table).toMatch(/Hạng\s+Mã\s+Họ và tên/);
  });
});

describe("thidua settings", () => {
  const dir = tempFolder();
  const file = join(dir, "cum.xlsx");

  beforeAll(() => {
    writeFileSync(
      join(dir, "units.csv"),
      "code,name,cluster\nX1,Xã Một,Cụm Bắc\nX2,Xã Hai,Cụm Bắc\nX3,Xã Ba,Cụm Nam\n",
    );
    const made = thidua(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "cum.xlsx", "--mode", "cross"],
      dir,
    );
    expect(made.status).toBe(0);
    expect(made.stdout).toContain("Điểm xếp hạng: bình quân gia quyền (tự chấm 20 %, chấm chéo 30 %, thẩm định 50 %)");
  });

  it("prints the settings with their keys, values and meanings, or as JSON", () => {
    const asJson = thidua(["settings", "cum.xlsx", "--json"], dir);
    expect(asJson.status).toBe(0);
    const settings = json<{ settings: Record<string, unknown> }>(asJson).settings;
    expect([
      settings.finalRule,
      settings["weights.self"],
      settings["weights.peer"],
      settings["weights.review"],
    ]).toEqual(["weighted", 0.2, 0.3, 0.5]);
    expect(settings.timeZone).toBe("Asia/Ho_Chi_Minh");
    const plain = thidua(["settings", "cum.xlsx"], dir).stdout;
    expect(plain).toMatch(/Khóa\s+Giá trị\s+Ý nghĩa/);
    expect(plain).toMatch(/finalRule\s+weighted\s+Cách tính điểm xếp hạng/);
    expect(thidua(["settings", "cum.xlsx", "--lang", "en"], dir).stdout).toMatch(/Key\s+Value\s+Meaning/);
  });

  it("refuses an unusable key or value in one sentence naming the key, exit 2, the file left as it was", () => {
    const before = fileHash(file);
    const cases: [string[], string][] = [
      [["--set", "weights.peer=0.5"], "weights"],
      [["--set", "awards.certificateShare=1.5"], "awards.certificateShare"],
      [["--set", "bogus=1"], "bogus"],
      [["--set", "timeZone=Mars/Base"], "Mars/Base"],
      [["--set", "finalRule=best"], "finalRule"],
      [["--set", "finalRule"], "finalRule"],
    ];
    for (const [args, key] of cases) {
      const run = thidua(["settings", "cum.xlsx", ...args], dir);
      expect([args, run.status, run.stdout]).toEqual([args, 2, ""]);
      const lines = run.stderr.trimEnd().split("\n");
      expect([args, lines.length]).toEqual([args, 1]);
      expect(lines[0]).toContain(key);
    }
    expect(fileHash(file)).toBe(before);
  });

  it("changes settings through the add-in's operation: logged, undoable, and back", () => {
    const run = thidua(
      ["settings", "cum.xlsx", "--set", "finalRule=last-stage", "--set", "awards.certificateShare=0,3", "--json"],
      dir,
    );
    expect(run.status).toBe(0);
    const out = json<{ applied: boolean; changes: { key: string; from: unknown; to: unknown }[] }>(run);
    expect(out.applied).toBe(true);
    expect(out.changes).toEqual([
      { key: "finalRule", from: "weighted", to: "last-stage" },
      { key: "awards.certificateShare", from: 0.2, to: 0.3 },
    ]);
    const again = thidua(["settings", "cum.xlsx", "--set", "finalRule=last-stage"], dir);
    expect([again.status, again.stdout.trim()]).toEqual([0, "Cài đặt không thay đổi: cum.xlsx được giữ nguyên."]);
    expect(thidua(["undo", "cum.xlsx"], dir).status).toBe(0);
    const restored = json<{ settings: Record<string, unknown> }>(thidua(["settings", "cum.xlsx", "--json"], dir));
    expect([restored.settings.finalRule, restored.settings["awards.certificateShare"]]).toEqual(["weighted", 0.2]);
  });

  it("explains itself", () => {
    expect(thidua(["settings", "--help"], dir).stdout).toContain(
      "thidua settings TỆP.xlsx [--json] [--set KHÓA=GIÁ_TRỊ]",
    );
    expect(thidua(["--help", "--lang", "en"], dir).stdout).toContain(
      "thidua settings FILE.xlsx [--json] [--set KEY=VALUE]",
    );
  });
});
