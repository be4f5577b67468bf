// What every screen of the pane shares, created once in WorkbookApp: the host over the open workbook, the language,
// the clock, the workbook as last read, and the one running operation. Screens read it through usePane() instead of
// props passed down by hand.
import { createContext, useContext } from "react";
import type { Lang } from "../../core/settings/settingsTypes";
import type { Host } from "../../workbook/host/hostTypes";
import type { WorkbookValidation } from "../../workbook/operations/validateWorkbook";
import type { WorkbookOpener } from "../screens/forms/workbookOpener";
import type { OneOperation } from "./useOneOperation";

export interface OpenWorkbook {
  /** "reading" while the pane reads the workbook it opened in, "unreadable" when that failed. */
  status: "reading" | "unreadable" | "read";
  /** The workbook holds a scoring table: the working screens show, else Start. */
  hasTable: boolean;
  /** The last validation of the whole workbook (on opening, after an undo, from Validate), null before any. */
  validation: WorkbookValidation | null;
  /** The workbook's stored results no longer match its entries, and no ranking has run since. */
  stale: boolean;
}

export interface Pane extends OneOperation {
  /** One host for the pane's life: it remembers what it learnt of the workbook between operations. */
  host: Host;
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** ISO time for the workbook's log and form ids (a prop of WorkbookApp, so tests are deterministic). */
  now: () => string;
  /** Opens .xlsx bytes (a form, a year summary) as a new workbook. */
  openWorkbook: WorkbookOpener;
  workbook: OpenWorkbook;
  /** A validation ran: it becomes the workbook as last read. */
  validated: (validation: WorkbookValidation) => void;
  /** A ranking wrote results: they match the entries again. */
  ranked: () => void;
  /** Reads the workbook (again): on opening, after a failed first reading, after an undo changed it. */
  reread: () => void;
  /** Start put a scoring table into the workbook: the working screens open. */
  injected: () => void;
  /** Id of the notice saying which operation runs, for the controls it locks (aria-describedby). */
  noticeId: string;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside WorkbookApp");
  return pane;
}

/** Props of a control that starts an operation: disabled while any runs, described by the notice naming it. */
export function useLock(): { disabled: boolean; "aria-describedby"?: string } {
  const { running, noticeId } = usePane();
  return running ? { disabled: true, "aria-describedby": noticeId } : { disabled: false };
}
