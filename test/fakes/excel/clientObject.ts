// Proxy objects with Office.js semantics: property sets and calls are queued, loads are filled in at sync, reading an
// unloaded property throws PropertyNotLoaded, and any member the fake lacks throws "not implemented in the fake".

import { compareVersions, requireApi } from "./apiSets";
import { notImplemented, officeError, propertyNotLoaded, readOnlyProperty } from "./fakeError";
import type { ContextState, Staging } from "./requestContext";

export interface PropertySpec<T> {
  // Method syntax keeps specs bivariant, so a FakeClientObject<RangeTarget> is still a FakeClientObject.
  read?(target: T, self: FakeClientObject<T>): unknown;
  write?(target: T, value: unknown, self: FakeClientObject<T>): void;
  /** ExcelApi version that introduced the member. */
  since?: string;
  /** False for properties a bare load() leaves out in the fake (they can throw for rules the fake cannot check). */
  inDefaultLoad?: boolean;
}

export interface NavigationSpec {
  create(owner: FakeClientObject): FakeClientObject;
  since?: string;
}

interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
  items?: LoadTree;
}

const PASS_THROUGH = new Set([
  "then",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "jasmineToString",
  "$$typeof",
  "inspect",
]);

function guard<O extends object>(target: O, className: string): O {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop in t) return Reflect.get(t, prop, receiver);
      if (PASS_THROUGH.has(prop) || prop.startsWith("_") || prop.startsWith("@@")) return undefined;
      throw notImplemented(`${className}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || prop.startsWith("_")) {
        (t as Record<string | symbol, unknown>)[prop] = value;
        return true;
      }
      if (prop in t) return Reflect.set(t, prop, value, receiver);
      throw notImplemented(`${className}.${prop} (set)`);
    },
  });
}

/** Wraps a plain object (context, namespace, …) so that members the fake lacks fail loudly. */
export function guarded<O extends object>(target: O, className: string): O {
  return guard(target, className);
}

export type Resolver<T> = () => T | null;

/**
 * Base of every Excel proxy. `resolver` finds the document object at sync time (throwing an Office error, or
 * returning null for *OrNullObject lookups); once found, the proxy keeps pointing at that object, as Office.js
 * rewrites an object's path to its reference id.
 */
export abstract class FakeClientObject<T = unknown> {
  declare _props: Record<string, PropertySpec<T>>;
  declare _navs: Record<string, NavigationSpec>;
  _ctx: ContextState;
  _className: string;
  _resolver: Resolver<T>;
  _cache: { target: T | null } | undefined = undefined;
  _isNull: boolean | undefined = undefined;
  _values = new Map<string, unknown>();
  _navChildren = new Map<string, FakeClientObject>();
  _tracked = false;

  constructor(ctx: ContextState, className: string, resolver: Resolver<T>) {
    this._ctx = ctx;
    this._className = className;
    this._resolver = resolver;
    // The Office.js harness's server-side proxies skip the guard: it checks members itself, and runs hot.
    return ctx.guarded ? guard(this, className) : this;
  }

  get context(): unknown {
    return this._ctx.publicContext;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  /** Runs during a sync: finds (once) what this proxy stands for. */
  _resolve(): T | null {
    if (this._cache) return this._cache.target;
    const target = this._resolver();
    this._cache = { target };
    this._isNull = target === null;
    return target;
  }

  _requireApi(member: string, since: string | undefined): void {
    requireApi(this._ctx.state.maxApiVersion, `${this._className}.${member}`, since);
  }

  /** Queues a command; at sync it resolves this proxy and, unless it is a null object, applies `apply`. */
  _enqueue(member: string, args: unknown[], apply: (target: T, staging: Staging) => void, statement?: string): void {
    this._ctx.enqueue({
      label: `${this._className}.${member}`,
      args,
      statement: statement ?? `${this._className.charAt(0).toLowerCase()}${this._className.slice(1)}.${member}(...);`,
      run: (staging) => {
        const target = this._resolve();
        if (target !== null) apply(target, staging);
      },
    });
  }

  /** Queues resolution alone, as Office.js instantiates *OrNullObject results so that isNullObject is known. */
  _enqueueInstantiation(member: string, args: unknown[]): void {
    this._ctx.enqueue({
      label: `${this._className}.${member}`,
      args,
      statement: `// Instantiate {${this._className}}`,
      run: () => {
        this._resolve();
      },
    });
  }

  _getProperty(name: string): unknown {
    this._requireApi(name, this._props[name]?.since);
    if (this._isNull === true) return undefined;
    if (!this._values.has(name)) throw propertyNotLoaded(name, this._className);
    return this._values.get(name);
  }

  _setProperty(name: string, value: unknown): void {
    const spec = this._props[name];
    this._requireApi(name, spec.since);
    if (!spec.write) throw readOnlyProperty(name, this._className);
    this._ctx.checkArgument(value);
    // Office.js keeps the assigned value on the proxy, so reading it back needs no load.
    this._values.set(name, value);
    this._enqueue(
      name,
      [value],
      (target) => spec.write!(target, value, this),
      `${lowerFirst(this._className)}.${name} = ...;`,
    );
  }

  _navChild(name: string): FakeClientObject {
    const spec = this._navs[name];
    this._requireApi(name, spec.since);
    let child = this._navChildren.get(name);
    if (!child) {
      child = spec.create(this);
      this._navChildren.set(name, child);
    }
    return child;
  }

  load(option?: string | string[] | { select?: string | string[]; expand?: string | string[] }): this {
    const tree = this._parseLoad(option);
    this._ctx.enqueue({
      label: `${this._className}.load`,
      args: [option ?? null],
      statement: `${lowerFirst(this._className)}.load(...);`,
      run: (staging) => this._fulfill(tree, staging),
    });
    return this;
  }

  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._navs && key in this._navs) {
        (this._navChild(key) as unknown as { set(p: unknown): void }).set(value);
      } else if (this._props && key in this._props) {
        this._setProperty(key, value);
      } else {
        throw notImplemented(`${this._className}.set({ ${key} })`);
      }
    }
  }

  track(): this {
    (this._ctx.publicContext.trackedObjects as { add(o: unknown): void }).add(this);
    return this;
  }

  untrack(): this {
    (this._ctx.publicContext.trackedObjects as { remove(o: unknown): void }).remove(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this._values);
    for (const [name, child] of this._navChildren) {
      const childJson = child.toJSON();
      if (Object.keys(childJson).length > 0) json[name] = childJson;
    }
    return json;
  }

  /** What a bare load() fetches: readable scalars of the supported requirement sets. */
  _defaultLoadNames(): string[] {
    const max = this._ctx.state.maxApiVersion;
    return Object.entries(this._props ?? {})
      .filter(([, spec]) => spec.read && spec.inDefaultLoad !== false)
      .filter(([, spec]) => spec.since === undefined || compareVersions(spec.since, max) <= 0)
      .map(([name]) => name);
  }

  _parseLoad(option: unknown): LoadTree {
    const tree: LoadTree = { all: false, scalars: new Set(), nav: new Map() };
    const paths: string[] = [];
    const split = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",") : []);
    if (option === undefined || option === null || option === "") {
      tree.all = true;
    } else if (typeof option === "string" || Array.isArray(option)) {
      paths.push(...split(option));
    } else if (typeof option === "object") {
      const o = option as { select?: unknown; expand?: unknown; top?: unknown; skip?: unknown };
      if (o.top !== undefined || o.skip !== undefined) throw notImplemented(`${this._className}.load({ top, skip })`);
      paths.push(...split(o.select));
      for (const e of split(o.expand)) paths.push(e.trim());
      if (o.select === undefined) tree.all = true;
    } else {
      throw officeError("InvalidArgument", "load() takes a string, an array or a LoadOption.");
    }
    for (const raw of paths) {
      const path = raw.trim();
      if (path !== "") this._addLoadPath(tree, path.split("/"));
    }
    return tree;
  }

  _addLoadPath(tree: LoadTree, segments: string[]): void {
    const [head, ...rest] = segments;
    if (this._props && head in this._props && rest.length === 0) {
      this._requireApi(head, this._props[head].since);
      if (!this._props[head].read) throw notImplemented(`${this._className}.${head} (load)`);
      tree.scalars.add(head);
      return;
    }
    if (this._navs && head in this._navs) {
      const child = this._navChild(head);
      let sub = tree.nav.get(head);
      if (!sub) {
        sub = { all: rest.length === 0, scalars: new Set(), nav: new Map() };
        tree.nav.set(head, sub);
      }
      if (rest.length > 0) child._addLoadPath(sub, rest);
      return;
    }
    throw notImplemented(`${this._className}.${segments.join("/")} (load)`);
  }

  _fulfill(tree: LoadTree, staging: Staging): void {
    const target = this._resolve();
    if (target === null) return;
    const names = tree.all ? [...new Set([...this._defaultLoadNames(), ...tree.scalars])] : [...tree.scalars];
    for (const name of names) {
      const value = this._props[name].read!(target, this);
      staging.stage(value, () => this._values.set(name, value));
    }
    for (const [name, sub] of tree.nav) this._navChild(name)._fulfill(sub, staging);
  }
}

/** A collection proxy: `items` is filled by load() with fresh item proxies, as Office.js does. */
export abstract class FakeCollection<T, E> extends FakeClientObject<T> {
  _items: FakeClientObject[] | undefined = undefined;

  abstract _entities(target: T): E[];
  abstract _itemFor(entity: E): FakeClientObject;
  abstract _itemPrototype(): FakeClientObject;

  get items(): FakeClientObject[] {
    if (this._isNull === true) return [];
    if (this._items === undefined) throw propertyNotLoaded("items", this._className);
    return this._items;
  }

  override _parseLoad(option: unknown): LoadTree {
    const tree: LoadTree = { all: false, scalars: new Set(), nav: new Map() };
    const itemTree: LoadTree = { all: false, scalars: new Set(), nav: new Map() };
    tree.items = itemTree;
    const probe = this._itemPrototype();
    const paths =
      option === undefined || option === null || option === ""
        ? []
        : typeof option === "string"
          ? option.split(",")
          : Array.isArray(option)
            ? option.map(String)
            : typeof option === "object" && (option as { select?: unknown }).select !== undefined
              ? String((option as { select: unknown }).select).split(",")
              : [];
    const relevant = paths.map((p) => p.trim()).filter((p) => p !== "");
    if (relevant.length === 0 || relevant.every((p) => p === "items")) itemTree.all = true;
    for (const path of relevant) {
      const segments = path.split("/");
      const rest = segments[0] === "items" ? segments.slice(1) : segments;
      if (rest.length > 0) probe._addLoadPath(itemTree, rest);
    }
    return tree;
  }

  override _fulfill(tree: LoadTree, staging: Staging): void {
    const target = this._resolve();
    if (target === null) return;
    const items = this._entities(target).map((e) => this._itemFor(e));
    staging.stage([], () => {
      this._items = items;
    });
    if (tree.items) for (const item of items) item._fulfill(tree.items, staging);
  }
}

/** OfficeExtension.ClientResult: `value` is there after the sync that computed it. */
export class FakeClientResult<V> {
  _value: V | undefined = undefined;
  _loaded = false;

  constructor() {
    return guard(this, "ClientResult");
  }

  get value(): V {
    if (!this._loaded) throw officeError("ValueNotLoaded");
    return this._value as V;
  }

  _fill(value: V, staging: Staging): void {
    staging.stage(value, () => {
      this._value = value;
      this._loaded = true;
    });
  }
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Attaches property accessors, backed by the load/queue machinery, to a proxy class. */
export function defineProperties<T>(
  ctor: abstract new (...args: never[]) => FakeClientObject<T>,
  props: Record<string, PropertySpec<T>>,
): void {
  Object.defineProperty(ctor.prototype, "_props", { value: props, configurable: true });
  for (const name of Object.keys(props)) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<T>) {
        return this._getProperty(name);
      },
      set(this: FakeClientObject<T>, value: unknown) {
        this._setProperty(name, value);
      },
    });
  }
}

/** Attaches navigation properties (range.format, sheet.protection, …): one memoised child proxy each. */
export function defineNavigation(
  ctor: abstract new (...args: never[]) => FakeClientObject,
  navs: Record<string, NavigationSpec>,
): void {
  Object.defineProperty(ctor.prototype, "_navs", { value: navs, configurable: true });
  for (const name of Object.keys(navs)) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      get(this: FakeClientObject) {
        return this._navChild(name);
      },
    });
  }
}
