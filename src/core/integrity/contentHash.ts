// A content hash of plain data (inputs of a ranking run, a criteria table): 64 bits as 16 hex characters from two
// independent 32-bit lanes (FNV-1a and MurmurHash3) over the UTF-8 bytes of its canonical JSON.

import type { Finding } from "../findings/findingTypes";
import { render } from "../messages/messageTypes";
import { validationMessages as m } from "../messages/validationMessages";
import { VALIDATION_RULES as R } from "../validation/validationRules";
import { canonicalJson } from "./canonicalJson";
import { fnv1a32 } from "./fnv1a32";
import { murmur3 } from "./murmur3";
import { utf8Bytes } from "./utf8Bytes";

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/** Deterministic across runs and machines; equal content (see canonicalJson) gives an equal hash. */
export function contentHash(value: unknown): string {
  const bytes = utf8Bytes(canonicalJson(value));
  return hex8(fnv1a32(bytes)) + hex8(murmur3(bytes, 0x9747b28c));
}

/** A "result.stale" warning when results carry a hash of inputs that no longer match; none without a stored hash. */
export function staleResultFinding(storedHash: string | null, currentHash: string): Finding | null {
  if (storedHash === null || storedHash.trim().toLowerCase() === currentHash.toLowerCase()) return null;
  return {
    rule: R.resultStale,
    severity: "warning",
    location: { area: "result" },
    message: render(m.resultStale, {}),
    data: { storedHash, currentHash },
  };
}
