// Whether settings read back from the metadata JSON have the shape the defaults have (numbers where numbers belong,
// word lists where lists belong), so that hand-edited or damaged metadata becomes a finding, never a crash later.

import { DEFAULT_SETTINGS } from "../../core/settings/defaultSettings";

/** Settings an object or null may fill (settingsTypes.ts): per-criterion floors. */
const NULLABLE = new Set(["floors"]);

function sameShape(value: unknown, model: unknown): boolean {
  // A null default (excellentShareOfGood) takes a number or null.
  if (model === null) return value === null || typeof value === "number";
  if (Array.isArray(model)) {
    return Array.isArray(value) && value.every((v) => model.length === 0 || typeof v === typeof model[0]);
  }
  if (typeof model === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return Object.entries(model as Record<string, unknown>).every(
      ([k, m]) => (record[k] === null && NULLABLE.has(k)) || sameShape(record[k], m),
    );
  }
  return typeof value === typeof model;
}

export function hasSettingsShape(settings: unknown): boolean {
  return sameShape(settings, DEFAULT_SETTINGS);
}
