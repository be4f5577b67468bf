// Errors shaped like Office.js's RichApi.Error (code, message, debugInfo), and the fake's own "not implemented" error.

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/** Server messages as Excel sends them (messages not seen in the Office.js bundle are paraphrased). */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  // Copied from office_strings.js (L_RequestPayloadSizeLimitExceededMessage) in @microsoft/office-js.
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  // Codes of Excel's error list (learn.microsoft.com, "Error handling with the application-specific JavaScript APIs").
  RequestAborted: "The request was aborted during run time.",
  Timeout: "The operation has timed out.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string, httpStatusCode = 400) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message: text, ...(errorLocation ? { errorLocation } : {}) };
  }

  /** The statement Office.js pretty-prints for the failing action; set by the request context. */
  withStatement(statement: string, surrounding: string[]): this {
    this.debugInfo.statement = statement;
    this.debugInfo.surroundingStatements = surrounding;
    this.debugInfo.fullStatements = ["Please enable config.extendedErrorLogging to see full statements."];
    return this;
  }
}

/** The message Excel sends with `code` (the code itself when the fake knows no text for it). */
export function officeMessage(code: string): string {
  return MESSAGES[code] ?? code;
}

export function officeError(code: string, detail?: string, errorLocation?: string): FakeRichApiError {
  // Excel sends a specific message when it has one, else the generic text of the code.
  return new FakeRichApiError(code, detail ?? MESSAGES[code] ?? code, errorLocation);
}

export function propertyNotLoaded(property: string, entity?: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    entity ? `${entity}.${property}` : undefined,
  );
}

export function readOnlyProperty(property: string, entity: string): FakeRichApiError {
  return new FakeRichApiError(
    "CannotUpdateReadOnlyProperty",
    `The property '${property}' is read-only and it cannot be updated.`,
    `${entity}.${property}`,
  );
}

export function apiNotFound(member: string, version: string): FakeRichApiError {
  return new FakeRichApiError(
    "ApiNotFound",
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
    404,
  );
}

/** A gap in the fake, not an Excel behaviour: tests must fail loudly rather than pass against a silent stub. */
export function notImplemented(member: string): Error {
  return new Error(`not implemented in the fake: ${member}`);
}
