// After an apply failed part-way (Excel has no rollback): puts back what can be put back and says what state the
// workbook is left in. Sheets this apply created are deleted, with the defined names it added, in one request; the
// sheets it unprotected are protected again, each in its own request (one refusal must not keep the others open).
// Cell writes into existing sheets cannot be undone here; they are idempotent, so running the same operation again
// completes them. A new journal sheet (the undo snapshot, WorkbookPlan.journal) is kept, hidden and protected, when
// the apply wrote into existing sheets: it holds what their cells were before, for the retry and for an undo.

import type { WorkbookPlan } from "../../workbook/plan/planTypes";
import { failedAtUnprotect, isOfficeFailure } from "./officeFailure";
import { CONTRACT_PROTECTION, type ProtectionChanges } from "./protectionChanges";

/** What the workbook looks like after a failed apply and its recovery. */
export type ApplyOutcome =
  /**
   * Nothing was written: the first request was refused whole, or at the unprotects that open it; `refused` is then
   * the sheet whose unprotect failed, when Excel could tell.
   */
  | { kind: "unchanged"; refused?: string }
  /** Something was written, and all of it was taken back (new sheets and names deleted). */
  | { kind: "undone" }
  /**
   * Existing sheets may be partly written; running the same operation again completes the write. `undoable`: the
   * plan's undo snapshot went first, so Undo can also put the sheets back.
   */
  | { kind: "partial"; undoable: boolean }
  /** New sheets were left behind because deleting them failed too. */
  | { kind: "undo-failed"; sheets: string[] };

export interface FailedApply {
  plan: WorkbookPlan;
  changes: ProtectionChanges;
  /** Requests that went through before the failure. */
  sent: number;
  /** Upper-cased names of the defined names the workbook had before the apply; null when not known. */
  namesBefore: ReadonlySet<string> | null;
}

/** True when Excel applied nothing of the failing request: refused for its size, or stopped at an unprotect. */
function nothingApplied(error: unknown): boolean {
  if (!isOfficeFailure(error)) return false;
  return error.code === "RequestPayloadSizeLimitExceeded" || failedAtUnprotect(error);
}

/** Deletes the new sheets and the names the apply added, in one request; false when Excel refused that too. */
async function deleteCreated(excel: typeof Excel, sheets: string[], names: string[]): Promise<boolean> {
  try {
    await excel.run(async (context) => {
      for (const name of names) context.workbook.names.getItemOrNullObject(name).delete();
      for (const sheet of sheets) {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        // A very hidden sheet is made visible first, as Excel deletes only sheets it could show.
        worksheet.visibility = "Visible";
        worksheet.delete();
      }
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/** A new journal sheet kept after a failure: very hidden (already, unless cut off before) and protected (best effort). */
async function sealJournal(excel: typeof Excel, sheet: string): Promise<void> {
  await excel
    .run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const protection = worksheet.protection.load("protected");
      worksheet.visibility = "VeryHidden";
      await context.sync();
      if (!protection.protected) {
        worksheet.protection.protect(CONTRACT_PROTECTION);
        await context.sync();
      }
    })
    .catch(() => undefined);
}

/**
 * The unprotects run in order and stop at the refused one (one request, only after such a failure): with a password
 * it is the first sheet still protected; refused as AccessDenied (office-js#6784: it was no longer protected) it is
 * the last one unprotected before the first still protected. Null when Excel can't tell.
 */
async function refusedUnprotect(excel: typeof Excel, changes: ProtectionChanges, code: string): Promise<string | null> {
  try {
    return await excel.run(async (context) => {
      const sheets = changes.unprotect.map((name) => ({
        name,
        protection: context.workbook.worksheets.getItem(name).protection.load("protected"),
      }));
      await context.sync();
      const first = sheets.findIndex((s) => s.protection.protected);
      if (code !== "AccessDenied") return first >= 0 ? sheets[first].name : null;
      const refused = first >= 0 ? first - 1 : sheets.length - 1;
      return refused >= 0 ? sheets[refused].name : null;
    });
  } catch {
    return null;
  }
}

/** Protects again, each in its own request, the sheets the apply unprotected; refusals are ignored (best effort). */
export async function restoreProtection(excel: typeof Excel, changes: ProtectionChanges): Promise<void> {
  const unprotected = new Set(changes.unprotect.map((s) => s.toLocaleUpperCase()));
  for (const { sheet, options } of changes.protect) {
    if (!unprotected.has(sheet.toLocaleUpperCase())) continue;
    await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.protect(options);
        await context.sync();
      })
      .catch(() => undefined);
  }
}

/** Recovers from `error` as far as possible and tells what the workbook is left with. */
export async function recoverFailedApply(
  excel: typeof Excel,
  error: unknown,
  failed: FailedApply,
): Promise<ApplyOutcome> {
  const { plan, changes, sent, namesBefore } = failed;
  const refused =
    sent === 0 && isOfficeFailure(error) && failedAtUnprotect(error)
      ? await refusedUnprotect(excel, changes, error.code)
      : null;
  if (changes.unprotect.length > 0) await restoreProtection(excel, changes);
  if (sent === 0 && nothingApplied(error)) return refused ? { kind: "unchanged", refused } : { kind: "unchanged" };
  const writesExisting = plan.sheets.some((s) => !s.create);
  const journal = plan.journal;
  const keep = (name: string) =>
    writesExisting && !!journal && name.toLocaleUpperCase() === journal.sheet.toLocaleUpperCase();
  const kept = plan.sheets.find((s) => s.create && keep(s.name));
  const created = plan.sheets.filter((s) => s.create && !keep(s.name)).map((s) => s.name);
  if (created.length > 0) {
    // Names the apply added; without an outline, those pointing into the new sheets.
    const creating = new Set(created.map((s) => s.toLocaleUpperCase()));
    const added = plan.names
      .filter((n) => (namesBefore ? !namesBefore.has(n.name.toUpperCase()) : creating.has(n.sheet.toLocaleUpperCase())))
      .filter((n) => !kept || n.name.toUpperCase() !== journal!.name.toUpperCase())
      .map((n) => n.name);
    if (!(await deleteCreated(excel, created, added))) return { kind: "undo-failed", sheets: created };
  }
  if (kept) await sealJournal(excel, kept.name);
  return writesExisting ? { kind: "partial", undoable: journal !== undefined } : { kind: "undone" };
}
