// ExcelApi requirement-set versions: comparing them, and refusing members above the fake's configured version.

import { apiNotFound } from "./fakeError";

/** Compares "1.8" and "1.10" as versions (1.10 is newer), not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.js throws ApiNotFound synchronously when a member's requirement set is above what the host supports. */
export function requireApi(maxVersion: string, member: string, since: string | undefined): void {
  if (since !== undefined && compareVersions(since, maxVersion) > 0) throw apiNotFound(member, since);
}
