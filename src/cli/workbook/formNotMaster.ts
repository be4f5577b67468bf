// A returned form given where a master workbook belongs (`thidua rank phieu.xlsx`): the sentence saying what the file
// is and that forms go into the master with `collect`, instead of the master's findings about a one-unit workbook.

import { LAYER_TERMS } from "../../core/messages/glossary";
import type { Bilingual } from "../../core/messages/messageTypes";
import type { WorkbookMeta } from "../../workbook/meta/workbookMeta";
import { cliErrorMessages as E } from "../messages/cliErrorMessages";

/** null for a master workbook. */
export function formNotMaster(meta: WorkbookMeta, file: string): Bilingual | null {
  if (!meta.form) return null;
  const { inText } = LAYER_TERMS[meta.form.kind];
  const unit = meta.form.unit;
  return {
    vi: E.formNotMaster.vi({ file, kind: inText.vi, unit }),
    en: E.formNotMaster.en({ file, kind: inText.en, unit }),
  };
}
