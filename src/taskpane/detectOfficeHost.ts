// Decides whether the task pane runs inside Office or was opened in a plain browser, without ever waiting forever.

/** Where the task pane is running. `outside` covers a plain browser and an Office.js that never became ready. */
export type OfficeHostState =
  | { kind: "outside"; reason: "no-office-js" | "no-host" | "timeout" }
  | { kind: "inside"; host: string; platform: string | null; displayLanguage: string | undefined };

/**
 * The part of the Office global this module reads; tests pass a fake. Host and platform are `unknown` because
 * @types/office-js declares them as enums while office.js delivers strings ("Excel", "OfficeOnline") or null.
 */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

/** How long Office.js may take to report ready before we conclude we are not in Office. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/**
 * `office` is the global Office object, or undefined when office.js did not load (no network to the CDN, opened
 * from disk). Outside Office, office.js reports ready with host null; a stalled load hits the timeout.
 */
export function detectOfficeHost(
  office: OfficeGlobal | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeHostState> {
  if (!office || typeof office.onReady !== "function") {
    return Promise.resolve({ kind: "outside", reason: "no-office-js" });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "outside", reason: "timeout" }), timeoutMs);
    const settle = (state: OfficeHostState) => {
      clearTimeout(timer);
      resolve(state);
    };
    office.onReady().then(
      (info) => {
        if (!info || !info.host) {
          settle({ kind: "outside", reason: "no-host" });
          return;
        }
        settle({
          kind: "inside",
          host: String(info.host),
          platform: info.platform ? String(info.platform) : null,
          displayLanguage: office.context?.displayLanguage,
        });
      },
      () => settle({ kind: "outside", reason: "no-host" }),
    );
  });
}
