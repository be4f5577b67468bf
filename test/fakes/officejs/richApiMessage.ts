// The RichApi request and response bodies as Microsoft's Office.js client builds and reads them (ClientRequest
// .buildRequestMessageBodyAndRequestFlags and ClientRequestContext.processRequestExecutorResponseMessage in
// excel-web-16.00.debug.js): numbers of object path and action types, and the shapes the harness relies on.

/** ObjectPathType: how the client names an object relative to another. */
export const PATH = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** ActionType: what the client asks Excel to do with an object. */
export const ACTION = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed there (0 for plain values), or an array of them for arrays. */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

/** Excel's error for the action at ActionIndex: the client turns it into OfficeExtension.Error. */
export interface ResponseError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location?: string;
  ActionIndex?: number;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: ResponseError;
}

/**
 * OSF's host error codes the client maps (RichApiMessageUtility.buildResponseOnError): Excel on the web answers a
 * request or response over its size limit with these, outside the RichApi body.
 */
export const OOE = {
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;
