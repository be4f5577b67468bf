// Range.conditionalFormats: add/clearAll/items, and the Custom and CellValue rule types with their formats.

import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  type PropertySpec,
  defineNavigation,
  defineProperties,
} from "../clientObject";
import { officeError } from "../fakeError";
import { boundingRect, intersect, subtract } from "../rect";
import type { ContextState } from "../requestContext";
import {
  type RangeTarget,
  checkBoolean,
  checkNumber,
  checkOneOf,
  checkSheetUnprotected,
  normalizeColor,
} from "../sheetRules";
import type { ConditionalFormatModel, SheetModel } from "../workbookModel";
import { RangeProxy } from "./rangeProxy";

export interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

function ordered(sheet: SheetModel): ConditionalFormatModel[] {
  return [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
}

function renumber(list: ConditionalFormatModel[]): void {
  list.forEach((cf, i) => {
    cf.priority = i;
  });
}

function live(t: CfTarget, location: string): CfTarget {
  if (!t.sheet.conditionalFormats.includes(t.cf)) {
    throw officeError("ItemNotFound", "The conditional format was deleted.", location);
  }
  return t;
}

export class ConditionalFormatCollectionProxy extends FakeCollection<RangeTarget, CfTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "ConditionalFormatCollection", resolver);
  }

  _entities(t: RangeTarget): CfTarget[] {
    return ordered(t.sheet)
      .filter((cf) => cf.rects.some((r) => intersect(r, t.rect)))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  _itemFor(entity: CfTarget): FakeClientObject {
    return new ConditionalFormatProxy(this._ctx, () => entity);
  }

  _itemPrototype(): FakeClientObject {
    return new ConditionalFormatProxy(this._ctx, () => null);
  }

  /** A new rule goes to the top of the sheet's list (priority 0), as Excel adds it. */
  add(type: string): ConditionalFormatProxy {
    this._requireApi("add", "1.6");
    const kind = checkOneOf(type, TYPES, "ConditionalFormatCollection.add");
    let created: CfTarget | null = null;
    const proxy = new ConditionalFormatProxy(this._ctx, () => {
      if (!created) throw officeError("ItemNotFound", "The conditional format was never added.", "ConditionalFormat");
      return created;
    });
    this._enqueue("add", [type], (t) => {
      checkSheetUnprotected(t.sheet, "ConditionalFormatCollection.add");
      const state = this._ctx.state.model;
      state.counters.conditionalFormat += 1;
      const cf: ConditionalFormatModel = {
        id: String(state.counters.conditionalFormat),
        rects: [t.rect],
        type: kind,
        priority: 0,
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      const list = [cf, ...ordered(t.sheet)];
      renumber(list);
      t.sheet.conditionalFormats = list;
      created = { sheet: t.sheet, cf };
    });
    return proxy;
  }

  clearAll(): void {
    this._requireApi("clearAll", "1.6");
    this._enqueue("clearAll", [], (t) => {
      checkSheetUnprotected(t.sheet, "ConditionalFormatCollection.clearAll");
      for (const cf of t.sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, t.rect));
      const kept = ordered(t.sheet).filter((cf) => cf.rects.length > 0);
      renumber(kept);
      t.sheet.conditionalFormats = kept;
    });
  }

  getCount(): FakeClientResult<number> {
    this._requireApi("getCount", "1.6");
    const result = new FakeClientResult<number>();
    this._enqueue("getCount", [], (t, staging) => result._fill(this._entities(t).length, staging));
    return result;
  }

  getItemAt(index: number): ConditionalFormatProxy {
    this._requireApi("getItemAt", "1.6");
    return new ConditionalFormatProxy(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      const found = this._entities(t)[index];
      if (!found) throw officeError("ItemNotFound", undefined, "ConditionalFormatCollection.getItemAt");
      return found;
    });
  }
}

export class ConditionalFormatProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "ConditionalFormat", resolver);
  }

  override _resolve(): CfTarget | null {
    const t = super._resolve();
    return t && live(t, "ConditionalFormat");
  }

  delete(): void {
    this._enqueue("delete", [], (t) => {
      checkSheetUnprotected(t.sheet, "ConditionalFormat.delete");
      const kept = ordered(t.sheet).filter((cf) => cf !== t.cf);
      renumber(kept);
      t.sheet.conditionalFormats = kept;
    });
  }

  getRange(): RangeProxy {
    return this._rangeOf(false);
  }

  getRangeOrNullObject(): RangeProxy {
    const range = this._rangeOf(true);
    range._enqueueInstantiation("getRangeOrNullObject", []);
    return range;
  }

  /** Excel gives one Range only when the rule covers a single rectangle. */
  _rangeOf(orNull: boolean): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      if (t.cf.rects.length !== 1) {
        if (orNull) return null;
        throw officeError("InvalidOperation", "The rule covers several areas.", "ConditionalFormat.getRange");
      }
      return { sheet: t.sheet, rect: t.cf.rects.reduce(boundingRect) };
    });
  }
}

defineProperties<CfTarget>(ConditionalFormatProxy, {
  id: { read: (t) => t.cf.id },
  type: { read: (t) => t.cf.type },
  stopIfTrue: {
    read: (t) => t.cf.stopIfTrue,
    write: (t, v) => {
      checkSheetUnprotected(t.sheet, "ConditionalFormat.stopIfTrue");
      t.cf.stopIfTrue = checkBoolean(v, "ConditionalFormat.stopIfTrue");
    },
  },
  priority: {
    read: (t) => t.cf.priority,
    write: (t, v) => {
      const p = checkNumber(v, "ConditionalFormat.priority");
      checkSheetUnprotected(t.sheet, "ConditionalFormat.priority");
      const rest = ordered(t.sheet).filter((cf) => cf !== t.cf);
      rest.splice(Math.max(0, Math.min(rest.length, Math.floor(p))), 0, t.cf);
      renumber(rest);
    },
  },
});

/** custom/cellValue are only there for rules of that type; Excel fails on the others (code assumed). */
function ofType(owner: FakeClientObject, type: string, member: string): () => CfTarget | null {
  return () => {
    const t = (owner as ConditionalFormatProxy)._resolve();
    if (t && t.cf.type !== type) {
      throw officeError("InvalidOperation", `The rule is of type ${t.cf.type}.`, `ConditionalFormat.${member}`);
    }
    return t;
  };
}

export class CustomConditionalFormatProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "CustomConditionalFormat", resolver);
  }
}

export class CellValueConditionalFormatProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "CellValueConditionalFormat", resolver);
  }
}

export class ConditionalFormatRuleProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "ConditionalFormatRule", resolver);
  }
}

export class ConditionalRangeFormatProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "ConditionalRangeFormat", resolver);
  }
}

export class ConditionalRangeFillProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "ConditionalRangeFill", resolver);
  }

  clear(): void {
    this._enqueue("clear", [], (t) => {
      checkSheetUnprotected(t.sheet, "ConditionalRangeFill.clear");
      delete t.cf.format["fill.color"];
    });
  }
}

export class ConditionalRangeFontProxy extends FakeClientObject<CfTarget> {
  constructor(ctx: ContextState, resolver: () => CfTarget | null) {
    super(ctx, "ConditionalRangeFont", resolver);
  }

  clear(): void {
    this._enqueue("clear", [], (t) => {
      checkSheetUnprotected(t.sheet, "ConditionalRangeFont.clear");
      for (const key of Object.keys(t.cf.format)) if (key.startsWith("font.")) delete t.cf.format[key];
    });
  }
}

function formatProp(className: string, name: string, key: string, check: (v: unknown, loc: string) => unknown) {
  const location = `${className}.${name}`;
  const spec: PropertySpec<CfTarget> = {
    read: (t) => t.cf.format[key] ?? null,
    write: (t, v) => {
      const value = check(v, location);
      checkSheetUnprotected(t.sheet, location);
      t.cf.format[key] = value;
    },
  };
  return spec;
}

const asString = (v: unknown, loc: string) => {
  if (typeof v !== "string") throw officeError("InvalidArgument", undefined, loc);
  return v;
};

defineProperties<CfTarget>(ConditionalFormatRuleProxy, {
  formula: {
    read: (t) => t.cf.rule.formula ?? "",
    write: (t, v) => {
      const formula = asString(v, "ConditionalFormatRule.formula");
      checkSheetUnprotected(t.sheet, "ConditionalFormatRule.formula");
      t.cf.rule = { formula };
    },
  },
});

defineProperties<CfTarget>(CellValueConditionalFormatProxy, {
  rule: {
    read: (t) => ({ ...t.cf.rule }),
    write: (t, v) => {
      const location = "CellValueConditionalFormat.rule";
      if (typeof v !== "object" || v === null) throw officeError("InvalidArgument", undefined, location);
      const rule = v as Record<string, unknown>;
      const operator = checkOneOf(rule.operator, CELL_VALUE_OPERATORS, location);
      if (rule.formula1 === undefined) throw officeError("InvalidArgument", "formula1 is missing.", location);
      if ((operator === "Between" || operator === "NotBetween") && rule.formula2 === undefined) {
        throw officeError("InvalidArgument", "Between needs formula2.", location);
      }
      checkSheetUnprotected(t.sheet, location);
      t.cf.rule = { ...rule };
    },
  },
});

defineProperties<CfTarget>(ConditionalRangeFormatProxy, {
  numberFormat: formatProp("ConditionalRangeFormat", "numberFormat", "numberFormat", asString),
});
defineProperties<CfTarget>(ConditionalRangeFillProxy, {
  color: formatProp("ConditionalRangeFill", "color", "fill.color", normalizeColor),
});
defineProperties<CfTarget>(ConditionalRangeFontProxy, {
  bold: formatProp("ConditionalRangeFont", "bold", "font.bold", checkBoolean),
  italic: formatProp("ConditionalRangeFont", "italic", "font.italic", checkBoolean),
  strikethrough: formatProp("ConditionalRangeFont", "strikethrough", "font.strikethrough", checkBoolean),
  underline: formatProp("ConditionalRangeFont", "underline", "font.underline", (v, loc) =>
    checkOneOf(v, ["None", "Single", "Double"], loc),
  ),
  color: formatProp("ConditionalRangeFont", "color", "font.color", normalizeColor),
});

const child = (make: (ctx: ContextState, r: () => CfTarget | null) => FakeClientObject) => (owner: FakeClientObject) =>
  make(owner._ctx, () => (owner as FakeClientObject<CfTarget>)._resolve());

defineNavigation(ConditionalFormatProxy, {
  custom: { create: (o) => new CustomConditionalFormatProxy(o._ctx, ofType(o, "Custom", "custom")) },
  cellValue: { create: (o) => new CellValueConditionalFormatProxy(o._ctx, ofType(o, "CellValue", "cellValue")) },
});
defineNavigation(CustomConditionalFormatProxy, {
  rule: { create: child((ctx, r) => new ConditionalFormatRuleProxy(ctx, r)) },
  format: { create: child((ctx, r) => new ConditionalRangeFormatProxy(ctx, r)) },
});
defineNavigation(CellValueConditionalFormatProxy, {
  format: { create: child((ctx, r) => new ConditionalRangeFormatProxy(ctx, r)) },
});
defineNavigation(ConditionalRangeFormatProxy, {
  fill: { create: child((ctx, r) => new ConditionalRangeFillProxy(ctx, r)) },
  font: { create: child((ctx, r) => new ConditionalRangeFontProxy(ctx, r)) },
});
