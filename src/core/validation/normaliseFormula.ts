// A formula reduced to what it computes, for comparing the formula a plan wrote with the one read back: no
// leading "=", no spaces and upper case outside string literals, no "_xlfn."/"_xlws." prefixes.

/**
 * Text inside "…" literals is kept exactly ("" is Excel's escaped quote). Quoted sheet names '…' lose their quotes
 * (Excel drops quotes a name doesn't need, so 'Self'!A1 and Self!A1 are one reference), keep their spaces and are
 * upper-cased (sheet names ignore case).
 */
export function normaliseFormula(formula: string): string {
  const text = formula.trimStart().replace(/^=/, "");
  let out = "";
  let plain = "";
  const flush = () => {
    out += plain.toUpperCase().replace(/_XLFN\.|_XLWS\./g, "");
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      flush();
      let end = i + 1;
      // Scan to the closing quote, stepping over doubled quotes; an unclosed literal runs to the end.
      while (end < text.length) {
        if (text[end] === ch) {
          if (text[end + 1] === ch) end += 2;
          else break;
        } else end++;
      }
      const literal = text.slice(i, end + 1);
      out += ch === "'" ? literal.slice(1, -1).replace(/''/g, "'").toUpperCase() : literal;
      i = end + 1;
      continue;
    }
    if (!/\s/.test(ch)) plain += ch;
    i++;
  }
  flush();
  return out;
}
