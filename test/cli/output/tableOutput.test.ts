// What a person reads: fixed-decimal scores with the language's decimal sign, columns aligned on what a terminal
// shows, and colours only for a terminal without NO_COLOR.

import { fixedDecimals } from "../../../src/core/messages/fixedDecimals";
import { terminalStyle } from "../../../src/cli/output/terminalStyle";
import { displayWidth, textTable } from "../../../src/cli/output/textTable";

describe("fixedDecimals", () => {
  it("writes two decimals with a decimal comma in Vietnamese and a point in English", () => {
    expect(fixedDecimals(85.5, "vi")).toBe("85,50");
    expect(fixedDecimals(1000, "vi")).toBe("1.000,00");
    expect(fixedDecimals(1000.125, "en")).toBe("1,000.13");
    expect(fixedDecimals(-0.5, "en")).toBe("-0.50");
  });
});

describe("textTable", () => {
  it("counts a Vietnamese letter written with combining marks as one column", () => {
    const decomposed = "Sở Y tế".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(7);
    expect(displayWidth(decomposed)).toBe(7);
  });

  it("pads every column to its widest cell and aligns numbers right", () => {
    const plain = terminalStyle({ stdoutIsTTY: false, env: {} });
    const lines = textTable(
      [
        { header: "Mã", align: "left" },
        { header: "Điểm", align: "right" },
        { header: "Đơn vị", align: "left" },
      ],
      [
        ["STC", "9,50", "Sở Tài chính"],
        ["SGDDT", "100,00", "Sở Giáo dục và Đào tạo"],
      ],
      plain,
    );
    expect(lines).toEqual([
      "Mã       Điểm  Đơn vị",
      "─────  ──────  ──────────────────────",
      "STC      9,50  Sở Tài chính",
      "SGDDT  100,00  Sở Giáo dục và Đào tạo",
    ]);
  });
});

describe("terminalStyle", () => {
  it("colours only a terminal, and never when NO_COLOR is set", () => {
    expect(terminalStyle({ stdoutIsTTY: true, env: {} })("x", "red")).toBe("\u001b[31mx\u001b[39m");
    expect(terminalStyle({ stdoutIsTTY: true, env: { NO_COLOR: "1" } })("x", "red")).toBe("x");
    expect(terminalStyle({ stdoutIsTTY: false, env: {} })("x", "red")).toBe("x");
  });
});
