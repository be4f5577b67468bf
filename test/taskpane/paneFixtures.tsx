// Shared set-up for the screen tests: rendering inside Fluent's theme, and in-memory workbooks (the workbook tests'
// MemoryHost) injected from a scenario, optionally filled with its valid entries.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { WorkbookLayout, WorkbookMode } from "../../src/workbook/layout/workbookLayout";
import { MemoryHost } from "../workbook/memoryHost";
import { scenarioFor } from "../workbook/scenarios";
import { fillScenario, injectScenario } from "../workbook/scenarioWorkbook";

export const NOW = "2026-03-01T08:00:00.000Z";
export const now = () => NOW;

export function renderInTheme(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
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
  const letter = String.fromCharCode("A".charCodeAt(0) + layout.self.grid.column + column);
  return `${letter}${layout.self.grid.row + row.index}`;
}

/** A promise and the function that settles it, to hold a host call open while a test looks at the screen. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}
