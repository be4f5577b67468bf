// Reads one score or data cell as a number, the way a careful secretariat would: numbers pass, numeric text is
// read with a suggested fix, and anything a person could read two ways (1.000) is an error, never a guess.

/** Why a text cell could be read as a number; the cell still holds text, so the fix writes the number. */
export type NumberFixReason = "text-number" | "decimal-comma" | "unit-suffix" | "spaces" | "full-width";

/** Why a cell is not a usable number. */
export type NumberErrorReason = "text" | "ambiguous-thousands" | "excel-error" | "boolean" | "date" | "non-finite";

export type ParsedNumber =
  | { kind: "blank" }
  | { kind: "number"; value: number; fix?: { value: number; reason: NumberFixReason } }
  | {
      kind: "error";
      reason: NumberErrorReason;
      raw: string;
      /** ambiguous-thousands only: the value read with the separator as thousands grouping and as a decimal mark. */
      readings?: { thousands: number; decimal: number };
    };

const BLANK: ParsedNumber = { kind: "blank" };

/** Error values Excel (and newer Excel) shows in a cell, as hosts read them. */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#CONNECT!",
  "#FIELD!",
  "#UNKNOWN!",
  "#BUSY!",
]);

const NON_ASCII = /[^\x20-\x7e]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// No-break, narrow no-break, figure/thin/ideographic and other typographic spaces: invisible in a cell, fatal to Excel.
const EXOTIC_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const UNICODE_MINUS = /[\u2212\u2012\u2013]/g;
// Units people type after a score: "8 điểm", "8đ", "8 đ.", "8d", "8 pts". NFC is applied before matching.
const UNIT_SUFFIX = /\s*(?:điểm|diem|đ\.?|d|pts?)$/iu;
const EXPONENT_FORM = /^(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const DIGITS_AND_SEPARATORS = /^[\d.,]+$/;
const DIGITS = /^\d*$/;

/** Text of a value for messages; never throws (objects without a prototype, throwing toString). */
export function rawText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** true when the text shows nothing: empty, or only spaces of any kind and zero-width characters. */
export function isBlankText(text: string): boolean {
  return text.replace(ZERO_WIDTH, "").replace(EXOTIC_SPACE, " ").trim() === "";
}

/** Integer part written with a grouping separator: 1.000, 12,500,000 (first group without a leading zero). */
function isGrouped(intPart: string, separator: string): boolean {
  const groups = intPart.split(separator);
  if (groups.length < 2 || !/^[1-9]\d{0,2}$/.test(groups[0])) return false;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return false;
  return true;
}

function decimal(intPart: string, frac: string): number {
  return Number((intPart === "" ? "0" : intPart) + "." + (frac === "" ? "0" : frac));
}

type BodyReading = { value: number; comma: boolean } | { ambiguous: { thousands: number; decimal: number } } | null;

/** Reads unsigned digits with at most the separators "." and ","; null when it is not a number. */
function readBody(body: string): BodyReading {
  if (EXPONENT_FORM.test(body)) return { value: Number(body), comma: false };
  if (!DIGITS_AND_SEPARATORS.test(body) || !/\d/.test(body)) return null;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots === 0 && commas === 0) return { value: Number(body), comma: false };
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark and must occur once; the other groups thousands.
    const lastDot = body.lastIndexOf(".");
    const lastComma = body.lastIndexOf(",");
    const decimalMark = lastDot > lastComma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    if ((decimalMark === "." ? dots : commas) !== 1) return null;
    const at = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, at);
    const frac = body.slice(at + 1);
    if (!DIGITS.test(frac) || !isGrouped(intPart, groupMark)) return null;
    return { value: decimal(intPart.split(groupMark).join(""), frac), comma: decimalMark === "," };
  }
  const mark = dots > 0 ? "." : ",";
  if ((dots || commas) > 1) {
    return isGrouped(body, mark) ? { value: Number(body.split(mark).join("")), comma: false } : null;
  }
  const at = body.indexOf(mark);
  const intPart = body.slice(0, at);
  const frac = body.slice(at + 1);
  if (intPart === "" && frac === "") return null;
  // "1.000" is one thousand to an English reader and one to a Vietnamese one: refuse to choose.
  if (frac.length === 3 && isGrouped(body, mark)) {
    return { ambiguous: { thousands: Number(intPart + frac), decimal: decimal(intPart, frac) } };
  }
  return { value: decimal(intPart, frac), comma: mark === "," };
}

function parseText(text: string): ParsedNumber {
  let t = text;
  let spaces = false;
  let fullWidth = false;
  if (NON_ASCII.test(t)) {
    const visible = t.replace(ZERO_WIDTH, "");
    const plain = visible.replace(EXOTIC_SPACE, " ");
    spaces = plain !== t;
    const narrow = plain.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    fullWidth = narrow !== plain;
    t = narrow.replace(UNICODE_MINUS, "-").normalize("NFC");
  }
  t = t.trim();
  if (t === "") return BLANK;
  if (t[0] === "#" && EXCEL_ERROR_VALUES.has(t.toUpperCase()))
    return { kind: "error", reason: "excel-error", raw: text };

  let unitSuffix = false;
  const suffix = UNIT_SUFFIX.exec(t);
  if (suffix && suffix.index > 0) {
    unitSuffix = true;
    t = t.slice(0, suffix.index);
  }
  let sign = 1;
  if (t[0] === "+" || t[0] === "-") {
    sign = t[0] === "-" ? -1 : 1;
    t = t.slice(1);
  }
  const reading = readBody(t);
  if (reading === null) return { kind: "error", reason: "text", raw: text };
  if ("ambiguous" in reading) {
    const { thousands, decimal: dec } = reading.ambiguous;
    return {
      kind: "error",
      reason: "ambiguous-thousands",
      raw: text,
      readings: { thousands: sign * thousands, decimal: sign * dec },
    };
  }
  const value = sign * reading.value;
  if (!Number.isFinite(value)) return { kind: "error", reason: "non-finite", raw: text };
  const clean = value === 0 ? 0 : value;
  const reason: NumberFixReason = fullWidth
    ? "full-width"
    : unitSuffix
      ? "unit-suffix"
      : reading.comma
        ? "decimal-comma"
        : spaces
          ? "spaces"
          : "text-number";
  return { kind: "number", value: clean, fix: { value: clean, reason } };
}

/** Parses one cell value. Never throws: any value a host can return (or any at all) gives a ParsedNumber. */
export function parseNumberCell(value: unknown): ParsedNumber {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value }
      : { kind: "error", reason: "non-finite", raw: String(value) };
  }
  if (value === null || value === undefined || value === "") return BLANK;
  if (typeof value === "string") return parseText(value);
  if (typeof value === "boolean") return { kind: "error", reason: "boolean", raw: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    const time = value.getTime();
    return { kind: "error", reason: "date", raw: Number.isNaN(time) ? "Invalid Date" : value.toISOString() };
  }
  return { kind: "error", reason: "text", raw: rawText(value) };
}
