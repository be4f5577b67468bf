// The audit log's check chain: each entry's chain cell holds a short hash of the previous entry's chain and the
// entry's five cells, so that an entry edited or deleted after it was written is detectable. There is no secret:
// anyone can recompute the chain, so it shows edits made by hand, not edits by someone who recomputes every hash.

import { contentHash } from "../../core/integrity/contentHash";

/** The five written cells of one log entry. */
export interface LogEntry {
  /** The time as a person reads it (logTime.ts), given by the caller (plans are otherwise free of clocks); rows
   * written by older versions hold ISO text, which the chain covers just the same. */
  time: string;
  action: string;
  /** File name when known, else "". */
  file: string;
  hash: string;
  summary: string;
}

/** The chain the first entry continues from. */
export const FIRST_CHAIN = "";

/** The chain value of an entry that follows an entry whose chain is `previous`. */
export function logChain(previous: string, entry: LogEntry): string {
  return contentHash([previous, entry.time, entry.action, entry.file, entry.hash, entry.summary]);
}
