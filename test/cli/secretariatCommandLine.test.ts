// The command line as a secretariat meets it (issue #13, "The command line a secretariat can use"): every slip a new
// user ran into, reproduced on real files through runCli, each with the sentence the user should have read.

import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { injectTemplate } from "../../src/workbook/operations/injectTemplate";
import { TINY_TEMPLATE, TINY_UNITS } from "../workbook/fixtures/tinyTemplate";
import { fillFormFile } from "../workbook/forms/fillFormFile";
import { A1_FIRST, A2_COMMA, INJECTED_AT, MASTER_OPTIONS, type Typing } from "../workbook/forms/formFixtures";
import { enterTargets } from "../workbook/forms/secretariatTargets";
import { fileHash } from "./cliProcess";
import { cliFolder, runThidua } from "./cliInProcess";

jest.setTimeout(120_000);

/** Every command, in the order of the year's work. */
const EVERY_COMMAND =
  "templates, new, validate, rank, forms, collect, rollup, undo, settings, demo, meeting, ballots, tally, minutes, " +
  "province, province-ballots, province-tally, province-dossier";

/** The first bytes of every Excel 97–2003 file (an OLE2 compound document), then what no zip reader takes. */
const XLS_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0x3e, 0, 3, 0, 0xfe, 0xff, 9]);

const SAVE_AS_XLSX =
  "Đây là tệp Excel 97–2003 (.xls): hãy mở tệp bằng Excel, chọn Tệp › Lưu Như, chọn kiểu “Sổ làm việc Excel " +
  "(*.xlsx)”, rồi dùng tệp .xlsx vừa lưu.";

/** A cross-scored master of the tiny template (A1, A2 in Cụm 1; B1 alone in Cụm 2), its targets entered. */
async function crossMaster(dir: string): Promise<void> {
  const host = XlsxHost.create();
  await injectTemplate(host, TINY_TEMPLATE, TINY_UNITS, undefined, {
    ...MASTER_OPTIONS,
    mode: "cross",
    now: INJECTED_AT,
  });
  await enterTargets(host);
  writeFileSync(join(dir, "tong-hop.xlsx"), await host.save());
}

const selfForm = (dir: string, code: string, name: string) =>
  join(dir, "phieu", `2026 - ${code} ${name} - Tự chấm.xlsx`);

async function fill(from: string, to: string, typing: Typing): Promise<void> {
  writeFileSync(to, await fillFormFile(readFileSync(from), typing));
}

/** A2's return with its 8,5 typed as a number: the comma slip corrected. */
const A2_CORRECTED: Typing = A2_COMMA.map((t) => (t.cell === "E6" && t.sheet === "Tự chấm" ? { ...t, value: 8.5 } : t));

describe("thidua without a command, or with one it does not know", () => {
  it("lists every command when none is given", async () => {
    const run = await runThidua([], cliFolder());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Thiếu lệnh: hãy chọn một trong các lệnh ${EVERY_COMMAND} (xem “thidua --help”).\n`);
  });

  it("lists every command after an unknown one, in English too", async () => {
    const vi = await runThidua(["xep-hang", "a.xlsx"], cliFolder());
    expect(vi.stderr).toBe(`Không có lệnh “xep-hang”: các lệnh là ${EVERY_COMMAND} (xem “thidua --help”).\n`);
    const en = await runThidua(["xep-hang", "--lang", "en"], cliFolder());
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `There is no command “xep-hang”: the commands are ${EVERY_COMMAND} (see “thidua --help”).\n`,
    );
  });

  it('points an unknown option without a command to "thidua --help", not "thidua thidua --help"', async () => {
    const run = await runThidua(["--foo"], cliFolder());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("thidua không có tùy chọn --foo (xem “thidua --help”).\n");
    const inCommand = await runThidua(["rank", "--foo"], cliFolder());
    expect(inCommand.stderr).toBe("Lệnh rank không có tùy chọn --foo (xem “thidua rank --help”).\n");
  });
});

describe("thidua demo --out", () => {
  it("creates the folder it is given, however deep, and writes demo.xlsx there", async () => {
    const dir = cliFolder();
    const run = await runThidua(["demo", "--out", join("thu-nghiem", "2026")], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(statSync(join(dir, "thu-nghiem", "2026", "demo.xlsx")).size).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Đã ghi ${join("thu-nghiem", "2026", "demo.xlsx")}`);
  });

  it("refuses a file where the folder should be", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "ket-qua"), "");
    const run = await runThidua(["demo", "--out", "ket-qua"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("ket-qua là một tệp; --out của lệnh demo cần một thư mục.\n");
  });
});

describe("an Excel 97–2003 file (.xls)", () => {
  it("is told to be saved as .xlsx (Excel Workbook), not called a file that is not Excel", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "bang-diem.xls"), XLS_BYTES);
    const run = await runThidua(["validate", "bang-diem.xls"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Không mở được bang-diem.xls. ${SAVE_AS_XLSX}\n`);
    const en = await runThidua(["rank", "bang-diem.xls", "--lang", "en"], dir);
    expect(en.stderr).toContain("File › Save As, pick “Excel Workbook (*.xlsx)”");
  });

  it("still reads as not an Excel file when it is some other file renamed", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "ghi-chu.xlsx"), "hello");
    const run = await runThidua(["validate", "ghi-chu.xlsx"], dir);
    expect(run.stderr).toBe("Không mở được ghi-chu.xlsx. Đây không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng.\n");
  });
});

describe("thidua new", () => {
  const UNITS = "code,name,cluster\nSTC,Sở Tài chính,Khối A\nSNV,Sở Nội vụ,Khối A\nSYT,Sở Y tế,Khối A\n";

  it("names the forms among the next steps", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "units.csv"), UNITS);
    const run = await runThidua(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "a.xlsx", "--mode", "self"],
      dir,
    );
    expect(run.status).toBe(0);
    const next = run.stdout.trimEnd().split("\n").at(-1);
    expect(next).toBe(
      "Tiếp theo: nhập chỉ tiêu giao (nếu có) vào sheet Số liệu; lập phiếu gửi các đơn vị bằng “thidua forms a.xlsx " +
        "--out phieu” và gửi mỗi đơn vị phiếu tự chấm của mình; nhận phiếu gửi về bằng “thidua collect a.xlsx <các tệp " +
        "phiếu>”; rồi chạy “thidua validate a.xlsx” và “thidua rank a.xlsx”.",
    );
  });

  it("in cross mode, says the peer forms go out once every self form is back", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "units.csv"), UNITS);
    const run = await runThidua(
      ["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "a.xlsx", "--mode", "cross"],
      dir,
    );
    expect(run.stdout).toContain(
      "gửi mỗi đơn vị phiếu tự chấm của mình (phiếu chấm chéo gửi sau, khi đã nhận đủ phiếu tự chấm)",
    );
    expect(run.stdout).toContain("Trưởng cụm, khối nhập điểm thẩm định");
  });

  it("numbers a units.csv problem by the file's lines only, in the place and in the sentence alike", async () => {
    const dir = cliFolder();
    // Line 1 the header, line 3 blank: the duplicates are on lines 2 and 4, the blank code on line 5.
    writeFileSync(join(dir, "units.csv"), "code,name,cluster\nSTC,Sở Tài chính,A\n\nstc,Sở Tư pháp,A\n,Sở Y tế,A\n");
    const run = await runThidua(["new", "--template", "khoi-so-nganh", "--units", "units.csv", "--out", "a.xlsx"], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toContain(
      "  units.csv, dòng 4  Mã đơn vị “stc” bị trùng (các dòng 2, 4 trong danh sách đơn vị); mỗi đơn vị cần một mã " +
        "riêng (không phân biệt chữ hoa, chữ thường).",
    );
    expect(lines).toContain("  units.csv, dòng 5  Dòng 5 của danh sách đơn vị chưa có mã đơn vị.");
    expect(existsSync(join(dir, "a.xlsx"))).toBe(false);
  });
});

describe("the email round trip of a cross-scored cluster", () => {
  const dir = cliFolder();

  beforeAll(async () => {
    await crossMaster(dir);
    const made = await runThidua(["forms", "tong-hop.xlsx", "--out", "phieu"], dir);
    expect(made.status).toBe(0);
    await fill(selfForm(dir, "A1", "Phường A1"), join(dir, "A1.xlsx"), A1_FIRST);
    await fill(selfForm(dir, "A2", "Phường A2"), join(dir, "A2.xlsx"), A2_COMMA);
    await fill(selfForm(dir, "A2", "Phường A2"), join(dir, "A2 lan 2.xlsx"), A2_CORRECTED);
    await fill(selfForm(dir, "B1", "Xã B1"), join(dir, "B1.xlsx"), A1_FIRST);
    writeFileSync(join(dir, "ghi chu.xlsx"), "hello");
    writeFileSync(join(dir, "B1 cu.xls"), XLS_BYTES);
  });

  it("refuses rank and validate on a returned form, saying it is a form and to use collect", async () => {
    const before = fileHash(join(dir, "A1.xlsx"));
    for (const command of ["rank", "validate"]) {
      const run = await runThidua([command, "A1.xlsx"], dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        "A1.xlsx là phiếu tự chấm của đơn vị A1, không phải bảng tổng hợp của cụm, khối. Phiếu đơn vị gửi về được " +
          'nhận vào bảng tổng hợp bằng lệnh collect: thidua collect TONG-HOP.xlsx "A1.xlsx"; sau đó kiểm tra, xếp ' +
          "hạng trên bảng tổng hợp.\n",
      );
    }
    expect(fileHash(join(dir, "A1.xlsx"))).toBe(before);
    const peer = await runThidua(["rank", join("phieu", "2026 - A1 Phường A1 - Chấm chéo.xlsx"), "--lang", "en"], dir);
    expect(peer.stderr).toMatch(/^phieu.2026 - A1 Phường A1 - Chấm chéo\.xlsx is the peer form of unit A1, not a/);
  });

  it("heads each refused form with its own count of errors, the same count the list of errors shows", async () => {
    const run = await runThidua(["collect", "tong-hop.xlsx", "A1.xlsx", "A2.xlsx", "ghi chu.xlsx", "B1 cu.xls"], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    const a2 = lines.indexOf(
      "✗ A2.xlsx: phiếu không được tiếp nhận (1 lỗi); bảng tổng hợp không thay đổi gì từ phiếu này.",
    );
    expect(a2).toBeGreaterThanOrEqual(0);
    expect(lines[a2 + 1]).toBe("  Lỗi (1)");
    expect(lines[a2 + 2]).toMatch(/^ {4}Tự chấm!E6 {2}/);
    // A full sentence in a sentence: no doubled full stop, no stop inside the parenthesis.
    expect(run.stdout).not.toMatch(/\.\)|\.\./);
    expect(lines).toContain(
      "    ghi chu.xlsx: không đọc được phiếu. Đây không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng.",
    );
    expect(lines).toContain(`    B1 cu.xls: không đọc được phiếu. ${SAVE_AS_XLSX}`);
  });

  it("prints a note ready to send to each unit whose return was refused: what to correct and where", async () => {
    const run = await runThidua(["collect", "tong-hop.xlsx", "A2.xlsx"], dir);
    const out = run.stdout;
    const start = out.indexOf("  Thư báo cho đơn vị (chép vào thư điện tử gửi lại):\n");
    expect(start).toBeGreaterThan(0);
    const note = out.slice(start).split("\n").slice(1, 5);
    expect(note[0]).toBe("    Gửi đơn vị: Phường A2 (A2)");
    expect(note[1]).toBe("    Phiếu tự chấm đơn vị gửi về (tệp “A2.xlsx”) chưa được tiếp nhận, vì những lỗi sau:");
    expect(note[2]).toMatch(/^ {4}- Sheet Tự chấm, ô E6: .*8,5/);
    expect(note[3]).toBe(
      "    Đề nghị đơn vị sửa các ô nêu trên ngay trong tệp phiếu này, lưu lại (.xlsx) và gửi lại cho Thường trực " +
        "cụm, khối.",
    );
  });

  it("puts the note in --json too, and null for an accepted form", async () => {
    const run = await runThidua(["collect", "tong-hop.xlsx", "A2.xlsx", "ghi chu.xlsx", "--json"], dir);
    const json = JSON.parse(run.stdout) as { forms: { file: string; accepted: boolean; note: string | null }[] };
    expect(json.forms.map((f) => f.file)).toEqual(["A2.xlsx", "ghi chu.xlsx"]);
    const [a2, text] = json.forms.map((f) => f.note!.split("\n"));
    expect(a2[0]).toBe("Gửi đơn vị: Phường A2 (A2)");
    expect(a2[2]).toMatch(/^- Sheet Tự chấm, ô E6: /);
    expect(text).toEqual([
      "Tệp “ghi chu.xlsx” gửi về chưa được tiếp nhận, vì:",
      "- ghi chu.xlsx: không đọc được phiếu. Đây không phải tệp Excel (.xlsx), hoặc tệp đã bị hỏng.",
      "Đề nghị đơn vị điền vào đúng tệp phiếu Thường trực cụm, khối đã gửi (không sửa bảng tiêu chí, chỉ tiêu, tên " +
        "sheet), lưu dạng .xlsx và gửi lại.",
    ]);
  });

  it("says, while self forms are awaited, that the peer forms go out once they are all back", async () => {
    // A1 was taken in by the run above; A2 and B1 are still awaited.
    const run = await runThidua(["collect", "tong-hop.xlsx", "A2.xlsx"], dir);
    const tail = run.stdout.trimEnd().split("\n").slice(-2);
    expect(tail).toEqual([
      "Phiếu tự chấm đã nhận: 1/3 đơn vị; còn thiếu: A2, B1.",
      "Phiếu chấm chéo gửi đi khi đã nhận đủ phiếu tự chấm: khi đó chạy “thidua forms tong-hop.xlsx --out " +
        "phieu-cham-cheo” để lập lại phiếu (mã phiếu giữ nguyên; phiếu chấm chéo mang số liệu các đơn vị đã báo), " +
        "rồi gửi mỗi đơn vị phiếu chấm chéo của mình.",
    ]);
  });

  it("says, once every self form is back, that the peer forms go out now", async () => {
    const run = await runThidua(["collect", "tong-hop.xlsx", "A2 lan 2.xlsx", "B1.xlsx"], dir);
    expect(run.status).toBe(0);
    const tail = run.stdout.trimEnd().split("\n").slice(-3);
    expect(tail).toEqual([
      "Phiếu tự chấm đã nhận: 3/3 đơn vị.",
      // B1 is alone in Cụm 2: it has nobody to score, so no peer form.
      "Phiếu chấm chéo đã nhận: 0/2 đơn vị; còn thiếu: A1, A2.",
      "Tiếp theo: đã đủ phiếu tự chấm, nay gửi phiếu chấm chéo. Chạy “thidua forms tong-hop.xlsx --out " +
        "phieu-cham-cheo” (mã phiếu giữ nguyên; phiếu chấm chéo mang số liệu các đơn vị đã báo), rồi gửi mỗi đơn vị " +
        "tệp “… - Chấm chéo.xlsx” của mình.",
    ]);
  });

  it("does not write 'only 0 units' when no peer score has come back", async () => {
    const run = await runThidua(["rank", "tong-hop.xlsx", "--out", "xep-hang.xlsx"], dir);
    expect(run.stdout).not.toMatch(/chỉ có 0 /);
    expect(run.stdout).toContain(
      "Cụm/khối Cụm 1: không tính mức thống nhất (Kendall W) vì chưa có đơn vị nào chấm chéo đủ điểm cho ít nhất " +
        "2 đơn vị; cần ít nhất 3 đơn vị chấm.",
    );
  });

  it("says, once the peer forms are back too, that the leader reviews and the cluster is ranked", async () => {
    const peerForm = (code: string, name: string) => join(dir, "phieu", `2026 - ${code} ${name} - Chấm chéo.xlsx`);
    // Each rater scores the other unit of Cụm 1 (A1's peer sheet: A2 in column F; A2's: A1 in column E).
    await fill(peerForm("A1", "Phường A1"), join(dir, "CC A1.xlsx"), [
      { sheet: "CC A1", cell: "F6", value: 7 },
      { sheet: "CC A1", cell: "F7", value: "Đạt" },
    ]);
    await fill(peerForm("A2", "Phường A2"), join(dir, "CC A2.xlsx"), [
      { sheet: "CC A2", cell: "E6", value: 8.5 },
      { sheet: "CC A2", cell: "E7", value: "Không đạt" },
    ]);
    const run = await runThidua(["collect", "tong-hop.xlsx", "CC A1.xlsx", "CC A2.xlsx"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").slice(-3)).toEqual([
      "Phiếu tự chấm đã nhận: 3/3 đơn vị.",
      "Phiếu chấm chéo đã nhận: 2/2 đơn vị.",
      "Tiếp theo: đã đủ phiếu; Trưởng cụm, khối nhập điểm thẩm định vào sheet Thẩm định (ô để trống là giữ điểm tự " +
        "chấm), rồi chạy “thidua validate tong-hop.xlsx” và “thidua rank tong-hop.xlsx”.",
    ]);
  });
});

describe("an --out folder that is a file", () => {
  it("names the command it was given to (ballots used to say forms)", async () => {
    const dir = cliFolder();
    writeFileSync(join(dir, "phieu"), "");
    const run = await runThidua(["ballots", "tong-hop.xlsx", "--out", "phieu"], dir);
    expect(run.stderr).toBe("phieu là một tệp; --out của lệnh ballots cần một thư mục.\n");
  });
});
