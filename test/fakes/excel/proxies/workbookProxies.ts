// The workbook and its workbook-wide parts: application (calculation), document custom properties, protection.

import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  defineNavigation,
  defineProperties,
} from "../clientObject";
import { officeError } from "../fakeError";
import type { ContextState } from "../requestContext";
import { checkOneOf } from "../sheetRules";
import { type CustomPropertyModel, type WorkbookModel, activeSheet } from "../workbookModel";
import { NamedItemCollectionProxy } from "./namedItemProxies";
import { RangeProxy } from "./rangeProxy";
import { WorksheetCollectionProxy } from "./worksheetProxies";

export class WorkbookProxy extends FakeClientObject<WorkbookModel> {
  constructor(ctx: ContextState) {
    super(ctx, "Workbook", () => ctx.state.model);
  }

  /** Several areas selected: Excel refuses with InvalidSelection (office-js-docs-pr#2477). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const sheet = activeSheet(this._ctx.state.model);
      if (sheet.moreSelected.length > 0) {
        throw officeError(
          "InvalidSelection",
          "The current selection is invalid for this operation.",
          "Workbook.getSelectedRange",
        );
      }
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): RangeProxy {
    this._requireApi("getActiveCell", "1.7");
    return new RangeProxy(this._ctx, () => {
      const sheet = activeSheet(this._ctx.state.model);
      return { sheet, rect: { ...sheet.selection, rows: 1, cols: 1 } };
    });
  }
}

export class ApplicationProxy extends FakeClientObject<WorkbookModel> {
  constructor(ctx: ContextState) {
    super(ctx, "Application", () => ctx.state.model);
  }

  _record(call: string): void {
    const state = this._ctx.state;
    state.applicationCalls.push({ sync: state.currentSync, call });
  }

  /** Recorded with the number of the sync that carried it (fake.applicationCalls). */
  suspendApiCalculationUntilNextSync(): void {
    this._requireApi("suspendApiCalculationUntilNextSync", "1.6");
    this._enqueue("suspendApiCalculationUntilNextSync", [], () => {
      this._ctx.state.calculationSuspended = true;
      this._record("suspendApiCalculationUntilNextSync");
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._requireApi("suspendScreenUpdatingUntilNextSync", "1.9");
    this._enqueue("suspendScreenUpdatingUntilNextSync", [], () => this._record("suspendScreenUpdatingUntilNextSync"));
  }

  /** What Excel.createWorkbook sends (Application.createWorkbook(base64).open()); the workbook opens on open(). */
  createWorkbook(base64File?: string): WorkbookCreatedProxy {
    this._requireApi("createWorkbook", "1.8");
    return new WorkbookCreatedProxy(this._ctx, base64File ?? null);
  }

  calculate(calculationType: string): void {
    this._enqueue("calculate", [calculationType], () => {
      const type = checkOneOf(calculationType, ["Recalculate", "Full", "FullRebuild"], "Application.calculate");
      this._ctx.state.staleFormulas.clear();
      this._record(`calculate(${type})`);
    });
  }
}

export class WorkbookCreatedProxy extends FakeClientObject<WorkbookModel> {
  _base64: string | null;

  constructor(ctx: ContextState, base64: string | null) {
    super(ctx, "WorkbookCreated", () => ctx.state.model);
    this._base64 = base64;
  }

  open(): void {
    this._enqueue("open", [], () => {
      this._ctx.state.createdWorkbooks.push(this._base64);
    });
  }
}

/**
 * Excel on the web's own root object (WacSpecificRequestContext in Office.js), which Excel.createWorkbook uses there
 * instead of Application.createWorkbook.
 */
export class WacWorkbookProxy extends FakeClientObject<WorkbookModel> {
  constructor(ctx: ContextState) {
    super(ctx, "WacWorkbook", () => ctx.state.model);
  }

  createAndOpenWorkbook(base64File?: string): void {
    this._enqueue("createAndOpenWorkbook", [base64File ?? null], () => {
      this._ctx.state.createdWorkbooks.push(base64File ?? null);
    });
  }
}

export class DocumentPropertiesProxy extends FakeClientObject<WorkbookModel> {
  constructor(ctx: ContextState) {
    super(ctx, "DocumentProperties", () => ctx.state.model);
  }
}

/** Outside Excel on the web Excel trims keys and values to 255 characters (types docs); the fake trims too. */
function trimmed(value: unknown): unknown {
  return typeof value === "string" ? value.slice(0, 255) : value;
}

function checkPropertyValue(value: unknown, location: string): unknown {
  const ok = ["string", "number", "boolean"].includes(typeof value) || value instanceof Date;
  if (!ok || (typeof value === "number" && !Number.isFinite(value))) {
    throw officeError("InvalidArgument", "A custom property holds a string, number, boolean or date.", location);
  }
  return trimmed(value);
}

export class CustomPropertyCollectionProxy extends FakeCollection<WorkbookModel, CustomPropertyModel> {
  constructor(ctx: ContextState) {
    super(ctx, "CustomPropertyCollection", () => ctx.state.model);
  }

  _entities(model: WorkbookModel): CustomPropertyModel[] {
    return [...model.customProperties];
  }

  _itemFor(entity: CustomPropertyModel): FakeClientObject {
    return new CustomPropertyProxy(this._ctx, () => entity);
  }

  _itemPrototype(): FakeClientObject {
    return new CustomPropertyProxy(this._ctx, () => null);
  }

  _find(model: WorkbookModel, key: string): CustomPropertyModel | undefined {
    const wanted = String(trimmed(key)).toUpperCase();
    return model.customProperties.find((p) => p.key.toUpperCase() === wanted);
  }

  /** "Creates a new or sets an existing custom property" (docs); keys are case-insensitive. */
  add(key: string, value: unknown): CustomPropertyProxy {
    let created: CustomPropertyModel | null = null;
    const proxy = new CustomPropertyProxy(this._ctx, () => created);
    this._enqueue("add", [key, value], (model) => {
      const location = "CustomPropertyCollection.add";
      if (typeof key !== "string" || key === "") throw officeError("InvalidArgument", "The key is empty.", location);
      const stored = checkPropertyValue(value, location);
      const existing = this._find(model, key);
      if (existing) existing.value = stored;
      else model.customProperties.push({ key: String(trimmed(key)), value: stored });
      created = existing ?? model.customProperties[model.customProperties.length - 1];
    });
    return proxy;
  }

  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this._ctx, () => {
      const model = this._resolve();
      const found = model && this._find(model, key);
      if (!found)
        throw officeError("ItemNotFound", `There is no custom property "${key}".`, "CustomPropertyCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    const proxy = new CustomPropertyProxy(this._ctx, () => {
      const model = this._resolve();
      return (model && this._find(model, key)) ?? null;
    });
    proxy._enqueueInstantiation("getItemOrNullObject", [key]);
    return proxy;
  }

  deleteAll(): void {
    this._enqueue("deleteAll", [], (model) => {
      model.customProperties = [];
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._enqueue("getCount", [], (model, staging) => result._fill(model.customProperties.length, staging));
    return result;
  }
}

function propertyType(value: unknown): string {
  if (value instanceof Date) return "Date";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  return "String";
}

export class CustomPropertyProxy extends FakeClientObject<CustomPropertyModel> {
  constructor(ctx: ContextState, resolver: () => CustomPropertyModel | null) {
    super(ctx, "CustomProperty", resolver);
  }

  override _resolve(): CustomPropertyModel | null {
    const p = super._resolve();
    if (p && !this._ctx.state.model.customProperties.includes(p)) {
      throw officeError("ItemNotFound", "The custom property was deleted.", "CustomProperty");
    }
    return p;
  }

  delete(): void {
    this._enqueue("delete", [], (p) => {
      const model = this._ctx.state.model;
      model.customProperties = model.customProperties.filter((x) => x !== p);
    });
  }
}

defineProperties<CustomPropertyModel>(CustomPropertyProxy, {
  key: { read: (p) => p.key },
  type: { read: (p) => propertyType(p.value) },
  value: {
    read: (p) => p.value,
    write: (p, v) => {
      p.value = checkPropertyValue(v, "CustomProperty.value");
    },
  },
});

export class WorkbookProtectionProxy extends FakeClientObject<WorkbookModel> {
  constructor(ctx: ContextState) {
    super(ctx, "WorkbookProtection", () => ctx.state.model);
  }

  protect(password?: string): void {
    this._enqueue("protect", password === undefined ? [] : [password], (model) => {
      if (model.protection.protected) return;
      model.protection = { protected: true, password: password ? password : null };
    });
  }

  unprotect(password?: string): void {
    this._enqueue("unprotect", password === undefined ? [] : [password], (model) => {
      if (!model.protection.protected) return;
      if (model.protection.password !== null && password !== model.protection.password) {
        throw officeError("InvalidArgument", "The password is not correct.", "WorkbookProtection.unprotect");
      }
      model.protection = { protected: false, password: null };
    });
  }
}

defineProperties<WorkbookModel>(WorkbookProtectionProxy, {
  protected: { read: (m) => m.protection.protected },
});

defineNavigation(WorkbookProxy, {
  worksheets: { create: (o) => new WorksheetCollectionProxy(o._ctx, () => (o as WorkbookProxy)._resolve()) },
  names: { create: (o) => new NamedItemCollectionProxy(o._ctx, () => ({ sheet: null })) },
  application: { create: (o) => new ApplicationProxy(o._ctx) },
  properties: { create: (o) => new DocumentPropertiesProxy(o._ctx), since: "1.7" },
  protection: { create: (o) => new WorkbookProtectionProxy(o._ctx), since: "1.7" },
});

defineNavigation(DocumentPropertiesProxy, {
  custom: { create: (o) => new CustomPropertyCollectionProxy(o._ctx) },
});
