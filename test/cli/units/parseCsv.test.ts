// units.csv's CSV reading: RFC 4180 quoting, CRLF, fields across lines, and the line each record starts on.

import { detectDelimiter, parseCsv } from "../../../src/cli/units/parseCsv";

describe("parseCsv", () => {
  it("reads commas and doubled quotes inside quoted fields", () => {
    const { records } = parseCsv('code,name\r\nSNV,"Sở Nội vụ, tỉnh ""Lào Cai"""\r\n');
    expect(records.map((r) => r.fields)).toEqual([
      ["code", "name"],
      ["SNV", 'Sở Nội vụ, tỉnh "Lào Cai"'],
    ]);
  });

  it("keeps a line break inside a quoted field and numbers the next record by its first line", () => {
    const { records } = parseCsv('code,name\n"A","Sở\nTài chính"\nB,Sở Y tế\n');
    expect(records).toEqual([
      { line: 1, fields: ["code", "name"] },
      { line: 2, fields: ["A", "Sở\nTài chính"] },
      { line: 4, fields: ["B", "Sở Y tế"] },
    ]);
  });

  it("reads the last record without a final line break, and empty fields", () => {
    const { records } = parseCsv("a,,c\r\n,,");
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });

  it("reports the line of a quote that is never closed", () => {
    const parsed = parseCsv('code,name\nA,Sở A\nB,"Sở B\nC,Sở C\n');
    expect(parsed.unclosedQuoteLine).toBe(3);
    expect(parsed.records.map((r) => r.fields[0])).toEqual(["code", "A"]);
  });

  it("takes semicolons as the delimiter when the header has semicolons and no comma", () => {
    const text = "code;name;cluster\nSNV;Sở Nội vụ, tỉnh;Khối A\n";
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text, ";").records[1].fields).toEqual(["SNV", "Sở Nội vụ, tỉnh", "Khối A"]);
    expect(detectDelimiter("code,name;x\n")).toBe(",");
  });
});
