// The short note a secretariat sends back to a unit whose returned form was refused: which file, what to correct and
// where (sheet and cell of the unit's own file), and what to do next; ready to paste into an email. The command line
// prints it per refused return (and puts it in --json); the task pane can offer it the same way.

import type { Bilingual } from "../../core/messages/messageTypes";
import type { Lang } from "../../core/settings/settingsTypes";
import type { CollectedForm } from "../operations/collectForms";
import { FORM_RULES, formMessages as F } from "../messages/formMessages";
import { LAYER_TERMS } from "../../core/messages/glossary";

/** Reasons written out in full before the rest are named by their cells only. */
const SPELT_OUT = 8;

/** The note for a refused return; null for an accepted one. `unitName`: the unit's name in the master, if known. */
export function refusalNote(form: CollectedForm, unitName: string | null): Bilingual | null {
  if (form.accepted) return null;
  const note = (lang: Lang) => {
    const reasons = form.findings.filter((f) => f.severity === "error" && f.rule !== FORM_RULES.refused);
    const lines: string[] = [];
    if (form.unit) lines.push(F.noteTo[lang]({ unit: form.unit, name: unitName ?? "" }));
    const kind = form.kind ? LAYER_TERMS[form.kind].inText[lang] : null;
    lines.push(kind ? F.noteRefused[lang]({ file: form.file, kind }) : F.noteFileRefused[lang]({ file: form.file }));
    for (const f of reasons.slice(0, SPELT_OUT)) {
      lines.push(
        f.sheet && f.cell
          ? F.noteReasonAt[lang]({ sheet: f.sheet, cell: f.cell, message: f.message[lang] })
          : F.noteReason[lang]({ message: f.message[lang] }),
      );
    }
    const rest = reasons.slice(SPELT_OUT);
    if (rest.length > 0) {
      // The rest by sheet: "Tự chấm: E14, E16, …", so that the unit still learns every cell to correct.
      const bySheet = new Map<string, string[]>();
      for (const f of rest) if (f.sheet && f.cell) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f.cell]);
      const cells = [...bySheet].map(([sheet, list]) => F.noteSheetCells[lang]({ sheet, cells: list.join(", ") }));
      lines.push(F.noteMore[lang]({ count: rest.length, cells: cells.join("; ") }));
    }
    // Cells to correct in the file the unit holds; otherwise (another cluster's form, a changed criteria table, not
    // a workbook) the unit fills in the form it was sent.
    const fixable = reasons.length > 0 && reasons.every((f) => f.sheet && f.cell);
    lines.push(fixable ? F.noteFixCells[lang]() : F.noteResend[lang]());
    return lines.join("\n");
  };
  return { vi: note("vi"), en: note("en") };
}
