// Literals inside generated formulas: numbers without exponent notation, text quoted the way Excel quotes it.

/** A number as a formula literal: "0.5", "1000", "-0.000000001" (never "1e-9", which not every parser accepts). */
export function formulaNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`formulaNumber: ${value} is not a finite number`);
  if (Object.is(value, -0)) return "0";
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Positional notation with up to 20 decimals covers every value a template or setting holds.
  const plain = value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return plain === "-0" ? "0" : plain;
}

/** A text literal: "Đạt", with inner quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Terms added left to right ("a+b+c"), or "0" when there are none; the order matches core's sums. */
export function sumTerms(terms: readonly string[]): string {
  return terms.length === 0 ? "0" : terms.join("+");
}
