// Errors Excel raises at context.sync() (OfficeExtension.Error), turned into HostError values with one clear
// bilingual sentence and the next step. Anything that is not an Excel error is a bug and passes through unchanged.

import { render } from "../../core/messages/messageTypes";
import { HostError } from "../../workbook/host/hostTypes";
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

/**
 * The HostError for an Excel failure; `unprotecting` lists the sheets the failed request tried to unprotect, so a
 * refused unprotect can name them. Errors that are not Excel's come back as they are.
 */
export function toHostError(error: unknown, unprotecting: readonly string[] = []): unknown {
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
    case "ActivityLimitReached":
    case "ServiceNotAvailable":
    case "Conflict":
    case "RequestAborted":
      return new HostError("busy", render(M.busy, {}));
    case "ApiNotFound":
    case "ApiNotAvailable":
    case "UnsupportedOperation":
      return new HostError("unsupported", render(M.apiMissing, {}));
    default:
      return new HostError("general", render(M.general, {}));
  }
}
