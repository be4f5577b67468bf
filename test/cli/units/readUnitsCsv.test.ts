// units.csv → units: header columns in any order (English or Vietnamese names), a BOM, flags, and findings that
// name the file's line.

import { readUnitsCsv } from "../../../src/cli/units/readUnitsCsv";

describe("readUnitsCsv", () => {
  it("strips a BOM and reads the optional priority and disqualified columns", () => {
    const { units, findings } = readUnitsCsv(
      "\uFEFFcode,name,cluster,priority,disqualified\r\nSYT,Sở Y tế,Khối B,x,\r\nSTC,Sở Tài chính,Khối A,,Có\r\n",
      "units.csv",
    );
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: "SYT", name: "Sở Y tế", cluster: "Khối B", priority: true, disqualified: false },
      { code: "STC", name: "Sở Tài chính", cluster: "Khối A", priority: false, disqualified: true },
    ]);
  });

  it("finds the columns by their Vietnamese names, in any order", () => {
    const { units } = readUnitsCsv("Tên đơn vị,Cụm,Mã\nSở Nội vụ,Khối A,SNV\n", "dv.csv");
    expect(units).toEqual([
      { code: "SNV", name: "Sở Nội vụ", cluster: "Khối A", priority: false, disqualified: false },
    ]);
  });

  it("names the file line of a duplicate code, counting the header and skipping blank lines", () => {
    const { findings } = readUnitsCsv("code,name,cluster\nSNV,Sở Nội vụ,A\n\nsnv,Sở Nội vụ 2,A\n", "units.csv");
    const duplicates = findings.filter((f) => f.rule === "units.duplicate-code");
    // The records start on lines 2 and 4 (line 3 is blank).
    expect(duplicates.map((f) => f.place?.vi)).toEqual(["units.csv, dòng 2", "units.csv, dòng 4"]);
    expect(duplicates.every((f) => f.severity === "error")).toBe(true);
  });

  it("refuses a header without the cluster column, naming it", () => {
    const { units, findings } = readUnitsCsv("code,name\nSNV,Sở Nội vụ\n", "units.csv");
    expect(units).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      place: { vi: "units.csv, dòng 1", en: "units.csv, line 1" },
    });
    expect(findings[0].message.en).toContain("cluster");
  });

  it("warns about an unused column and about more fields than the header has", () => {
    const { units, findings } = readUnitsCsv("code,name,cluster,email\nSNV,Sở Nội vụ,A,a@b.vn,extra\n", "units.csv");
    expect(units).toHaveLength(1);
    expect(findings.map((f) => [f.rule, f.severity, f.place?.en])).toEqual([
      ["units-csv.unknown-column", "warning", "units.csv, line 1"],
      ["units-csv.extra-fields", "warning", "units.csv, line 2"],
    ]);
  });

  it("says an empty file is empty", () => {
    const { units, findings } = readUnitsCsv("\uFEFF\r\n", "units.csv");
    expect(units).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(["units-csv.empty"]);
  });
});
