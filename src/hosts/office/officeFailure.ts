// Errors Excel raises at context.sync() (OfficeExtension.Error), turned into HostError values with one clear
// bilingual sentence and the next step. Anything that is not an Excel error is a bug and passes through unchanged.
// The codes and what raises them: learn.microsoft.com "Error handling with the application-specific JavaScript
// APIs" (error code table), office-js#6784 (AccessDenied from protecting or unprotecting a sheet already in that
// state), office-js-docs-pr#2477 (InvalidSelection for several selected areas); see test/fakes/officejs/README.md.

import { type Bilingual, render } from "../../core/messages/messageTypes";
import { HostError } from "../../workbook/host/hostTypes";
import type { ApplyOutcome } from "./applyRecovery";
import { officeHostMessages as M } from "./officeHostMessages";

/** The shape of OfficeExtension.Error that the mapping relies on. */
export interface OfficeFailure {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; statement?: string };
}

export function isOfficeFailure(error: unknown): error is OfficeFailure {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { debugInfo?: unknown }).debugInfo === "object"
  );
}

/** Causes that pass by themselves: the same command run again meets a different Excel. */
const TRANSIENT = new Set([
  "Timeout",
  "RequestAborted",
  "ActivityLimitReached",
  "ServiceNotAvailable",
  "Conflict",
  "InvalidOperationInCellEditMode",
  "InactiveWorkbook",
  "GeneralException",
]);

/** Where Excel says the failing action was: its location ("WorksheetProtection.unprotect") and statement. */
function failingAt(error: OfficeFailure): string {
  return `${error.debugInfo?.errorLocation ?? ""} ${error.debugInfo?.statement ?? ""}`;
}

/**
 * True when an unprotect itself was refused (the sheet has a password the add-in doesn't know, or its protection
 * changed): not when the sheet is missing, nor when the request as a whole failed while at it.
 */
export function failedAtUnprotect(error: OfficeFailure): boolean {
  if (error.code === "ItemNotFound" || error.code === "InvalidReference" || TRANSIENT.has(error.code)) return false;
  return /unprotect/i.test(failingAt(error));
}

/** True when the failing command protected a sheet (not an unprotect). */
function failedAtProtect(error: OfficeFailure): boolean {
  return /(^|[^n])protect\b/i.test(failingAt(error).replace(/unprotect/gi, ""));
}

const quoted = (sheets: readonly string[]) => sheets.map((s) => `“${s}”`).join(", ");

/** The sentence on what a failed write left behind, after the cause and its next step. */
function outcomeSentence(outcome: ApplyOutcome, code: string): Bilingual {
  switch (outcome.kind) {
    case "unchanged":
      return render(M.writeUnchanged, {});
    case "undone":
      return render(M.writeUndone, {});
    case "partial":
      // Running again only completes the write once a lasting cause (a size or formula limit, a password) is gone.
      if (TRANSIENT.has(code)) return render(M.writePartial, {});
      return render(outcome.undoable ? M.writePartialAfterFixOrUndo : M.writePartialAfterFix, {});
    case "undo-failed":
      return render(M.writeUndoFailed, { sheets: quoted(outcome.sheets) });
  }
}

/**
 * The HostError for an Excel failure; `unprotecting` lists the sheets the failed request tried to unprotect, so a
 * refused unprotect can name them; `outcome` (a failed write) adds what the workbook was left with. Errors that are
 * not Excel's come back as they are.
 */
export function toHostError(error: unknown, unprotecting: readonly string[] = [], outcome?: ApplyOutcome): unknown {
  const mapped = causeOf(error, unprotecting);
  if (!outcome || !(mapped instanceof HostError) || mapped === error || !isOfficeFailure(error)) return mapped;
  const state = outcomeSentence(outcome, error.code);
  return new HostError(mapped.code, { vi: `${mapped.detail.vi} ${state.vi}`, en: `${mapped.detail.en} ${state.en}` });
}

function protectionCause(error: OfficeFailure, unprotecting: readonly string[]): HostError | null {
  if (failedAtUnprotect(error)) {
    // office-js#6784: Excel answers AccessDenied when the sheet is not protected (any more), not for a password.
    if (error.code === "AccessDenied") {
      return new HostError("protected", render(M.unprotectRefused, { sheets: quoted(unprotecting) }));
    }
    if (unprotecting.length > 0) {
      return new HostError("protected", render(M.protectedWithPassword, { sheets: quoted(unprotecting) }));
    }
  }
  if (error.code === "AccessDenied" && failedAtProtect(error)) {
    return new HostError("protected", render(M.protectRefused, {}));
  }
  return null;
}

function causeOf(error: unknown, unprotecting: readonly string[]): unknown {
  if (error instanceof HostError || !isOfficeFailure(error)) return error;
  const protection = protectionCause(error, unprotecting);
  if (protection) return protection;
  switch (error.code) {
    case "AccessDenied":
      return new HostError("protected", render(M.protectedSheet, {}));
    case "BadPassword":
      return new HostError("protected", render(M.passwordProtected, {}));
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("payload-too-large", render(M.requestTooLarge, {}));
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError("payload-too-large", render(M.responseTooLarge, {}));
    case "RangeExceedsLimit":
      return new HostError("payload-too-large", render(M.rangeTooLarge, {}));
    case "FormulaLengthExceedsLimit":
      return new HostError("general", render(M.formulaTooLong, {}));
    case "InvalidSelection":
      return new HostError("general", render(M.invalidSelection, {}));
    case "InactiveWorkbook":
      return new HostError("busy", render(M.inactiveWorkbook, {}));
    case "ItemNotFound":
    case "InvalidReference":
      return new HostError("not-found", render(M.notFound, {}));
    case "ItemAlreadyExists":
      return new HostError("general", render(M.alreadyExists, {}));
    case "InvalidArgument":
      return new HostError("general", render(M.invalidArgument, {}));
    case "InvalidOperation":
      return new HostError("general", render(M.invalidOperation, {}));
    case "InvalidOperationInCellEditMode":
      return new HostError("busy", render(M.cellEditMode, {}));
    case "Timeout":
    case "RequestAborted":
      return new HostError("busy", render(M.timeout, {}));
    case "ActivityLimitReached":
    case "ServiceNotAvailable":
    case "Conflict":
      return new HostError("busy", render(M.busy, {}));
    case "ApiNotFound":
    case "ApiNotAvailable":
    case "UnsupportedOperation":
      return new HostError("unsupported", render(M.apiMissing, {}));
    default:
      return new HostError("general", render(M.general, {}));
  }
}
