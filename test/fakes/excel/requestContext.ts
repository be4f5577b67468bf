// The request context: commands queue up until context.sync() sends them as one batch, which is sized, checked
// against the payload limit and injected faults, then applied in order until the first error (Excel has no rollback).

import { FakeClientObject, guarded } from "./clientObject";
import { FakeRichApiError, officeError } from "./fakeError";
import { type FakeExcelState, endRequest } from "./fakeExcelState";
import { WorkbookProxy } from "./proxies/workbookProxies";

export interface Command {
  label: string;
  args: unknown[];
  statement: string;
  run: (staging: Staging) => void;
}

/** Load results of one batch: counted toward the response size, handed to proxies once the batch returns. */
export class Staging {
  bytes = 0;
  private commits: (() => void)[] = [];

  stage(value: unknown, commit: () => void): void {
    this.bytes += jsonBytes(value);
    this.commits.push(commit);
  }

  commit(): void {
    for (const c of this.commits) c();
  }
}

/** UTF-8 length of the JSON text, without building a byte buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function proxyReplacer(_key: string, value: unknown): unknown {
  return value instanceof FakeClientObject ? { $ref: value._className } : value;
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8Length(JSON.stringify(value, proxyReplacer) ?? "");
}

export class ContextState {
  state: FakeExcelState;
  /** Proxies fail loudly on members the fake lacks ("not implemented in the fake"); see FakeClientObject. */
  guarded = true;
  queue: Command[] = [];
  traces: string[] = [];
  publicContext: {
    workbook: unknown;
    application: unknown;
    trackedObjects: unknown;
    sync<V>(passThrough?: V): Promise<V>;
  };

  constructor(state: FakeExcelState) {
    this.state = state;
    const workbook = new WorkbookProxy(this);
    const trackedObjects = guarded(
      {
        add: (objects: unknown) => this.track(objects, true),
        remove: (objects: unknown) => this.track(objects, false),
      },
      "TrackedObjects",
    );
    this.publicContext = guarded(
      {
        _state: this,
        workbook,
        get application() {
          return (workbook as unknown as { application: unknown }).application;
        },
        trackedObjects,
        sync: <V>(passThrough?: V) => this.sync(passThrough),
        load: (object: FakeClientObject, option?: string | string[]) => {
          this.checkArgument(object);
          object.load(option);
        },
        trace: (message: string) => {
          this.enqueue({ label: "trace", args: [message], statement: "context.trace(...);", run: () => {} });
          this.traces.push(message);
        },
      },
      "RequestContext",
    );
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** Office.js refuses proxies of another request context (InvalidRequestContext) when they are passed in. */
  checkArgument(value: unknown, depth = 0): void {
    if (value instanceof FakeClientObject) {
      if (value._ctx !== this) throw officeError("InvalidRequestContext");
      return;
    }
    if (depth < 2 && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const v of Object.values(value)) this.checkArgument(v, depth + 1);
    }
  }

  private track(objects: unknown, add: boolean): void {
    const list = Array.isArray(objects) ? objects : [objects];
    for (const o of list) {
      if (!(o instanceof FakeClientObject)) throw officeError("InvalidArgument", "Only API objects can be tracked.");
      this.checkArgument(o);
      o._enqueue(add ? "track" : "untrack", [], () => {
        o._tracked = add;
      });
    }
  }

  sync<V>(passThrough?: V): Promise<V> {
    this.state.syncCalls += 1;
    const batch = this.queue;
    const traces = this.traces;
    this.queue = [];
    this.traces = [];
    const result = this.state.chain.then(() => runBatch(this.state, batch, traces));
    this.state.chain = result.catch(() => undefined);
    return result.then(() => passThrough as V);
  }
}

function runBatch(state: FakeExcelState, batch: Command[], traces: string[]): void {
  // Office.js sends nothing when no command is pending (ClientRequestContext.syncPrivate checks hasActions).
  if (batch.length === 0) return;
  state.syncCount += 1;
  const requestNumber = state.syncCount;
  const payload = jsonBytes(batch.map((c) => ({ name: c.label, args: c.args })));
  state.payloads.push(payload);
  if (payload > state.payloadLimit) {
    const error = new FakeRichApiError("RequestPayloadSizeLimitExceeded", undefined, undefined, 413);
    error.traceMessages.push(...traces);
    throw error;
  }
  const edit = state.edits.get(requestNumber);
  state.edits.delete(requestNumber);
  edit?.();
  const failure = state.failures.get(requestNumber);
  state.failures.delete(requestNumber);
  const stop = failure ? Math.min(failure.afterCommands ?? 0, batch.length) : batch.length;
  const staging = new Staging();
  state.currentSync = requestNumber;
  let error: unknown = null;
  for (let i = 0; i < stop; i++) {
    try {
      batch[i].run(staging);
    } catch (e) {
      if (e instanceof FakeRichApiError) {
        const around = batch.slice(Math.max(0, i - 2), i + 3).map((c) => c.statement);
        e.withStatement(batch[i].statement, around);
      }
      error = e;
      break;
    }
  }
  if (error === null && failure) error = new FakeRichApiError(failure.code, failure.message);
  state.responsePayloads.push(staging.bytes);
  endRequest(state);
  if (error === null && staging.bytes > state.responseLimit) {
    // Excel has applied the batch by now; only the answer is lost.
    error = new FakeRichApiError("ResponsePayloadSizeLimitExceeded", undefined, undefined, 413);
  } else {
    // Results of commands that ran before a failure still reach their proxies, as Office.js processes them.
    staging.commit();
  }
  if (error instanceof FakeRichApiError) error.traceMessages.push(...traces);
  if (error !== null) throw error;
}
