// A canonical text form of plain data, so equal content always hashes equally: object keys sorted, -0 as 0,
// NaN and ±Infinity spelled out, undefined as null, Dates as ISO strings, Maps and Sets in sorted order.

/**
 * Object properties whose value is undefined are left out (as JSON does), so { a: 1 } and { a: 1, b: undefined }
 * are the same content; undefined elsewhere (array slot, top level) is null. Functions and symbols are null too.
 * A cyclic value is a programming error and throws.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const open = new Set<object>();
  write(value, parts, open);
  return parts.join("");
}

function write(value: unknown, parts: string[], open: Set<object>): void {
  switch (typeof value) {
    case "number":
      parts.push(
        value === 0
          ? "0"
          : Number.isNaN(value)
            ? '"NaN"'
            : Number.isFinite(value)
              ? String(value)
              : value > 0
                ? '"Infinity"'
                : '"-Infinity"',
      );
      return;
    case "string":
      parts.push(JSON.stringify(value));
      return;
    case "boolean":
      parts.push(value ? "true" : "false");
      return;
    case "bigint":
      parts.push(`"${value}n"`);
      return;
    case "object":
      break;
    default:
      parts.push("null");
      return;
  }
  if (value === null) {
    parts.push("null");
    return;
  }
  if (value instanceof Date) {
    parts.push(Number.isNaN(value.getTime()) ? '"Invalid Date"' : JSON.stringify(value.toISOString()));
    return;
  }
  // A row of a grid (numbers, text, blanks) is written by JSON itself, which spells these exactly as below and
  // is many times faster on the 150,000 cells of a 60-unit cross workbook's inputs.
  if (Array.isArray(value) && plainItems(value)) {
    parts.push(JSON.stringify(value));
    return;
  }
  if (open.has(value)) throw new Error("canonicalJson: cyclic value");
  open.add(value);
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = value as ArrayLike<unknown>;
    parts.push("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) parts.push(",");
      write(items[i], parts, open);
    }
    parts.push("]");
  } else if (value instanceof Map || value instanceof Set) {
    // Insertion order is not content: sort the serialised entries.
    const entries = [...value.entries()].map(([k, v]) => canonicalJson([k, v]));
    entries.sort();
    parts.push(value instanceof Map ? '{"Map":[' : '{"Set":[', entries.join(","), "]}");
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    parts.push("{");
    keys.forEach((key, i) => {
      if (i > 0) parts.push(",");
      parts.push(JSON.stringify(key), ":");
      write(record[key], parts, open);
    });
    parts.push("}");
  }
  open.delete(value);
}

/** True when every item is null, a boolean, text or a finite number: JSON writes these as write() does (-0 as 0). */
function plainItems(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || typeof item === "string" || typeof item === "boolean") continue;
    if (typeof item === "number" && Number.isFinite(item)) continue;
    return false;
  }
  return true;
}
