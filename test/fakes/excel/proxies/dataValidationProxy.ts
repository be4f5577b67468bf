// Range.dataValidation: rule, errorAlert, prompt and ignoreBlanks are stored per region; `valid` checks the cells.

import { qualifiedAddress, ABSOLUTE } from "../a1Address";
import { FakeClientObject, defineProperties } from "../clientObject";
import { officeError } from "../fakeError";
import { resolveReference } from "../namedItemModel";
import type { ContextState } from "../requestContext";
import { type RangeTarget, checkBoolean, checkSheetUnprotected } from "../sheetRules";
import {
  allValid,
  checkRule,
  clearValidation,
  updateValidation,
  validationOf,
  validationType,
} from "../validationModel";

/** Range objects inside a rule (list source, bounds) are stored as absolute references, the form Excel keeps. */
function withAddresses(rule: Record<string, unknown>): Record<string, unknown> {
  const [kind, body] = Object.entries(rule)[0] as [string, Record<string, unknown>];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value instanceof FakeClientObject) {
      const t = (value as FakeClientObject<RangeTarget>)._resolve();
      out[key] = t ? `=${qualifiedAddress(t.sheet.name, t.rect, ABSOLUTE)}` : null;
    } else out[key] = value;
  }
  return { [kind]: out };
}

export class DataValidationProxy extends FakeClientObject<RangeTarget> {
  constructor(ctx: ContextState, resolver: () => RangeTarget | null) {
    super(ctx, "DataValidation", resolver);
  }

  clear(): void {
    this._enqueue("clear", [], (t) => {
      checkSheetUnprotected(t.sheet, "DataValidation.clear");
      clearValidation(t.sheet, t.rect);
    });
  }
}

function objectInput(value: unknown, location: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw officeError("InvalidArgument", undefined, location);
  return value as Record<string, unknown>;
}

defineProperties<RangeTarget>(DataValidationProxy, {
  type: {
    read: (t) => {
      const region = validationOf(t.sheet, t.rect);
      return region === "none" ? "None" : region === "mixed" ? "Inconsistent" : validationType(region);
    },
  },
  // Without validation the rule reads as an empty object; over mixed cells every part reads null (assumed).
  rule: {
    read: (t) => {
      const region = validationOf(t.sheet, t.rect);
      return region === "none" ? {} : region === "mixed" ? null : structuredClone(region.rule ?? {});
    },
    write: (t, v, self) => {
      const location = "DataValidation.rule";
      const rule = checkRule(v, location);
      checkSheetUnprotected(t.sheet, location);
      updateValidation(self._ctx.state.model, t.sheet, t.rect, { rule: withAddresses(rule) }, location);
    },
  },
  errorAlert: {
    read: (t) => {
      const region = validationOf(t.sheet, t.rect);
      return region === "none"
        ? { message: "", showAlert: true, style: "Stop", title: "" }
        : region === "mixed"
          ? null
          : { ...region.errorAlert };
    },
    write: (t, v, self) => {
      const location = "DataValidation.errorAlert";
      const alert = objectInput(v, location);
      checkSheetUnprotected(t.sheet, location);
      updateValidation(self._ctx.state.model, t.sheet, t.rect, { errorAlert: { ...alert } as never }, location);
    },
  },
  prompt: {
    read: (t) => {
      const region = validationOf(t.sheet, t.rect);
      return region === "none"
        ? { message: "", showPrompt: false, title: "" }
        : region === "mixed"
          ? null
          : { ...region.prompt };
    },
    write: (t, v, self) => {
      const location = "DataValidation.prompt";
      const prompt = objectInput(v, location);
      checkSheetUnprotected(t.sheet, location);
      updateValidation(self._ctx.state.model, t.sheet, t.rect, { prompt: { ...prompt } as never }, location);
    },
  },
  ignoreBlanks: {
    read: (t) => {
      const region = validationOf(t.sheet, t.rect);
      return region === "none" ? true : region === "mixed" ? null : region.ignoreBlanks;
    },
    write: (t, v, self) => {
      const location = "DataValidation.ignoreBlanks";
      const ignore = checkBoolean(v, location);
      checkSheetUnprotected(t.sheet, location);
      updateValidation(self._ctx.state.model, t.sheet, t.rect, { ignoreBlanks: ignore }, location);
    },
  },
  valid: {
    inDefaultLoad: false,
    read: (t, self) => {
      const state = self._ctx.state;
      return allValid(t.sheet, t.rect, { evaluator: state.evaluator }, (formula, from) =>
        resolveReference(state.model, formula, from),
      );
    },
  },
});
