import fc from "fast-check";
import { parseNumberCell, type ParsedNumber } from "../../../src/core/parse/parseNumberCell";

const num = (value: number): ParsedNumber => ({ kind: "number", value });
const fixed = (value: number, reason: string) => ({ kind: "number", value, fix: { value, reason } });
const error = (reason: string, raw: string) => ({ kind: "error", reason, raw });

describe("parseNumberCell reads what a unit typed", () => {
  it.each<[string, unknown, unknown]>([
    ["a number", 8.5, num(8.5)],
    ["zero", 0, num(0)],
    ["a negative deduction", -3, num(-3)],
    ["null", null, { kind: "blank" }],
    ["undefined", undefined, { kind: "blank" }],
    ["an empty string", "", { kind: "blank" }],
    ["ASCII spaces only", "   ", { kind: "blank" }],
    ["a no-break space only", "\u00a0", { kind: "blank" }],
    ["a narrow no-break space only", "\u202f", { kind: "blank" }],
    ["a full-width space only", "\u3000", { kind: "blank" }],
    ["zero-width characters only", "\u200b\ufeff", { kind: "blank" }],
  ])("%s", (_name, raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected);
  });

  it.each<[unknown, unknown]>([
    ["8.5", fixed(8.5, "text-number")],
    [" 8.5 ", fixed(8.5, "text-number")],
    ["8", fixed(8, "text-number")],
    ["+5", fixed(5, "text-number")],
    ["-3", fixed(-3, "text-number")],
    ["\u22123", fixed(-3, "text-number")],
    [".5", fixed(0.5, "text-number")],
    ["0.500", fixed(0.5, "text-number")],
    ["1e+21", fixed(1e21, "text-number")],
    ["8,5", fixed(8.5, "decimal-comma")],
    ["-0,25", fixed(-0.25, "decimal-comma")],
    ["8.5đ", fixed(8.5, "unit-suffix")],
    ["8 điểm", fixed(8, "unit-suffix")],
    ["8 ĐIỂM", fixed(8, "unit-suffix")],
    ["8 Điểm", fixed(8, "unit-suffix")],
    ["8 \u0111i\u00ea\u0309m", fixed(8, "unit-suffix")], // NFD: ê + combining hook above
    ["8 \u0111ie\u0302\u0309m", fixed(8, "unit-suffix")], // fully decomposed
    ["8đ.", fixed(8, "unit-suffix")],
    ["8 Đ", fixed(8, "unit-suffix")],
    ["8d", fixed(8, "unit-suffix")],
    ["8 D", fixed(8, "unit-suffix")],
    ["8 pts", fixed(8, "unit-suffix")],
    ["8PTS", fixed(8, "unit-suffix")],
    ["8,5 điểm", fixed(8.5, "unit-suffix")],
    ["8.5\u00a0", fixed(8.5, "spaces")],
    ["\u00a08.5", fixed(8.5, "spaces")],
    ["8.5\u200b", fixed(8.5, "spaces")],
    ["\u3000" + "7", fixed(7, "spaces")],
    ["８．５", fixed(8.5, "full-width")],
    ["８，５", fixed(8.5, "full-width")],
    ["－２", fixed(-2, "full-width")],
    // Both separators: the last is the decimal mark, the other groups thousands.
    ["1.000,5", fixed(1000.5, "decimal-comma")],
    ["1,000.5", fixed(1000.5, "text-number")],
    ["12.345.678,9", fixed(12345678.9, "decimal-comma")],
    // The same separator twice can only group thousands.
    ["1.000.000", fixed(1000000, "text-number")],
    ["1,000,000", fixed(1000000, "text-number")],
  ])("reads the text %j as a number with a fix", (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected);
  });

  it.each<[string, number, number]>([
    ["1.000", 1000, 1],
    ["1,000", 1000, 1],
    ["12.500", 12500, 12.5],
    ["-1.000", -1000, -1],
    ["999,999", 999999, 999.999],
  ])("refuses to guess whether %j groups thousands or marks decimals", (raw, thousands, decimal) => {
    expect(parseNumberCell(raw)).toEqual({
      kind: "error",
      reason: "ambiguous-thousands",
      raw,
      readings: { thousands, decimal },
    });
  });

  it.each(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"])(
    "reports the Excel error %s",
    (raw) => {
      expect(parseNumberCell(raw)).toEqual(error("excel-error", raw));
    },
  );

  it.each<[unknown, unknown]>([
    [true, error("boolean", "TRUE")],
    [false, error("boolean", "FALSE")],
    [new Date("2026-01-15T00:00:00Z"), error("date", "2026-01-15T00:00:00.000Z")],
    [new Date(NaN), error("date", "Invalid Date")],
    [NaN, error("non-finite", "NaN")],
    [Infinity, error("non-finite", "Infinity")],
    [-Infinity, error("non-finite", "-Infinity")],
    ["1e999", error("non-finite", "1e999")],
    ["tám", error("text", "tám")],
    ["8 5", error("text", "8 5")],
    ["1.00.000", error("text", "1.00.000")],
    ["1,5.000", error("text", "1,5.000")],
    ["điểm", error("text", "điểm")],
    [".", error("text", ".")],
    ["NaN", error("text", "NaN")],
    ["Infinity", error("text", "Infinity")],
    ["#HELLO", error("text", "#HELLO")],
    [{ a: 1 }, error("text", "[object Object]")],
    [Object.create(null), error("text", "[object Object]")],
  ])("refuses %p", (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected);
  });
});

describe("parseNumberCell properties", () => {
  it("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), fc.string()),
        (v) => {
          parseNumberCell(v);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("returns every finite number unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseNumberCell(n);
        expect(parsed.kind).toBe("number");
        expect(Object.is((parsed as { value: number }).value, n)).toBe(true);
        expect("fix" in parsed).toBe(false);
      }),
    );
  });

  it("reads String(n) back to n for numbers with up to two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 }), (whole, decimals) => {
        const n = whole / 10 ** decimals;
        const parsed = parseNumberCell(String(n));
        expect(parsed).toEqual({ kind: "number", value: n, fix: { value: n, reason: "text-number" } });
      }),
    );
  });

  it("reads the Vietnamese decimal comma of numbers with up to two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 2 }), (whole, decimals) => {
        const n = whole / 10 ** decimals;
        const text = String(n).replace(".", ",");
        const parsed = parseNumberCell(text);
        expect(parsed.kind === "number" && parsed.value).toBe(n);
      }),
    );
  });

  it("never reads one separator followed by exactly three digits silently", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(".", ","),
        (a, b, sep) => {
          const raw = `${a}${sep}${String(b).padStart(3, "0")}`;
          expect(parseNumberCell(raw)).toMatchObject({ kind: "error", reason: "ambiguous-thousands" });
        },
      ),
    );
  });
});
