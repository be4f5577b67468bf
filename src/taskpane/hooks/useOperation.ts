// Runs one long workbook operation at a time: tracks running, progress and the error a user can act on, and refuses
// a second start while the first is still running (a double click must not write twice).
import { useCallback, useRef, useState } from "react";
import type { Bilingual } from "../../core/messages/messageTypes";
import { HostError, type ProgressFn } from "../../workbook/host/hostTypes";

export interface OperationState {
  running: boolean;
  /** 0..1 while a host reports progress, null otherwise. */
  progress: number | null;
  /** A host's explanation of what failed, or `true` for a failure without one. */
  error: Bilingual | true | null;
}

export function useOperation() {
  const [state, setState] = useState<OperationState>({ running: false, progress: null, error: null });
  const busy = useRef(false);

  const run = useCallback(async <T>(job: (progress: ProgressFn) => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setState({ running: true, progress: null, error: null });
    try {
      const value = await job((p) => setState((s) => ({ ...s, progress: p.fraction })));
      setState({ running: false, progress: null, error: null });
      return value;
    } catch (error) {
      // Host failures (protected sheet, busy Excel) carry a message for the user; anything else is shown generically.
      setState({ running: false, progress: null, error: error instanceof HostError ? error.detail : true });
      return undefined;
    } finally {
      busy.current = false;
    }
  }, []);

  const dismiss = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { ...state, run, dismiss };
}
