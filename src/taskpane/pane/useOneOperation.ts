// The pane's one running operation: which one, its progress and, once it failed, what to tell the user. A second
// start while one runs is refused (a double click, or another screen's button, must never write twice or read a
// workbook half written).
import { useCallback, useMemo, useRef, useState } from "react";
import type { Bilingual } from "../../core/messages/messageTypes";
import { HostError, type ProgressFn } from "../../workbook/host/hostTypes";
import type { OperationName } from "./operationName";

export interface Running {
  name: OperationName;
  /** 0..1 while the job reports progress, null otherwise. */
  progress: number | null;
  /** The step the job last reported, in words. */
  step: Bilingual | null;
}

export interface Failure {
  name: OperationName;
  /** A host's explanation of what failed, or `true` for a failure without one. */
  detail: Bilingual | true;
}

export type RunOperation = <T>(
  name: OperationName,
  job: (progress: ProgressFn) => Promise<T>,
) => Promise<T | undefined>;

export interface OneOperation {
  running: Running | null;
  failure: Failure | null;
  /** Runs the job unless another runs; undefined when refused or failed (the failure is kept for the screen). */
  run: RunOperation;
  dismiss: () => void;
}

export function useOneOperation(): OneOperation {
  const [running, setRunning] = useState<Running | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // A ref as well as state: two clicks in one frame both see the state of before the first.
  const busy = useRef(false);

  const run: RunOperation = useCallback(async (name, job) => {
    if (busy.current) return undefined;
    busy.current = true;
    setRunning({ name, progress: null, step: null });
    setFailure(null);
    try {
      return await job((p) => setRunning({ name, progress: p.fraction, step: p.step }));
    } catch (error) {
      // Host failures (protected sheet, busy Excel) carry a message for the user; anything else is shown generically.
      setFailure({ name, detail: error instanceof HostError ? error.detail : true });
      return undefined;
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }, []);

  const dismiss = useCallback(() => setFailure(null), []);
  return useMemo(() => ({ running, failure, run, dismiss }), [running, failure, run, dismiss]);
}
