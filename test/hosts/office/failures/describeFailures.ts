// The failure matrix of one writing operation: for each failure Excel can raise at a sync, at the operation's first
// request and at the first, middle and last request of its write, the HostError has the right code and says what
// happened, what the workbook was left with and what to do; the workbook is then unchanged when the error says so,
// and in every case running the operation again without failure leaves it exactly as a run that never failed.

import { equals } from "@jest/expect-utils";
import {
  FAILURES,
  OUTCOMES,
  failAndRerun,
  positions,
  reference,
  toldOutcome,
  withParsedUndoSheet,
  type Operation,
  type Reference,
} from "./failureHarness";

/**
 * `writes`: the outcomes the operation's failed writes may tell (inject takes everything back; others cannot).
 * `writeRequests`: how many requests its write takes at least (a fix is one small request).
 */
const equal = (a: unknown, b: unknown) => equals(a, b);

export function describeFailures(
  operation: Operation,
  writes: readonly (keyof typeof OUTCOMES)[],
  writeRequests = 3,
): void {
  describe(`${operation.name}: a failure at any request`, () => {
    let clean: Reference;
    beforeAll(async () => {
      clean = await reference(operation);
    });

    it(`writes in at least ${writeRequests} request(s) when nothing fails`, () => {
      expect(clean.shape.requests - clean.shape.applyStart + 1).toBeGreaterThanOrEqual(writeRequests);
      expect(clean.after).not.toEqual(clean.before);
    });

    const at = ["first request (outline)", "first write request", "middle write request", "last write request"];
    describe.each(FAILURES)("$label", ({ failure, code, cause }) => {
      it.each(at)("at the %s: told what happened and what to do, then repaired by a second run", async (label) => {
        const position = positions(clean.shape).find((p) => p.label === label);
        expect(position).toBeDefined();
        const { error, after, rerun } = await failAndRerun(operation, position!.request, failure);
        expect(error.code).toBe(code);
        expect(error.detail.en).toMatch(cause);
        expect(error.detail.vi).not.toBe(error.detail.en);
        expect(error.detail.en).toMatch(/run (the same command )?again|Run Validate|use Excel on the desktop/i);
        const outcome = toldOutcome(error);
        if (position!.request < clean.shape.applyStart) {
          // A failed read: nothing was being written.
          expect(outcome).toBeNull();
          expect(after).toEqual(clean.before);
        } else {
          expect(writes).toContain(outcome);
          if (outcome === "unchanged" || outcome === "undone") expect(after).toEqual(clean.before);
        }
        // The undo sheet is compared by the snapshot it holds (see withParsedUndoSheet), everything else as it is.
        const rerunParsed = withParsedUndoSheet(rerun);
        const cleanParsed = withParsedUndoSheet(clean.after);
        const limit = operation.partialLimit;
        if (outcome === "partial" && limit && !equal(rerunParsed, cleanParsed)) {
          // Documented (see the operation's partialLimit): the rest must still be exactly as after a clean run.
          expect(limit.without(rerunParsed)).toEqual(limit.without(cleanParsed));
        } else {
          expect(rerunParsed).toEqual(cleanParsed);
        }
      });
    });
  });
}
