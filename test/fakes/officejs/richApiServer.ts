// The in-memory Excel as the server behind Microsoft's Office.js client: it executes the RichApi request bodies the
// client sends (object paths, then actions in order) against the fake's workbook model, through the typed members of
// test/fakes/excel/proxies, and answers in the response format the client reads. Request numbering, size limits,
// injected faults and co-author edits follow the proxy fake's rules (test/fakes/excel/README.md).

import { FakeClientObject, FakeClientResult, FakeCollection, lowerFirst } from "../excel/clientObject";
import { type FakeExcelState, endRequest } from "../excel/fakeExcelState";
import { FakeRichApiError, notImplemented, officeError, officeMessage } from "../excel/fakeError";
import { WacWorkbookProxy, WorkbookProxy } from "../excel/proxies/workbookProxies";
import { ContextState, Staging, utf8Length } from "../excel/requestContext";
import type { TransportAnswer } from "./excelRuntime";
import {
  ACTION,
  OOE,
  PATH,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type RequestBody,
  type ResponseError,
} from "./richApiMessage";

/** One request as it crossed the transport. */
export interface RequestRecord {
  /** "sync": a context.sync() that carried actions; "cleanup": the client's release of references after Excel.run. */
  kind: "sync" | "cleanup";
  /** UTF-8 bytes of the request body as the client serialised it. */
  requestBytes: number;
  /** UTF-8 bytes of the response body (0 when Excel refused the request before answering). */
  responseBytes: number;
  actions: number;
  /** The body itself, kept only when the harness was asked to (harness-level tests read it). */
  body?: string;
  response?: string;
}

export interface ServerOptions {
  keepBodies?: boolean;
}

const NO_RESULT = Symbol("no result");

/** Types whose Instantiate answer carries their id, so that the client can find them again (Worksheet.id). */
const IDENTIFIED: Record<string, (target: unknown) => string> = {
  Worksheet: (sheet) => (sheet as { id: string }).id,
};

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The release of references the client sends after Excel.run (ClientRequestContext._runCommon's cleanup). */
function isCleanup(body: RequestBody): boolean {
  return (
    body.Actions.length > 0 &&
    body.Actions.every(
      (a) =>
        (a.ActionType === ACTION.method && a.Name === "_RemoveReference") ||
        (a.ActionType === ACTION.instantiate && body.ObjectPaths[a.ObjectPathId]?.ObjectPathType === PATH.global),
    )
  );
}

/** A member of a server-side proxy, by the name the client sends ("GetRange" → getRange); the fake's gaps are loud. */
function member(proxy: FakeClientObject, name: string): unknown {
  const value = (proxy as unknown as Record<string, unknown>)[lowerFirst(name)];
  if (value === undefined) throw notImplemented(`${proxy._className}.${lowerFirst(name)}`);
  return value;
}

/** Load paths ("name", "protection/protected") split into this object's scalars and its navigation children. */
interface QueryTree {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, string[]>;
}

function queryTree(select: string[] | null | undefined, expand: string[] | null | undefined): QueryTree {
  const tree: QueryTree = { all: !select, scalars: new Set(), nav: new Map() };
  for (const path of select ?? []) {
    const [head, ...rest] = path.trim().split("/");
    if (rest.length === 0) tree.scalars.add(head);
    else tree.nav.set(head, [...(tree.nav.get(head) ?? []), rest.join("/")]);
  }
  for (const path of expand ?? []) {
    const [head, ...rest] = path.trim().split("/");
    if (!tree.nav.has(head)) tree.nav.set(head, []);
    if (rest.length > 0) tree.nav.get(head)!.push(rest.join("/"));
  }
  return tree;
}

/** What a Query answers for one object: its properties under the names the client reads ("Values", "Protection"). */
function objectJson(proxy: FakeClientObject, target: unknown, tree: QueryTree): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const scalars = new Set(tree.all ? [...proxy._defaultLoadNames(), ...tree.scalars] : tree.scalars);
  const navs = new Map(tree.nav);
  for (const name of scalars) {
    const spec = proxy._props?.[name];
    if (!spec) {
      // A navigation property named alone in Select loads it whole.
      if (proxy._navs && name in proxy._navs) navs.set(name, navs.get(name) ?? []);
      else throw notImplemented(`${proxy._className}.${name} (load)`);
      continue;
    }
    proxy._requireApi(name, spec.since);
    if (!spec.read) throw notImplemented(`${proxy._className}.${name} (load)`);
    out[upperFirst(name)] = spec.read(target, proxy);
  }
  for (const [name, paths] of navs) {
    if (!proxy._navs || !(name in proxy._navs)) throw notImplemented(`${proxy._className}.${name} (load)`);
    out[upperFirst(name)] = queryValue(proxy._navChild(name), paths.length > 0 ? paths : null, null);
  }
  return out;
}

function queryValue(proxy: FakeClientObject, select: string[] | null | undefined, expand?: string[] | null): unknown {
  const target = proxy._resolve();
  if (target === null) return null;
  const tree = queryTree(select, expand);
  if (!(proxy instanceof FakeCollection)) return objectJson(proxy, target, tree);
  const collection = proxy as FakeCollection<unknown, unknown>;
  const items = collection._entities(target).map((entity) => {
    const item = collection._itemFor(entity);
    const itemTarget = item._resolve();
    const identify = IDENTIFIED[item._className];
    return { ...(identify ? { Id: identify(itemTarget) } : {}), ...objectJson(item, itemTarget, tree) };
  });
  return { _Items: items };
}

/** Executes one request body; the proxies it builds live for this request, except those kept by reference. */
class RequestRun {
  private readonly objects = new Map<number, FakeClientObject>();
  private readonly kept = new Set<number>();

  constructor(
    private readonly server: RichApiServer,
    private readonly body: RequestBody,
    /** Excel on the web's own root (WacWorkbook) instead of the workbook. */
    private readonly wac: boolean,
  ) {}

  /** Runs the first `stop` actions; stops at the first error Excel would report. */
  execute(stop: number): { results: ActionResult[]; error: ResponseError | null } {
    const results: ActionResult[] = [];
    for (let index = 0; index < stop; index++) {
      const action = this.body.Actions[index];
      try {
        const value = this.action(action);
        if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        if (!(error instanceof FakeRichApiError)) throw error;
        return { results, error: responseError(error, index) };
      }
    }
    return { results, error: null };
  }

  private action(action: ActionInfo): unknown {
    switch (action.ActionType) {
      case ACTION.instantiate:
        return this.instantiate(action.ObjectPathId);
      case ACTION.query: {
        const proxy = this.object(action.ObjectPathId);
        this.drain();
        return queryValue(proxy, action.QueryInfo?.Select, action.QueryInfo?.Expand);
      }
      case ACTION.method:
        return this.method(action);
      case ACTION.setProperty: {
        const proxy = this.object(action.ObjectPathId);
        const [value] = this.args(action.ArgumentInfo, false);
        const name = lowerFirst(action.Name);
        if (!proxy._props || !(name in proxy._props)) throw notImplemented(`${proxy._className}.${name} (set)`);
        (proxy as unknown as Record<string, unknown>)[name] = value;
        this.drain();
        return NO_RESULT;
      }
      case ACTION.trace:
        return NO_RESULT;
      default:
        throw notImplemented(`RichApi action type ${action.ActionType}`);
    }
  }

  private instantiate(pathId: number): unknown {
    const proxy = this.object(pathId);
    this.drain();
    const target = proxy._resolve();
    if (target === null) return null;
    if (this.kept.has(pathId)) return { _ReferenceId: this.server.reference(proxy) };
    const identify = IDENTIFIED[proxy._className];
    if (identify) return { Id: identify(target) };
    // A found *OrNullObject: the client must learn that it is not null.
    const info = this.body.ObjectPaths[pathId];
    if (info?.ObjectPathType === PATH.method && /OrNullObject$/.test(info.Name)) return {};
    return NO_RESULT;
  }

  private method(action: ActionInfo): unknown {
    const args = this.args(action.ArgumentInfo, true);
    if (action.Name === "_KeepReference") {
      this.kept.add(action.ObjectPathId);
      return NO_RESULT;
    }
    if (action.Name === "_RemoveReference") {
      this.server.release(String(args[0]));
      return NO_RESULT;
    }
    const proxy = this.object(action.ObjectPathId);
    const fn = member(proxy, action.Name);
    if (typeof fn !== "function") throw notImplemented(`${proxy._className}.${lowerFirst(action.Name)}`);
    const returned: unknown = fn.apply(proxy, args);
    this.drain();
    return returned instanceof FakeClientResult ? (returned as FakeClientResult<unknown>)._value : NO_RESULT;
  }

  /** The proxy an object path names, built once per request (Excel instantiates each path once per request). */
  object(pathId: number): FakeClientObject {
    const known = this.objects.get(pathId);
    if (known) return known;
    const info = this.body.ObjectPaths[pathId];
    if (!info) throw new Error(`harness: the request names object path ${pathId} but does not define it`);
    const parent = () => this.object(info.ParentObjectPathId!);
    let proxy: unknown;
    switch (info.ObjectPathType) {
      case PATH.global:
        proxy = this.wac ? new WacWorkbookProxy(this.server.context) : new WorkbookProxy(this.server.context);
        break;
      case PATH.property:
        proxy = member(parent(), info.Name);
        break;
      case PATH.method: {
        const owner = parent();
        const fn = member(owner, info.Name);
        if (typeof fn !== "function") throw notImplemented(`${owner._className}.${lowerFirst(info.Name)}`);
        proxy = fn.apply(owner, this.args(info.ArgumentInfo, true));
        break;
      }
      case PATH.indexer: {
        const owner = parent();
        const getItem = member(owner, "getItem");
        if (typeof getItem !== "function") throw notImplemented(`${owner._className}.getItem`);
        proxy = getItem.apply(owner, this.args(info.ArgumentInfo, true));
        break;
      }
      case PATH.referenceId:
        proxy = this.server.referenced(info.Name);
        break;
      default:
        throw notImplemented(`RichApi object path type ${info.ObjectPathType}`);
    }
    if (!(proxy instanceof FakeClientObject)) {
      throw new Error(`harness: object path ${pathId} (${info.Name}) does not lead to an Excel object`);
    }
    this.objects.set(pathId, proxy);
    return proxy;
  }

  /**
   * Arguments with object paths replaced by their objects. In method calls the client sends null for an optional
   * argument left out (Protect(options, null)), which Excel reads as absent.
   */
  private args(info: ArgumentInfo | undefined, method: boolean): unknown[] {
    const args = (info?.Arguments ?? []).map((value, i) => this.argument(value, info?.ReferencedObjectPathIds?.[i]));
    if (!method) return args;
    const out = args.map((a) => (a === null ? undefined : a));
    while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
    return out;
  }

  private argument(value: unknown, reference: unknown): unknown {
    if (typeof reference === "number" && reference > 0) return this.object(reference);
    if (Array.isArray(reference) && Array.isArray(value)) return value.map((v, j) => this.argument(v, reference[j]));
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const id = (value as { _ObjectPathId?: unknown })._ObjectPathId;
      if (typeof id === "number") return this.object(id);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.argument(v, 0)]));
    }
    return value;
  }

  /** Runs what the proxies queued (their effects on the model) and hands load results to the proxies. */
  private drain(): void {
    const queue = this.server.context.queue.splice(0);
    if (queue.length === 0) return;
    // A staging per action: its results reach the proxies at once (and only once).
    const staging = new Staging();
    for (const command of queue) command.run(staging);
    staging.commit();
  }
}

function responseError(error: FakeRichApiError, actionIndex?: number): ResponseError {
  return {
    Code: error.code,
    Message: error.message,
    HttpStatusCode: error.httpStatusCode,
    ...(error.debugInfo.errorLocation ? { Location: error.debugInfo.errorLocation } : {}),
    ...(actionIndex === undefined ? {} : { ActionIndex: actionIndex }),
  };
}

/** Failures of the request as a whole (a timeout, an abort): Excel points at no action for them. */
const REQUEST_LEVEL = new Set([
  "Timeout",
  "RequestAborted",
  "ActivityLimitReached",
  "ServiceNotAvailable",
  "Conflict",
  "InactiveWorkbook",
]);

/** Codes Excel reports outside the RichApi body, through the host's transport. */
const TRANSPORT_CODES: Record<string, number> = {
  RequestPayloadSizeLimitExceeded: OOE.requestPayloadSizeLimitExceeded,
  ResponsePayloadSizeLimitExceeded: OOE.responsePayloadSizeLimitExceeded,
};

function transportError(code: string): TransportAnswer {
  return { errorCode: TRANSPORT_CODES[code], message: officeMessage(code) };
}

export class RichApiServer {
  /** Server-side proxies queue their effects here; the server runs them at once, action by action. */
  readonly context: ContextState;
  readonly requests: RequestRecord[] = [];
  private readonly references = new Map<string, FakeClientObject>();
  private referenceCount = 0;

  constructor(
    private readonly state: FakeExcelState,
    private readonly options: ServerOptions = {},
  ) {
    this.context = new ContextState(state);
    this.context.guarded = false;
  }

  /** A reference id for an object the client keeps across requests (the format is the harness's own). */
  reference(proxy: FakeClientObject): string {
    this.referenceCount += 1;
    const id = `{${this.referenceCount.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-0000000000RF}`;
    this.references.set(id, proxy);
    return id;
  }

  referenced(id: string): FakeClientObject {
    const proxy = this.references.get(id);
    if (!proxy) throw officeError("InvalidObjectPath", `The object reference ${id} was released or never given.`);
    return proxy;
  }

  release(id: string): void {
    this.references.delete(id);
  }

  /** The transport: one request body in, the response (or Excel's refusal) out. */
  readonly handle = (text: string, customData = ""): TransportAnswer => {
    const body = JSON.parse(text) as RequestBody;
    const state = this.state;
    const kind = isCleanup(body) ? "cleanup" : "sync";
    const record: RequestRecord = {
      kind,
      requestBytes: utf8Length(text),
      responseBytes: 0,
      actions: body.Actions.length,
      ...(this.options.keepBodies ? { body: text } : {}),
    };
    this.requests.push(record);
    state.syncCalls += 1;
    // The client's own cleanup is not a context.sync() of the add-in: it is neither numbered nor a fault target.
    const number = kind === "sync" ? (state.syncCount += 1) : 0;
    state.payloads.push(record.requestBytes);
    if (record.requestBytes > state.payloadLimit) {
      state.responsePayloads.push(0);
      return transportError("RequestPayloadSizeLimitExceeded");
    }
    const edit = state.edits.get(number);
    state.edits.delete(number);
    edit?.();
    const failure = state.failures.get(number);
    state.failures.delete(number);
    const count = body.Actions.length;
    const stop = failure ? Math.min(failure.afterCommands ?? 0, count) : count;
    state.currentSync = number;
    const run = new RequestRun(this, body, customData === "WacPartition");
    const executed = run.execute(stop);
    endRequest(state);
    const { results } = executed;
    let { error } = executed;
    if (!error && failure) {
      if (failure.code in TRANSPORT_CODES) {
        state.responsePayloads.push(0);
        return transportError(failure.code);
      }
      const at = stop < count && !REQUEST_LEVEL.has(failure.code) ? stop : undefined;
      error = responseError(new FakeRichApiError(failure.code, failure.message), at);
    }
    const response = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
    record.responseBytes = utf8Length(response);
    if (this.options.keepBodies) record.response = response;
    state.responsePayloads.push(record.responseBytes);
    if (!error && record.responseBytes > state.responseLimit) {
      // Excel has applied the request by now; only the answer is lost.
      return transportError("ResponsePayloadSizeLimitExceeded");
    }
    return { body: response };
  };
}
