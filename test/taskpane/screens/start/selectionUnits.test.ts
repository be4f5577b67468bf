// Units read from the values of a selection: a header row in either language skipped and used to place the
// columns, numbers as the text they show, blank rows dropped, and the selections that hold no table refused.
import { unitLines } from "../../../../src/taskpane/screens/start/unitLines";
import { unitsFromSelection } from "../../../../src/taskpane/screens/start/selectionUnits";

describe("unitsFromSelection", () => {
  it("skips a Vietnamese header row and gives one tab-separated line per unit", () => {
    expect(
      unitsFromSelection([
        ["Mã", "Tên đơn vị", "Cụm/khối"],
        ["SNV", "Sở Nội vụ, Thanh tra", "Khối Sở"],
        ["STC", "Sở Tài chính", null],
      ]),
    ).toEqual({ lines: "SNV\tSở Nội vụ, Thanh tra\tKhối Sở\nSTC\tSở Tài chính", count: 2 });
  });

  it("places the columns by an English header in another order, ignoring columns it doesn't know", () => {
    expect(
      unitsFromSelection([
        ["No.", "Name", "Code", "Cluster"],
        [1, "Commune One", "X1", "North"],
        [2, "Commune Two", "X2", null],
      ]),
    ).toEqual({ lines: "X1\tCommune One\tNorth\nX2\tCommune Two", count: 2 });
  });

  it("reads rows without a header by position: code, name, cluster", () => {
    expect(
      unitsFromSelection([
        ["X1", "Xã Một"],
        ["X2", "Xã Hai", "Cụm 2"],
      ]),
    ).toEqual({
      lines: "X1\tXã Một\nX2\tXã Hai\tCụm 2",
      count: 2,
    });
  });

  it("writes numeric codes as the text they show and keeps codes read as text, such as 01, as they are", () => {
    const read = unitsFromSelection([
      [1, "Xã Một"],
      ["01", "Xã Không Một"],
      [2.5, "Xã Hai rưỡi"],
    ]);
    expect(read).toEqual({ lines: "1\tXã Một\n01\tXã Không Một\n2.5\tXã Hai rưỡi", count: 3 });
    // The lines read back as the rows the core checks, "01" and "1" distinct.
    expect(unitLines((read as { lines: string }).lines, "Cụm")).toEqual([
      ["1", "Xã Một", "Cụm"],
      ["01", "Xã Không Một", "Cụm"],
      ["2.5", "Xã Hai rưỡi", "Cụm"],
    ]);
  });

  it("drops blank rows and turns tabs and line breaks inside a cell into spaces", () => {
    expect(
      unitsFromSelection([
        [null, "  ", null],
        ["X1", "Xã\nMột", null],
        [null, null, null],
        ["X2", "Xã\tHai", null],
      ]),
    ).toEqual({ lines: "X1\tXã Một\nX2\tXã Hai", count: 2 });
  });

  it("keeps a row with a code and no name, so that the core reports the missing name", () => {
    expect(
      unitsFromSelection([
        ["X1", null],
        ["X2", "Xã Hai"],
      ]),
    ).toEqual({ lines: "X1\t\nX2\tXã Hai", count: 2 });
  });

  it("calls an empty selection, a header alone and a single cell what they are", () => {
    expect(unitsFromSelection([])).toEqual({ problem: "empty" });
    expect(
      unitsFromSelection([
        [null, ""],
        [" ", null],
      ]),
    ).toEqual({ problem: "empty" });
    expect(unitsFromSelection([["Mã", "Tên"]])).toEqual({ problem: "empty" });
    expect(unitsFromSelection([["X1"]])).toEqual({ problem: "single-cell" });
  });
});
