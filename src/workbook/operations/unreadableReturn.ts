// A returned file that could not be opened at all (not a workbook, a damaged zip, a file that cannot be read): it is
// refused like a bad form, with the reason as its one finding. The CLI and the task pane both report it this way.

import type { Bilingual } from "../../core/messages/messageTypes";
import type { FormFinding } from "../forms/checkReturn";
import { FORM_RULES, formMessages as F } from "../messages/formMessages";
import type { CollectedForm } from "./collectForms";

export function unreadableReturn(file: string, reason: Bilingual): CollectedForm {
  const finding: FormFinding = {
    rule: FORM_RULES.unreadable,
    severity: "error",
    location: {},
    message: { vi: F.unreadable.vi({ file, reason: reason.vi }), en: F.unreadable.en({ file, reason: reason.en }) },
    sheet: null,
    cell: null,
    file,
  };
  return {
    file,
    accepted: false,
    kind: null,
    unit: null,
    formId: null,
    changed: 0,
    replaces: null,
    findings: [finding],
  };
}
