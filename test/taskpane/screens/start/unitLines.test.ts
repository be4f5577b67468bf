import { unitLines } from "../../../../src/taskpane/screens/start/unitLines";

describe("unitLines", () => {
  it("reads a row pasted from Excel by its tabs, keeping commas inside a name", () => {
    expect(unitLines("SNV\tSở Nội vụ, Thanh tra\tKhối Sở", "Cụm")).toEqual([
      ["SNV", "Sở Nội vụ, Thanh tra", "Khối Sở"],
    ]);
  });

  it("reads typed lines by their commas and gives units without a cluster the cluster's own name", () => {
    expect(unitLines(" STC , Sở Tài chính \r\nSYT,Sở Y tế,Khối B", "Cụm 1")).toEqual([
      ["STC", "Sở Tài chính", "Cụm 1"],
      ["SYT", "Sở Y tế", "Khối B"],
    ]);
  });

  it("skips blank lines and keeps a line with only a code, for the core to report the missing name", () => {
    expect(unitLines("\n\nXA\n   \n", "C")).toEqual([["XA", "", "C"]]);
  });
});
