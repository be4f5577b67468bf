// `thidua forms` and `thidua collect` through the built command on real files: a master of the tiny template (its
// targets entered by the secretariat), its forms written to a folder, filled with ExcelJS as a unit's spreadsheet
// would save them (a careful unit, a decimal comma, a changed criteria maximum, a second return), then collected;
// exit codes, JSON, the master's cells and its log, which lists every file sent (trust.test.ts: issue #11's cases).

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine } from "../../src/cli/parseCommandLine";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { FORM_RULES } from "../../src/workbook/messages/formMessages";
import { injectTemplate } from "../../src/workbook/operations/injectTemplate";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { readPlan } from "../../src/workbook/read/readPlan";
import { TINY_TEMPLATE, TINY_UNITS } from "../workbook/fixtures/tinyTemplate";
import {
  A1_FIRST,
  A1_SECOND,
  A2_COMMA,
  B1_CHANGED_MAX,
  INJECTED_AT,
  MASTER_OPTIONS,
  type Typing,
} from "../workbook/forms/formFixtures";
import { fillFormFile } from "../workbook/forms/fillFormFile";
import { enterTargets } from "../workbook/forms/secretariatTargets";
import { buildCli, tempFolder, thidua } from "./cliProcess";

interface CollectJson {
  forms: { file: string; accepted: boolean; kind: string | null; unit: string | null; changed: number }[];
  findings: { file: string; rule: string; severity: string; sheet: string | null; cell: string | null }[];
}

async function writeMaster(path: string, clusterTitle = MASTER_OPTIONS.clusterTitle): Promise<void> {
  const host = XlsxHost.create();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    clusterTitle,
    now: INJECTED_AT,
  });
  await enterTargets(host);
  writeFileSync(path, await host.save());
}

/** Types values into a saved form as a unit's spreadsheet would, and saves it under `to`. */
async function fill(from: string, to: string, typing: Typing): Promise<void> {
  writeFileSync(to, await fillFormFile(readFileSync(from), typing));
}

async function masterCells(path: string) {
  const host = await XlsxHost.load(readFileSync(path));
  const outline = await host.outline();
  const parsed = parseWorkbook(await host.read(readPlan(outline)), outline);
  return parsed;
}

// Eight runs of the built command on real files: more than jest's 5 s on a busy machine.
jest.setTimeout(120_000);

beforeAll(() => buildCli());

describe("thidua forms and collect", () => {
  it("makes named forms, then takes the good returns in and refuses the bad ones", async () => {
    const dir = tempFolder();
    await writeMaster(join(dir, "tong-hop.xlsx"));
    const made = thidua(["forms", "tong-hop.xlsx", "--out", "phieu"], dir);
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(readdirSync(join(dir, "phieu")).sort()).toEqual([
      "2026 - A1 Phường A1 - Tự chấm.xlsx",
      "2026 - A2 Phường A2 - Tự chấm.xlsx",
      "2026 - B1 Xã B1 - Tự chấm.xlsx",
    ]);
    const form = (code: string, name: string) => join(dir, "phieu", `2026 - ${code} ${name} - Tự chấm.xlsx`);
    await fill(form("A1", "Phường A1"), join(dir, "A1.xlsx"), A1_FIRST);
    await fill(form("A1", "Phường A1"), join(dir, "A1 lan 2.xlsx"), A1_SECOND);
    await fill(form("A2", "Phường A2"), join(dir, "A2.xlsx"), A2_COMMA);
    await fill(form("B1", "Xã B1"), join(dir, "B1.xlsx"), B1_CHANGED_MAX);
    writeFileSync(join(dir, "not-a-form.xlsx"), "hello");
    await writeMaster(join(dir, "cum-2.xlsx"), "Cụm thi đua số 2");
    expect(thidua(["forms", "cum-2.xlsx", "--out", "phieu-cum-2"], dir).status).toBe(0);
    await fill(join(dir, "phieu-cum-2", "2026 - A1 Phường A1 - Tự chấm.xlsx"), join(dir, "A1 cum 2.xlsx"), A1_FIRST);

    // A refused form alone changes no entry, but the log records it (issue #11: every submission leaves a trace).
    const nothing = thidua(["collect", "tong-hop.xlsx", "A2.xlsx", "--json"], dir);
    expect(nothing.status).toBe(1);
    const afterRefusal = await masterCells(join(dir, "tong-hop.xlsx"));
    expect(afterRefusal.raw!.self.flat().filter((v) => v !== null)).toEqual([]);
    expect(afterRefusal.log!.rows.map((r) => [r.action, r.file])).toEqual([
      ["Tạo bảng chấm điểm", "Tong hop.xlsx"],
      ["Lập phiếu gửi đơn vị", "tong-hop.xlsx"],
      ["Từ chối phiếu tự chấm A2", "A2.xlsx"],
    ]);

    const run = thidua(
      [
        "collect",
        "tong-hop.xlsx",
        "A1.xlsx",
        "A2.xlsx",
        "B1.xlsx",
        "not-a-form.xlsx",
        "A1 cum 2.xlsx",
        "A1 lan 2.xlsx",
        "--json",
      ],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as CollectJson;
    expect(json.forms.map((f) => [f.file, f.accepted, f.unit, f.changed])).toEqual([
      ["A1.xlsx", true, "A1", 10],
      ["A2.xlsx", false, "A2", 0],
      ["B1.xlsx", false, "B1", 0],
      ["not-a-form.xlsx", false, null, 0],
      ["A1 cum 2.xlsx", false, "A1", 0],
      ["A1 lan 2.xlsx", true, "A1", 2],
    ]);
    const errors = json.findings
      .filter((f) => f.severity === "error")
      .map((f) => [f.file, f.rule, f.sheet === null ? null : `${f.sheet}!${f.cell}`]);
    expect(errors).toEqual([
      ["A2.xlsx", "cell.text", "Tự chấm!E6"],
      ["A2.xlsx", FORM_RULES.refused, null],
      ["B1.xlsx", FORM_RULES.criteriaChanged, null],
      ["B1.xlsx", "criteria.tampered", "Tiêu chí!F4"],
      ["B1.xlsx", FORM_RULES.refused, null],
      ["not-a-form.xlsx", FORM_RULES.unreadable, null],
      ["A1 cum 2.xlsx", FORM_RULES.wrongCluster, null],
      ["A1 cum 2.xlsx", FORM_RULES.unknownForm, null],
      ["A1 cum 2.xlsx", FORM_RULES.refused, null],
    ]);

    const parsed = await masterCells(join(dir, "tong-hop.xlsx"));
    const self = parsed.raw!.self;
    // Flat rows 1.1, 1.2, B.1, D.1 of A1 (column 0): the second return's 9 replaced the first's 8.
    expect([self[1][0], self[2][0], self[9][0], self[12][0]]).toEqual([9, "Đạt", 1, -1]);
    expect(parsed.raw!.evidence![9][0]).toBe('=HYPERLINK("http://x")');
    expect(
      self
        .map((row) => [row[1] ?? null, row[2] ?? null])
        .flat()
        .filter((v) => v !== null),
    ).toEqual([]);
    // A2.xlsx was refused and logged before with the same content: not logged twice.
    expect(parsed.log!.rows.map((r) => [r.action, r.file])).toEqual([
      ["Tạo bảng chấm điểm", "Tong hop.xlsx"],
      ["Lập phiếu gửi đơn vị", "tong-hop.xlsx"],
      ["Từ chối phiếu tự chấm A2", "A2.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1.xlsx"],
      ["Từ chối phiếu tự chấm B1", "B1.xlsx"],
      ["Từ chối tệp gửi về", "not-a-form.xlsx"],
      ["Từ chối phiếu tự chấm A1", "A1 cum 2.xlsx"],
      ["Nhận phiếu tự chấm A1", "A1 lan 2.xlsx"],
    ]);
    expect(parsed.log!.rows[7].summary).toMatch(
      /^Thay bản nộp lúc \d\d giờ \d\d, ngày \d\d\/\d\d\/\d{4} \(A1\.xlsx\)\. 2 ô thay đổi: Tự chấm!E6: 8 → 9;/,
    );
  });

  it("explains a collect without returned forms in one sentence (exit 2), and prints help in both languages", () => {
    const dir = tempFolder();
    const run = thidua(["collect", "tong-hop.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "Lệnh collect cần bảng tổng hợp và ít nhất một phiếu đã điền: “thidua collect tong-hop.xlsx phieu1.xlsx …”.\n",
    );
    expect(thidua(["forms", "--help", "--lang", "en"], dir).stdout).toContain("thidua forms FILE.xlsx --out FOLDER");
    expect(thidua(["collect", "--help"], dir).stdout).toContain("Mã thoát: 0 nhận hết, 1 có phiếu bị từ chối");
  });
});

describe("the forms and collect command lines", () => {
  it("reads the master, the folder and the returned files", () => {
    expect(parseCommandLine(["forms", "m.xlsx", "--out", "phieu"]).request).toEqual({
      ok: true,
      value: { command: "forms", file: "m.xlsx", out: "phieu", newIds: false },
    });
    expect(parseCommandLine(["forms", "m.xlsx", "--out", "phieu", "--new-ids"]).request).toEqual({
      ok: true,
      value: { command: "forms", file: "m.xlsx", out: "phieu", newIds: true },
    });
    expect(parseCommandLine(["collect", "m.xlsx", "a.xlsx", "b.xlsx", "--json"])).toEqual({
      common: { lang: "vi", json: true, debug: false },
      request: { ok: true, value: { command: "collect", file: "m.xlsx", returned: ["a.xlsx", "b.xlsx"] } },
    });
    const noOut = parseCommandLine(["forms", "m.xlsx", "--lang", "en"]).request;
    expect(noOut.ok || noOut.failure.en).toBe("The forms command needs the option --out (see “thidua forms --help”).");
  });
});
