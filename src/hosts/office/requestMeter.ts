// How many bytes Microsoft's Office.js client sends for what the host queues, worked out without Excel: a dry run of
// the client's request builder (ClientRequest.buildRequestMessageBodyAndRequestFlags in excel-web-16.00.debug.js)
// over the members of officeApiShape.ts. An object gets an object path and an Instantiate action in every request
// that uses it, a Range two more actions unless untracked, ids count up across the requests of one Excel.run as the
// client's do, and each path id appears once more in the "L" list of the last action that uses it (early disposal).
// Where Excel's answer changes a later request (a worksheet found again by its id) the larger size is counted.
// Checked against the real client, request by request, in test/hosts/office/officejs.

import type { ApplyEnv } from "./applyStep";
import { BULK_CELLS, BULK_PROPERTIES, OFFICE_API_SHAPE, TRACKED_TYPES, type MemberShape } from "./officeApiShape";
import { utf8Length } from "./payloadSize";

const PATH = { global: 1, method: 3, property: 4, indexer: 5, reference: 6 } as const;
const ACTION = { instantiate: 1, method: 3, setProperty: 4 } as const;

/** Excel's worksheet ids are GUIDs in braces: "{00000000-0001-0000-0000-000000000000}". */
const WORKSHEET_ID = "{00000000-0000-0000-0000-000000000000}";
/** A kept object's reference id is not documented; assumed no longer than this. */
const REFERENCE_ID = "x".repeat(64);
const UNTRACKED_FLAG = utf8Length(',"D":true');

const envelope = (keepReference: boolean) =>
  utf8Length(JSON.stringify({ AutoKeepReference: keepReference, Actions: [], ObjectPaths: {} }));

const digits = (id: number) => String(id).length;
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const json = (value: unknown) => utf8Length(JSON.stringify(value));

type PathKind = (typeof PATH)[keyof typeof PATH];

/** One object the host touched, as the client's object path. */
class MeterNode {
  readonly navs = new Map<string, MeterNode>();
  /** Untracked: its path carries "D": true and Excel keeps no reference. */
  untracked = false;
  /** Its _KeepReference action, while still in the request that made it (bytes), else 0. */
  keepBytes = 0;
  /** Excel answered with its id (a worksheet): later requests find it by id. */
  identified = false;
  /** Excel keeps it by reference: later requests name it by reference id. */
  referenced = false;

  constructor(
    readonly id: number,
    readonly type: string,
    readonly parent: MeterNode | null,
    readonly kind: PathKind,
    readonly name: string,
    /** Arguments with objects replaced by their path ids, as sent. */
    readonly args: unknown[],
    readonly argNodes: MeterNode[],
    readonly referencedIds: unknown[] | null,
    readonly createdIn: number,
  ) {}

  /** Bytes of its entry in ObjectPaths: "id":{…}. */
  entryBytes(): number {
    const head = utf8Length(`"${this.id}":`);
    if (this.referenced)
      return head + json({ Id: this.id, ObjectPathType: PATH.reference, Name: REFERENCE_ID, ArgumentInfo: {} });
    const info: Record<string, unknown> = { Id: this.id, ObjectPathType: this.kind, Name: this.name };
    if (this.parent) info.ParentObjectPathId = this.parent.id;
    if (this.kind === PATH.method || this.kind === PATH.indexer) {
      info.ArgumentInfo = this.referencedIds
        ? { Arguments: this.args, ReferencedObjectPathIds: this.referencedIds }
        : { Arguments: this.args };
    }
    let bytes = head + json(info) + (this.untracked ? UNTRACKED_FLAG : 0);
    if (this.identified) {
      const byId = { Id: this.id, ObjectPathType: PATH.indexer, Name: "", ParentObjectPathId: this.parent?.id };
      bytes = Math.max(bytes, head + json({ ...byId, ArgumentInfo: { Arguments: [WORKSHEET_ID] } }));
    }
    return bytes;
  }
}

/** Counts of the request being built; copied whole for a rollback. */
interface Tally {
  number: number;
  actions: number;
  actionBytes: number;
  paths: number;
  pathBytes: number;
  /** Σ (digits + 1) over the paths: their ids in the L lists with a separator each. */
  listedIds: number;
  /** Actions that carry an L list. */
  listing: number;
  keepReferences: number;
  /** Position of the last action, for the L lists. */
  seq: number;
}

const newTally = (number: number): Tally => ({
  number,
  actions: 0,
  actionBytes: 0,
  paths: 0,
  pathBytes: 0,
  listedIds: 0,
  listing: 0,
  keepReferences: 0,
  seq: 0,
});

export class RequestMeter {
  /** What steps run against instead of Excel.RequestContext. */
  readonly context: Excel.RequestContext;
  readonly env: ApplyEnv;
  private counter = 0;
  private tally = newTally(1);
  private instantiated = new Set<MeterNode>();
  private lastUse = new Map<MeterNode, number>();
  private uses = new Map<number, number>();
  private created: MeterNode[] = [];
  private readonly proxies = new WeakMap<object, MeterNode>();
  private readonly root: MeterNode;
  private journal: (() => void)[] | null = null;
  /** The env's ranges of the request being built (createApplyEnv's memo): a new request makes them afresh. */
  private readonly ranges = new Map<string, Excel.Range>();
  private saved: { counter: number; tally: Tally } | null = null;

  constructor() {
    // Excel.run makes the context, whose root (the workbook) is instantiated in the first request.
    this.root = new MeterNode(this.next(), "Workbook", null, PATH.global, "", [], [], null, 1);
    this.instantiate(this.root, this.next());
    const workbook = this.proxy(this.root);
    this.context = {
      workbook,
      get application() {
        return (workbook as unknown as { application: unknown }).application;
      },
    } as unknown as Excel.RequestContext;
    this.env = this.meterEnv();
  }

  /** Bytes of the request being built, as if it were sent now. */
  get bytes(): number {
    const t = this.tally;
    return (
      envelope(t.keepReferences > 0) +
      t.actionBytes +
      Math.max(0, t.actions - 1) +
      t.pathBytes +
      Math.max(0, t.paths - 1) +
      t.listedIds +
      6 * t.listing
    );
  }

  /** Starts recording what follows, so that it can be taken back (a step that does not fit the request). */
  begin(): void {
    this.journal = [];
    this.saved = { counter: this.counter, tally: { ...this.tally } };
  }

  commit(): void {
    this.journal = null;
    this.saved = null;
  }

  rollback(): void {
    if (!this.journal || !this.saved) throw new Error("request meter: rollback without begin");
    for (const undo of this.journal.reverse()) undo();
    this.counter = this.saved.counter;
    this.tally = this.saved.tally;
    this.commit();
  }

  /** Ends the request (context.sync) and starts the next; Excel's answer names worksheets by id from then on. */
  send(): number {
    const bytes = this.bytes;
    this.ranges.clear();
    for (const node of this.created) {
      if (node.type === "Worksheet") node.identified = true;
      if (node.keepBytes > 0 && !node.untracked) node.referenced = true;
      node.keepBytes = 0;
    }
    this.created = [];
    this.instantiated = new Set();
    this.lastUse = new Map();
    this.uses = new Map();
    this.tally = newTally(this.tally.number + 1);
    return bytes;
  }

  private next(): number {
    this.counter += 1;
    return this.counter;
  }

  private record(undo: () => void): void {
    this.journal?.push(undo);
  }

  private valid(node: MeterNode): boolean {
    for (let n: MeterNode | null = node; n; n = n.parent) {
      const sameRequest = n.createdIn === this.tally.number;
      if (n.kind === PATH.method && !sameRequest && !n.identified && !n.referenced) return false;
    }
    return true;
  }

  /** The L lists: `action` is now the last to use `node`, its parents and the objects in its arguments. */
  private use(node: MeterNode, action: number): void {
    for (let n: MeterNode | null = node; n; n = n.parent) {
      const previous = this.lastUse.get(n);
      if (previous === action) return;
      for (const arg of n.argNodes) this.use(arg, action);
      this.lastUse.set(n, action);
      this.record(() => (previous === undefined ? this.lastUse.delete(n) : this.lastUse.set(n, previous)));
      if (previous !== undefined) this.count(previous, -1);
      this.count(action, +1);
    }
  }

  private count(action: number, delta: number): void {
    const before = this.uses.get(action) ?? 0;
    const after = before + delta;
    this.uses.set(action, after);
    this.record(() => this.uses.set(action, before));
    if (before === 0 && after > 0) this.tally.listing += 1;
    if (before > 0 && after === 0) this.tally.listing -= 1;
  }

  private addAction(info: Record<string, unknown>, node: MeterNode, argNodes: MeterNode[] = []): number {
    const bytes = json(info);
    this.tally.actions += 1;
    this.tally.actionBytes += bytes;
    this.tally.seq += 1;
    const seq = this.tally.seq;
    this.use(node, seq);
    for (const arg of argNodes) this.use(arg, seq);
    return bytes;
  }

  private addPath(node: MeterNode): void {
    this.instantiated.add(node);
    this.record(() => this.instantiated.delete(node));
    this.tally.paths += 1;
    this.tally.pathBytes += node.entryBytes();
    this.tally.listedIds += digits(node.id) + 1;
  }

  private instantiate(node: MeterNode, actionId: number): void {
    this.addPath(node);
    this.addAction({ Id: actionId, ActionType: ACTION.instantiate, Name: "", ObjectPathId: node.id }, node);
  }

  /** Office.js's ensureInstantiateObjectPath: a path used in this request for the first time is sent again. */
  private ensure(node: MeterNode): void {
    if (this.instantiated.has(node)) return;
    if (!this.valid(node)) throw new Error(`request meter: a ${node.type} is used after the request that made it`);
    if (node.parent) this.ensure(node.parent);
    for (const arg of node.argNodes) this.ensure(arg);
    this.instantiate(node, this.next());
  }

  /** A new object (ClientObject's constructor): its path, its Instantiate, and for a Range a kept reference. */
  private create(
    type: string,
    parent: MeterNode,
    kind: PathKind,
    name: string,
    args: unknown[] = [],
    argNodes: MeterNode[] = [],
    referencedIds: unknown[] | null = null,
  ): MeterNode {
    const node = new MeterNode(this.next(), type, parent, kind, name, args, argNodes, referencedIds, this.tally.number);
    this.ensure(parent);
    for (const arg of argNodes) this.ensure(arg);
    this.instantiate(node, this.next());
    this.created.push(node);
    this.record(() => this.created.pop());
    if (TRACKED_TYPES.has(type)) {
      const keep = { Id: this.next(), ActionType: ACTION.method, Name: "_KeepReference", ObjectPathId: node.id };
      node.keepBytes = this.addAction({ ...keep, ArgumentInfo: { Arguments: [] } }, node);
      this.tally.keepReferences += 1;
      this.addAction({ Id: this.next(), ActionType: ACTION.instantiate, Name: "", ObjectPathId: node.id }, node);
    }
    return node;
  }

  /** Range.untrack(): its _KeepReference leaves the request and its path is marked "D". */
  private untrack(node: MeterNode): void {
    if (node.untracked) return;
    const keepBytes = node.keepBytes;
    node.untracked = true;
    node.keepBytes = 0;
    this.record(() => {
      node.untracked = false;
      node.keepBytes = keepBytes;
    });
    if (keepBytes > 0) {
      this.tally.actions -= 1;
      this.tally.actionBytes -= keepBytes;
      this.tally.keepReferences -= 1;
    }
    if (this.instantiated.has(node)) this.tally.pathBytes += UNTRACKED_FLAG;
  }

  /** Arguments as the client sends them: exactly `params` of them, objects replaced by their path ids. */
  private arguments(args: unknown[], params: number) {
    const sent: unknown[] = [];
    const nodes: MeterNode[] = [];
    const ids: unknown[] = [];
    for (let i = 0; i < params; i++) {
      const node = args[i] !== null && typeof args[i] === "object" ? this.proxies.get(args[i] as object) : undefined;
      if (node) {
        sent.push(node.id);
        ids.push(node.id);
        nodes.push(node);
      } else {
        sent.push(args[i] === undefined ? null : args[i]);
        ids.push(0);
      }
    }
    return { sent, nodes, ids: nodes.length > 0 ? ids : null };
  }

  private call(node: MeterNode, name: string, shape: MemberShape, args: unknown[]): unknown {
    const { sent, nodes, ids } = this.arguments(args, shape.params ?? 0);
    if (shape.returns) {
      const kind = shape.indexer ? PATH.indexer : PATH.method;
      return this.proxy(
        this.create(shape.returns, node, kind, shape.indexer ? "" : upperFirst(name), sent, nodes, ids),
      );
    }
    const id = this.next();
    this.ensure(node);
    for (const arg of nodes) this.ensure(arg);
    const argumentInfo = ids ? { Arguments: sent, ReferencedObjectPathIds: ids } : { Arguments: sent };
    const info = { Id: id, ActionType: ACTION.method, Name: upperFirst(name), ObjectPathId: node.id };
    this.addAction({ ...info, ArgumentInfo: argumentInfo }, node, nodes);
    return undefined;
  }

  private set(node: MeterNode, name: string, value: unknown): void {
    if (node.type === "Range" && BULK_PROPERTIES.has(name) && this.bulk(node, name, value)) return;
    const id = this.next();
    this.ensure(node);
    const info = { Id: id, ActionType: ACTION.setProperty, Name: upperFirst(name), ObjectPathId: node.id };
    this.addAction({ ...info, ArgumentInfo: { Arguments: [value === undefined ? null : value] } }, node);
  }

  /** setRangePropertiesInBulk: more than BULK_CELLS cells go in slices of rows, each its own range. */
  private bulk(range: MeterNode, name: string, value: unknown): boolean {
    if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return false;
    const rows = value.length;
    const columns = (value[0] as unknown[]).length;
    if (rows * columns <= BULK_CELLS) return false;
    const shape = OFFICE_API_SHAPE.Range;
    const member = (node: MeterNode, key: string, args: unknown[]) => this.call(node, key, shape[key], args);
    member(range, "_ValidateArraySize", [rows, columns]);
    const slice = Math.max(1, Math.round(BULK_CELLS / columns));
    for (let start = 0; start < rows; start += slice) {
      const count = Math.min(slice, rows - start);
      const first = this.nodeOf(member(range, "getRow", [start]));
      this.untrack(first);
      const last = this.nodeOf(member(range, "getRow", [start + count - 1]));
      this.untrack(last);
      const chunk = this.nodeOf(member(first, "getBoundingRect", [this.proxy(last)]));
      this.untrack(chunk);
      const id = this.next();
      this.ensure(chunk);
      const info = { Id: id, ActionType: ACTION.setProperty, Name: upperFirst(name), ObjectPathId: chunk.id };
      this.addAction({ ...info, ArgumentInfo: { Arguments: [value.slice(start, start + count)] } }, chunk);
    }
    return true;
  }

  private nodeOf(proxy: unknown): MeterNode {
    const node = this.proxies.get(proxy as object);
    if (!node) throw new Error("request meter: not an object of this meter");
    return node;
  }

  private nav(node: MeterNode, name: string, type: string): unknown {
    let child = node.navs.get(name);
    if (!child) {
      child = this.create(type, node, PATH.property, upperFirst(name));
      node.navs.set(name, child);
      this.record(() => node.navs.delete(name));
    }
    return this.proxy(child);
  }

  /** The object as step code sees it: members of officeApiShape.ts, anything else assigned is a property set. */
  private proxy(node: MeterNode): object {
    const shapes = OFFICE_API_SHAPE[node.type];
    if (!shapes) throw new Error(`request meter: no shape for ${node.type}`);
    const proxy: object = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (typeof key === "symbol") return undefined;
          if (key === "untrack") {
            return () => {
              this.untrack(node);
              return proxy;
            };
          }
          const shape = shapes[key];
          if (!shape) throw new Error(`request meter: ${node.type}.${key} is not in officeApiShape`);
          if (shape.nav) return this.nav(node, key, shape.nav);
          return (...args: unknown[]) => this.call(node, key, shape, args);
        },
        set: (_target, key, value) => {
          if (typeof key === "symbol" || shapes[key]) {
            throw new Error(`request meter: ${node.type}.${String(key)} cannot be assigned`);
          }
          this.set(node, key, value);
          return true;
        },
      },
    );
    this.proxies.set(proxy, node);
    return proxy;
  }

  /** createApplyEnv over the meter, its sheet and range memos taken back with a rollback too. */
  private meterEnv(): ApplyEnv {
    const sheets = new Map<string, Excel.Worksheet>();
    const ranges = this.ranges;
    const key = (name: string) => name.toLocaleUpperCase();
    const remember = (name: string, sheet: Excel.Worksheet) => {
      sheets.set(key(name), sheet);
      this.record(() => sheets.delete(key(name)));
      return sheet;
    };
    const context = this.context;
    const env: ApplyEnv = {
      context,
      sheet: (name) => sheets.get(key(name)) ?? remember(name, context.workbook.worksheets.getItem(name)),
      addSheet: (name) => remember(name, context.workbook.worksheets.add(name)),
      range: (sheet, address) => {
        const id = `${key(sheet)}!${address}`;
        const known = ranges.get(id);
        if (known) return known;
        const range = env.sheet(sheet).getRange(address).untrack();
        ranges.set(id, range);
        this.record(() => ranges.delete(id));
        return range;
      },
      endRequest: () => ranges.clear(),
    };
    return env;
  }
}
