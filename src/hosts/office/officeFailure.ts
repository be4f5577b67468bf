// Errors Excel raises at context.sync() (OfficeExtension.Error), turned into HostError values with one clear
// bilingual sentence and the next step. Anything that is not an Excel error is a bug and passes through unchanged.

import { type Bilingual, render } from "../../core/messages/messageTypes";
import { HostError } from "../../workbook/host/hostTypes";
import type { ApplyOutcome } from "./applyRecovery";
import { officeHostMessages as M } from "./officeHostMessages";
import { CHUNK_MEGABYTES } from "./payloadSize";

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

/** True when the failing command was a sheet unprotect: the sheet has a password the add-in doesn't know. */
export function failedAtUnprotect(error: OfficeFailure): boolean {
  if (error.code === "ItemNotFound" || error.code === "InvalidReference") return false;
  const where = `${error.debugInfo?.errorLocation ?? ""} ${error.debugInfo?.statement ?? ""}`;
  return /unprotect/i.test(where);
}

const quoted = (sheets: readonly string[]) => sheets.map((s) => `“${s}”`).join(", ");

/** The sentence on what a failed write left behind, after the cause and its next step. */
function outcomeSentence(outcome: ApplyOutcome): Bilingual {
  switch (outcome.kind) {
    case "unchanged":
      return render(M.writeUnchanged, {});
    case "undone":
      return render(M.writeUndone, {});
    case "partial":
      return render(M.writePartial, {});
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
  if (!outcome || !(mapped instanceof HostError) || mapped === error) return mapped;
  const state = outcomeSentence(outcome);
  return new HostError(mapped.code, { vi: `${mapped.detail.vi} ${state.vi}`, en: `${mapped.detail.en} ${state.en}` });
}

function causeOf(error: unknown, unprotecting: readonly string[]): unknown {
  if (error instanceof HostError || !isOfficeFailure(error)) return error;
  if (unprotecting.length > 0 && failedAtUnprotect(error)) {
    return new HostError("protected", render(M.protectedWithPassword, { sheets: quoted(unprotecting) }));
  }
  switch (error.code) {
    case "AccessDenied":
      return new HostError("protected", render(M.protectedSheet, {}));
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("payload-too-large", render(M.requestTooLarge, { megabytes: CHUNK_MEGABYTES }));
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError("payload-too-large", render(M.responseTooLarge, {}));
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
