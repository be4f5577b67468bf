import { validateUnits } from "../../../src/core/validation/validateUnits";

const rows = (...r: unknown[][]) => r;

describe("validateUnits reads the units table", () => {
  it("reads a clean table into units, in row order, with no findings", () => {
    const { units, findings } = validateUnits(
      rows(
        ["SNV", "Sở Nội vụ", "Khối 1", "x", null],
        ["STC", "Sở Tài chính", "Khối 1", null, "có"],
        ["Sở_Y.tế", "Sở Y tế", "Khối 2", "", ""],
      ),
    );
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: "SNV", name: "Sở Nội vụ", cluster: "Khối 1", priority: true, disqualified: false },
      { code: "STC", name: "Sở Tài chính", cluster: "Khối 1", priority: false, disqualified: true },
      { code: "Sở_Y.tế", name: "Sở Y tế", cluster: "Khối 2", priority: false, disqualified: false },
    ]);
  });

  it.each<[unknown, boolean]>([
    ["x", true],
    ["X", true],
    ["có", true],
    ["Có", true],
    [true, true],
    ["TRUE", true],
    [1, true],
    ["yes", true],
    [null, false],
    ["", false],
    [0, false],
    [false, false],
    ["không", false],
  ])("reads the flag %p as %p", (flag, expected) => {
    const { units, findings } = validateUnits(rows(["A", "Đơn vị A", "K", flag, flag]));
    expect(findings).toEqual([]);
    expect(units[0].priority).toBe(expected);
    expect(units[0].disqualified).toBe(expected);
  });

  it("reads an unrecognised flag as no, with a warning", () => {
    const { units, findings } = validateUnits(rows(["A", "Đơn vị A", "K", null, "chờ"]));
    expect(units[0].disqualified).toBe(false);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "units.flag-unrecognised",
        severity: "warning",
        location: { area: "units", row: 0, field: "disqualified" },
      }),
    ]);
  });

  it("keeps names as text, even when they look like formulas or numbers", () => {
    const { units } = validateUnits(rows(["A", '=HYPERLINK("http://x")', "K"], ["B", 123, "K"]));
    expect(units.map((u) => u.name)).toEqual(['=HYPERLINK("http://x")', "123"]);
  });

  it("reports duplicate codes on each row, ignoring case", () => {
    const { findings } = validateUnits(rows(["SNV", "Một", "K"], ["STC", "Hai", "K"], ["snv", "Ba", "K"]));
    expect(findings.map((f) => [f.rule, f.severity, f.location])).toEqual([
      ["units.duplicate-code", "error", { area: "units", unit: "SNV", row: 0, field: "code" }],
      ["units.duplicate-code", "error", { area: "units", unit: "snv", row: 2, field: "code" }],
    ]);
    expect(findings[0].message.vi).toBe(
      "Mã đơn vị “SNV” bị trùng (các dòng 1, 3 trong danh sách đơn vị); mỗi đơn vị cần một mã riêng (không phân biệt chữ hoa, chữ thường).",
    );
  });

  it("numbers rows in its messages as the caller's file does (units.csv: header on line 1, blank lines skipped)", () => {
    const lines = [2, 4, 7];
    const { findings } = validateUnits(
      rows(["SNV", "Một", "K"], [null, "Hai", "K"], ["snv", "Ba", "K", null, "chờ"]),
      (i) => lines[i],
    );
    expect(findings.map((f) => [f.rule, f.location.row, f.message.vi])).toEqual([
      [
        "units.flag-unrecognised",
        2,
        "Cột “không đủ điều kiện xét khen thưởng” của đơn vị snv (dòng 7) ghi “chờ”, không rõ là có hay không; tạm hiểu là không (ghi “x” hoặc “Có” nếu có).",
      ],
      [
        "units.duplicate-code",
        0,
        "Mã đơn vị “SNV” bị trùng (các dòng 2, 7 trong danh sách đơn vị); mỗi đơn vị cần một mã riêng (không phân biệt chữ hoa, chữ thường).",
      ],
      ["units.blank-code", 1, "Dòng 4 của danh sách đơn vị chưa có mã đơn vị."],
      [
        "units.duplicate-code",
        2,
        "Mã đơn vị “snv” bị trùng (các dòng 2, 7 trong danh sách đơn vị); mỗi đơn vị cần một mã riêng (không phân biệt chữ hoa, chữ thường).",
      ],
    ]);
  });

  it("reports a blank code (error) and a blank name (warning), keeping the row as a unit", () => {
    const { units, findings } = validateUnits(rows(["A", "Một", "K"], [null, "Hai", "K"], ["C", "  ", "K"]));
    expect(units).toHaveLength(3);
    expect(findings.map((f) => [f.rule, f.severity, f.location.row])).toEqual([
      ["units.blank-code", "error", 1],
      ["units.blank-name", "warning", 2],
    ]);
  });

  it("drops fully blank rows at the end of the table only", () => {
    const { units, findings } = validateUnits(rows(["A", "Một", "K"], [], ["B", "Hai", "K"], [null, ""], []));
    expect(units.map((u) => u.code)).toEqual(["A", "", "B"]);
    expect(findings.map((f) => f.rule)).toEqual(["units.blank-code"]);
  });

  it.each(["=A1", "+84", "-A", "@X"])("refuses the code %j that Excel may read as a formula", (code) => {
    const { findings } = validateUnits(rows([code, "Tên", "K"]));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["units.formula-code", "error"]]);
  });

  it.each(["A B", "A/B", "A:B", "A'B", "A[1]", "A*", "A?"])(
    "refuses the code %j, unusable in sheet or defined names",
    (code) => {
      const { findings } = validateUnits(rows([code, "Tên", "K"]));
      expect(findings).toEqual([
        expect.objectContaining({
          rule: "units.unsafe-code",
          severity: "error",
          data: expect.objectContaining({ reason: "characters" }),
        }),
      ]);
      expect(findings[0].fix).toBeUndefined();
    },
  );

  it("refuses a hyphen (not allowed in Excel defined names) and offers an underscore", () => {
    const { findings } = validateUnits(rows(["UBND-1", "Tên", "K"]));
    expect(findings).toEqual([
      expect.objectContaining({ rule: "units.unsafe-code", fix: expect.objectContaining({ value: "UBND_1" }) }),
    ]);
  });

  it("offers no underscore fix when it would collide with another unit's code", () => {
    const { findings } = validateUnits(rows(["UBND-1", "Tên", "K"], ["ubnd_1", "Tên 2", "K"]));
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
  });

  it("accepts Vietnamese letters, digits, _ and . up to 20 characters, and refuses 21", () => {
    expect(validateUnits(rows(["Phường_Đông.Hà_12345", "Tên", "K"])).findings).toEqual([]); // 20 characters
    const { findings } = validateUnits(rows(["Phường_Đông.Hà_123456", "Tên", "K"]));
    expect(findings).toEqual([
      expect.objectContaining({ rule: "units.unsafe-code", data: { reason: "length", length: 21, limit: 20 } }),
    ]);
  });

  it("reads numeric codes as text", () => {
    expect(validateUnits(rows([101, "Xã 101", "K"])).units[0].code).toBe("101");
  });
});
