import { allocateSheetNames } from "../../../src/workbook/layout/sheetNameAllocation";
import { peerDefinedNames, sanitizeSheetName, SheetNameAllocator } from "../../../src/workbook/layout/sheetNames";

describe("sheet names", () => {
  it("suffixes a name the workbook already uses, ignoring case, and never reuses one", () => {
    const allocator = new SheetNameAllocator(["tự chấm", "Tự chấm (2)"]);
    expect(allocator.allocate("Tự chấm")).toBe("Tự chấm (3)");
    expect(allocator.allocate("Tự chấm")).toBe("Tự chấm (4)");
    expect(allocator.allocate("Số liệu")).toBe("Số liệu");
  });

  it("keeps a suffixed name within Excel's 31 characters", () => {
    const long = "X".repeat(31);
    const name = new SheetNameAllocator([long]).allocate(long);
    expect(name).toBe("X".repeat(27) + " (2)");
    expect(name.length).toBe(31);
  });

  it("never names a sheet History, which Excel reserves", () => {
    expect(new SheetNameAllocator([]).allocate("history")).toBe("history (2)");
    expect(allocateSheetNames("en", "self", [], []).fixed.history).toBe("Award history");
  });

  it("replaces the characters Excel refuses in sheet names", () => {
    expect(sanitizeSheetName("CC A/B:C*?[1]")).toBe("CC A_B_C___1_");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
  });

  it("names English workbooks in English and peer sheets PS <code>", () => {
    const names = allocateSheetNames("en", "cross", ["A1", "B2"], []);
    expect(names.fixed.self).toBe("Self");
    expect(names.fixed.result).toBe("Ranking");
    expect(names.peers).toEqual(["PS A1", "PS B2"]);
    expect(allocateSheetNames("vi", "cross", ["A1"], []).peers).toEqual(["CC A1"]);
  });

  it("gives every rater a distinct peer name even when codes clean up alike", () => {
    expect(peerDefinedNames(["A.1", "Đông", "A_1", "a_1"])).toEqual([
      "TD_Peer_A.1",
      "TD_Peer_Dong",
      "TD_Peer_A_1",
      "TD_Peer_a_1_2",
    ]);
  });
});
