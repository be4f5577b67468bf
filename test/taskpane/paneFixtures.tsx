// Shared set-up for the screen tests: rendering inside Fluent's theme, a screen inside the pane context it reads
// (host, language, clock, the workbook as read), and in-memory workbooks (the workbook tests' MemoryHost) injected
// from a scenario, optionally filled with its valid entries.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Lang } from "../../src/core/settings/settingsTypes";
import { OperationNotice } from "../../src/taskpane/components/OperationNotice";
import { PaneProvider } from "../../src/taskpane/components/WorkbookApp";
import { usePane } from "../../src/taskpane/pane/paneContext";
import type { WorkbookOpener } from "../../src/taskpane/screens/forms/workbookOpener";
import type { Host } from "../../src/workbook/host/hostTypes";
import type { WorkbookValidation } from "../../src/workbook/operations/validateWorkbook";
import type { WorkbookLayout, WorkbookMode } from "../../src/workbook/layout/workbookLayout";
import { MemoryHost } from "../workbook/memoryHost";
import { scenarioFor } from "../workbook/scenarios";
import { fillScenario, injectScenario } from "../workbook/scenarioWorkbook";
import { cellAddress } from "../../src/workbook/layout/cellAddress";

export const NOW = "2026-03-01T08:00:00.000Z";
export const now = () => NOW;

export function renderInTheme(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export interface ScreenSetup {
  host: Host;
  lang?: Lang;
  now?: () => string;
  openWorkbook?: WorkbookOpener;
  /** The workbook as the pane last read it (none by default). */
  validation?: WorkbookValidation | null;
  /** The pane's last validation said the stored results are stale. */
  stale?: boolean;
  /** The workbook holds a scoring table (default); false for the Start screen's blank workbook. */
  hasTable?: boolean;
}

/**
 * Shows the workbook as the pane now takes it: whether it holds a scoring table (Start or the tabs) and whether the
 * pane has a validation of it (read on opening, after an undo, from Validate).
 */
export function WorkbookProbe() {
  const { workbook } = usePane();
  return (
    <>
      <output data-testid="has-table">{workbook.hasTable ? "table" : "no table"}</output>
      <output data-testid="validated">{workbook.validation ? "validated" : "not validated"}</output>
    </>
  );
}

const refuseToOpen: WorkbookOpener = () => Promise.reject(new Error("this test opens no workbook"));

/** One screen in the pane context, with the notice that names a running operation, as WorkbookApp shows it. */
export function renderScreen(screen: ReactElement, setup: ScreenSetup) {
  const { host, lang = "vi", validation = null, stale = false, hasTable = true } = setup;
  return renderInTheme(
    <PaneProvider
      host={host}
      initialLang={lang}
      now={setup.now ?? now}
      openWorkbook={setup.openWorkbook ?? refuseToOpen}
      initialWorkbook={{ status: "read", hasTable, validation, stale }}
    >
      <OperationNotice />
      {screen}
    </PaneProvider>,
  );
}

/** A workbook holding khoi-so-nganh in self mode unless told (the scenario's units in two clusters), entries filled and valid unless `filled` is false. */
export async function workbookWithTable(
  filled = true,
  mode: WorkbookMode = "self",
): Promise<{ host: MemoryHost; layout: WorkbookLayout }> {
  const scenario = scenarioFor("khoi-so-nganh", mode, 2);
  const host = new MemoryHost();
  const planned = await injectScenario(host, scenario, { now: NOW });
  const layout = planned.layout!;
  if (filled) await fillScenario(host, layout, scenario);
  host.calls.length = 0;
  return { host, layout };
}

/** The self-score cell of the first manual criterion for the unit in `column` (0-based). */
export function firstManualCell(layout: WorkbookLayout, column: number): string {
  const row = layout.flat.rows.find((r) => r.kind === "manual")!;
  return cellAddress(layout.self.grid.row + row.index, layout.self.grid.column + column);
}

/** A promise and the function that settles it, to hold a host call open while a test looks at the screen. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}
