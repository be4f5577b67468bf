// Workbook and worksheet names: add/getItem/items, and NamedItem's formula, type, value, getRange and delete.

import { FakeClientObject, FakeClientResult, FakeCollection, defineProperties } from "../clientObject";
import { officeError } from "../fakeError";
import {
  checkName,
  findName,
  nameFormula,
  nameTarget,
  nameType,
  nameValue,
  parseNameReference,
} from "../namedItemModel";
import type { ContextState } from "../requestContext";
import { type RangeTarget, checkBoolean } from "../sheetRules";
import { type NameModel, type SheetModel, type WorkbookModel, activeSheet } from "../workbookModel";
import { RangeProxy } from "./rangeProxy";

/** Which names a collection holds: the workbook's (sheet null) or one sheet's. */
export interface NameScope {
  sheet: SheetModel | null;
}

function scopeId(scope: NameScope): string | null {
  return scope.sheet ? scope.sheet.id : null;
}

export class NamedItemCollectionProxy extends FakeCollection<NameScope, NameModel> {
  constructor(ctx: ContextState, resolver: () => NameScope | null) {
    super(ctx, "NamedItemCollection", resolver);
  }

  get _model(): WorkbookModel {
    return this._ctx.state.model;
  }

  _entities(scope: NameScope): NameModel[] {
    return this._model.names.filter((n) => n.scopeSheetId === scopeId(scope));
  }

  _itemFor(entity: NameModel): FakeClientObject {
    return new NamedItemProxy(this._ctx, () => entity);
  }

  _itemPrototype(): FakeClientObject {
    return new NamedItemProxy(this._ctx, () => null);
  }

  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    this._requireApi("add", "1.4");
    this._ctx.checkArgument(reference);
    let created: NameModel | null = null;
    const proxy = new NamedItemProxy(this._ctx, () => {
      if (!created) throw officeError("ItemNotFound", "The name was never added.", "NamedItem");
      return created;
    });
    const args = [name, reference, ...(comment === undefined ? [] : [comment])];
    this._enqueue("add", args, (scope) => {
      const location = "NamedItemCollection.add";
      checkName(name, location);
      if (findName(this._model, name, scopeId(scope))) {
        throw officeError("ItemAlreadyExists", `The name "${name}" already exists.`, location);
      }
      if (comment !== undefined && typeof comment !== "string")
        throw officeError("InvalidArgument", undefined, location);
      let input: string | RangeTarget;
      if (reference instanceof FakeClientObject) {
        const target = (reference as FakeClientObject<RangeTarget>)._resolve();
        if (!target) throw officeError("InvalidReference", undefined, location);
        input = target;
      } else if (typeof reference === "string") {
        input = reference;
      } else {
        throw officeError("InvalidArgument", "The reference must be a Range or a string.", location);
      }
      const item: NameModel = {
        name,
        scopeSheetId: scopeId(scope),
        comment: comment ?? "",
        visible: true,
        reference: parseNameReference(this._model, input, scope.sheet ?? activeSheet(this._model), location),
      };
      this._model.names.push(item);
      created = item;
    });
    return proxy;
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, () => this._find(name, false));
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this._requireApi("getItemOrNullObject", "1.4");
    const proxy = new NamedItemProxy(this._ctx, () => this._find(name, true));
    proxy._enqueueInstantiation("getItemOrNullObject", [name]);
    return proxy;
  }

  _find(name: string, orNull: boolean): NameModel | null {
    const scope = this._resolve();
    if (!scope) return null;
    const found = findName(this._model, name, scopeId(scope));
    if (found) return found;
    if (orNull) return null;
    throw officeError("ItemNotFound", `There is no name "${name}".`, "NamedItemCollection.getItem");
  }

  getCount(): FakeClientResult<number> {
    this._requireApi("getCount", "1.4");
    const result = new FakeClientResult<number>();
    this._enqueue("getCount", [], (scope, staging) => result._fill(this._entities(scope).length, staging));
    return result;
  }
}

export class NamedItemProxy extends FakeClientObject<NameModel> {
  constructor(ctx: ContextState, resolver: () => NameModel | null) {
    super(ctx, "NamedItem", resolver);
  }

  override _resolve(): NameModel | null {
    const item = super._resolve();
    if (item && !this._ctx.state.model.names.includes(item)) {
      throw officeError("ItemNotFound", "The name was deleted.", "NamedItem");
    }
    return item;
  }

  delete(): void {
    this._requireApi("delete", "1.4");
    this._enqueue("delete", [], (item) => {
      const model = this._ctx.state.model;
      model.names = model.names.filter((n) => n !== item);
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => this._target(false));
  }

  getRangeOrNullObject(): RangeProxy {
    this._requireApi("getRangeOrNullObject", "1.4");
    const range = new RangeProxy(this._ctx, () => this._target(true));
    range._enqueueInstantiation("getRangeOrNullObject", []);
    return range;
  }

  /** Constants have no range (InvalidArgument, code assumed); a reference to a deleted sheet is InvalidReference. */
  _target(orNull: boolean): RangeTarget | null {
    const item = this._resolve();
    if (!item) return null;
    const target = nameTarget(this._ctx.state.model, item);
    if (target || orNull) return target;
    const code = item.reference.kind === "constant" ? "InvalidArgument" : "InvalidReference";
    throw officeError(code, `The name "${item.name}" does not refer to a range.`, "NamedItem.getRange");
  }
}

defineProperties<NameModel>(NamedItemProxy, {
  name: { read: (n) => n.name },
  type: { read: (n) => nameType(n) },
  value: { read: (n, self) => nameValue(self._ctx.state.model, n) },
  scope: { read: (n) => (n.scopeSheetId === null ? "Workbook" : "Worksheet"), since: "1.4" },
  visible: {
    read: (n) => n.visible,
    write: (n, v) => {
      n.visible = checkBoolean(v, "NamedItem.visible");
    },
  },
  comment: {
    since: "1.4",
    read: (n) => n.comment,
    write: (n, v) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "NamedItem.comment");
      n.comment = v;
    },
  },
  formula: {
    since: "1.7",
    read: (n, self) => nameFormula(self._ctx.state.model, n),
    write: (n, v, self) => {
      const model = self._ctx.state.model;
      if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "NamedItem.formula");
      const scopeSheet = model.sheets.find((s) => s.id === n.scopeSheetId) ?? activeSheet(model);
      n.reference = parseNameReference(model, v, scopeSheet, "NamedItem.formula");
    },
  },
});
