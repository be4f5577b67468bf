// The task pane inside Excel: creates the pane context every screen reads (host, language, clock, the workbook as
// last read, the one running operation) and reads the workbook once; PaneFrame shows what it holds.
import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../core/settings/settingsTypes";
import { VALIDATION_RULES } from "../../core/validation/validationRules";
import type { Host } from "../../workbook/host/hostTypes";
import type { WorkbookValidation } from "../../workbook/operations/validateWorkbook";
import { LanguageContext } from "../pane/language";
import { PaneContext, type OpenWorkbook, type Pane } from "../pane/paneContext";
import { useOneOperation } from "../pane/useOneOperation";
import { openInExcel, type WorkbookOpener } from "../screens/forms/workbookOpener";
import { PaneFrame } from "./PaneFrame";

const loadValidate = () => import("../../workbook/operations/validateWorkbook").then((mod) => mod.validateWorkbook);

export interface WorkbookAppProps {
  createHost: () => Host;
  initialLang: Lang;
  /** ISO time for the workbook's log (a prop so tests are deterministic). */
  now?: () => string;
  /** Opens .xlsx bytes (a form, a year summary) as a new workbook; Excel.createWorkbook unless a test gives one. */
  openWorkbook?: WorkbookOpener;
}

const systemNow = () => new Date().toISOString();

export function WorkbookApp({
  createHost,
  initialLang,
  now = systemNow,
  openWorkbook = openInExcel,
}: WorkbookAppProps) {
  // One host for the pane's life: it remembers what it learnt of the workbook between operations.
  const [host] = useState(createHost);
  return (
    <PaneProvider host={host} initialLang={initialLang} now={now} openWorkbook={openWorkbook}>
      <PaneFrame />
    </PaneProvider>
  );
}

const isStale = (v: WorkbookValidation) => v.findings.some((f) => f.rule === VALIDATION_RULES.resultStale);
const UNREAD: OpenWorkbook = { status: "reading", hasTable: false, validation: null, stale: false };

export interface PaneProviderProps {
  host: Host;
  initialLang: Lang;
  now: () => string;
  openWorkbook: WorkbookOpener;
  /** The workbook as already read (a screen's test); by default the pane reads it first. */
  initialWorkbook?: OpenWorkbook;
  children: ReactNode;
}

/** The pane context over one host: WorkbookApp's, and in tests a single screen's. */
export function PaneProvider({ host, initialLang, now, openWorkbook, initialWorkbook, children }: PaneProviderProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [workbook, setWorkbook] = useState<OpenWorkbook>(initialWorkbook ?? UNREAD);
  const operation = useOneOperation();
  const noticeId = useId("operation");
  const { run } = operation;

  const validated = useCallback((validation: WorkbookValidation) => {
    // Once on the working screens the pane stays there: a table whose metadata broke is shown by Validate's findings.
    setWorkbook((w) => ({
      status: "read",
      hasTable: w.hasTable || validation.meta !== null,
      validation,
      stale: isStale(validation),
    }));
  }, []);
  const read = useCallback(
    () =>
      run("read-workbook", async () => validated(await (await loadValidate())(host))).then((done) => {
        // The first reading has no screen to show a failure: the frame shows it with a retry instead.
        if (done === undefined) setWorkbook((w) => (w.status === "read" ? w : { ...w, status: "unreadable" }));
      }),
    [host, run, validated],
  );
  const reread = useCallback(() => {
    setWorkbook((w) => (w.status === "read" ? w : UNREAD));
    void read();
  }, [read]);
  // Reading the workbook is the pane's first job; the result decides which screen opens.
  const firstRead = initialWorkbook === undefined;
  useEffect(() => {
    if (firstRead) void read();
  }, [firstRead, read]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const pane: Pane = useMemo(
    () => ({
      ...operation,
      host,
      lang,
      setLang,
      now,
      openWorkbook,
      workbook,
      noticeId,
      validated,
      reread,
      ranked: () => setWorkbook((w) => ({ ...w, stale: false })),
      injected: () => setWorkbook({ status: "read", hasTable: true, validation: null, stale: false }),
    }),
    [operation, host, lang, now, openWorkbook, workbook, noticeId, validated, reread],
  );

  return (
    <LanguageContext.Provider value={lang}>
      <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>
    </LanguageContext.Provider>
  );
}
