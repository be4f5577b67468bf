// A plan formula as Office.js takes it: a leading "=", and newer functions under their bare names. Files need the
// "_xlfn." / "_xlws." prefixes (RANK.EQ is stored as _xlfn.RANK.EQ), but Excel's API parses formulas as typed, where
// the prefixed name is unknown and would give #NAME?.

const PREFIX = /(^|[^\p{L}\p{N}_.])_xl(?:fn|ws)\./giu;

/** "=RANK.EQ(B4,B4:C4)" from "_xlfn.RANK.EQ(B4,B4:C4)"; text in "…" and sheet names in '…' stay untouched. */
export function officeFormula(formula: string): string {
  const text = formula.replace(/^=/, "");
  let out = "";
  let plain = "";
  const flush = () => {
    // Applied twice: "_xlfn._xlws.SORT" carries both prefixes back to back.
    out += plain.replace(PREFIX, "$1").replace(PREFIX, "$1");
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '"' && ch !== "'") {
      plain += ch;
      i++;
      continue;
    }
    flush();
    let end = i + 1;
    while (end < text.length && !(text[end] === ch && text[end + 1] !== ch)) end += text[end] === ch ? 2 : 1;
    out += text.slice(i, end + 1);
    i = end + 1;
  }
  flush();
  return `=${out}`;
}
