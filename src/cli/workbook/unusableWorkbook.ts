// The sentence for a workbook the command cannot work on at all: not a Thi đua workbook, or its metadata is
// damaged or of another contract version (exit 2), as opposed to entries with errors (findings, exit 1).

import type { Finding } from "../../core/findings/findingTypes";
import type { Bilingual } from "../../core/messages/messageTypes";
import { WORKBOOK_RULES } from "../../workbook/messages/workbookFindingMessages";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";

export function unusableWorkbook(findings: readonly Finding[], file: string): Bilingual {
  const missing = findings.some((f) => f.rule === WORKBOOK_RULES.metaMissing);
  const first = findings.find((f) => f.severity === "error");
  if (missing || !first) return { vi: E.notThiDuaWorkbook.vi({ file }), en: E.notThiDuaWorkbook.en({ file }) };
  return {
    vi: E.damagedMeta.vi({ file, reason: first.message.vi }),
    en: E.damagedMeta.en({ file, reason: first.message.en }),
  };
}
