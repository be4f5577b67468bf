// Range.text for the number formats a workbook plan uses; other formats fall back to General (no evidence needed).

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function decimals(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

/** Excel's General format shows at most 11 significant characters; 15 significant digits hide float noise. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const cleaned = Number(n.toPrecision(15));
  if (Math.abs(cleaned) >= 1e11 || (Math.abs(cleaned) < 1e-9 && cleaned !== 0)) {
    const [mantissa, exponent] = cleaned.toExponential(5).split("e");
    const sign = exponent.startsWith("-") ? "-" : "+";
    const digits = exponent.replace(/^[+-]/, "").padStart(2, "0");
    return `${mantissa.replace(/\.?0+$/, "")}E${sign}${digits}`;
  }
  return String(Number(cleaned.toPrecision(10)));
}

export function numberText(n: number, numberFormat: string): string {
  const format = numberFormat.split(";")[0];
  if (format === "General" || format === "") return general(n);
  if (format === "@") return String(n);
  if (/^0(\.0+)?%$/.test(format)) return (n * 100).toFixed(decimals(format)) + "%";
  if (/^0(\.0+)?$/.test(format)) return n.toFixed(decimals(format));
  if (/^#,##0(\.0+)?$/.test(format)) {
    const fixed = Math.abs(n).toFixed(decimals(format));
    const [int, frac] = fixed.split(".");
    return (n < 0 ? "-" : "") + group(int) + (frac ? "." + frac : "");
  }
  return general(n);
}
