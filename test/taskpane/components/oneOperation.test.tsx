// The pane runs one operation at a time (a bug found in use: while Rank's write was in flight, "Hoàn tác" started a
// second write from a snapshot read before the ranking landed). With Rank's write held open, every other control
// that reads or writes the workbook, on every tab, is disabled and names the operation that runs; once the write
// lands, they work again.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookApp } from "../../../src/taskpane/components/WorkbookApp";
import { deferred, firstManualCell, now, renderInTheme, workbookWithTable } from "../paneFixtures";

const RUNNING = "Ranking… Other actions wait until it finishes.";

/** Every control in `place` that `names` match: each is disabled and described by the running operation. */
function expectLocked(place: HTMLElement, names: (string | RegExp)[]) {
  for (const name of names) {
    const buttons = within(place).getAllByRole("button", { name });
    for (const button of buttons) {
      expect({ name: String(name), disabled: (button as HTMLButtonElement).disabled }).toEqual({
        name: String(name),
        disabled: true,
      });
      expect(button).toHaveAccessibleDescription(RUNNING);
    }
  }
}

/** Shows a screen: from its tab, or from the menu beside the tabs (whose button names the menu screen shown). */
async function showTab(name: string) {
  const tab = screen.queryByRole("tab", { name });
  if (tab) {
    await userEvent.click(tab);
    return screen.findByRole("tabpanel", { name });
  }
  await userEvent.click(within(screen.getByRole("navigation")).getByRole("button", { expanded: false }));
  await userEvent.click(await screen.findByRole("menuitemradio", { name }));
  return screen.findByRole("region", { name });
}

describe("one operation at a time", () => {
  it("locks every other control, on every tab, while Rank's write is in flight, and unlocks them after", async () => {
    const { host, layout } = await workbookWithTable();
    // A decimal comma gives the opening validation a finding with a fix; the user then corrects the cell in Excel,
    // so ranking reads clean entries and writes.
    const cell = firstManualCell(layout, 2);
    host.type(layout.self.sheet, cell, "1,5");
    const opened: Uint8Array[] = [];
    renderInTheme(
      <WorkbookApp
        createHost={() => host}
        initialLang="en"
        now={now}
        openWorkbook={async (bytes) => void opened.push(bytes)}
      />,
    );
    await screen.findByRole("region", { name: "Errors (1)" });
    // Forms made before the ranking, so that the forms' own buttons are on screen too.
    await showTab("Forms");
    await userEvent.click(await screen.findByRole("button", { name: "Make forms" }));
    await screen.findByRole("list", { name: "Forms made" });
    host.type(layout.self.sheet, cell, 1.5);

    const gate = deferred();
    const apply = host.apply.bind(host);
    const held = jest.spyOn(host, "apply").mockImplementation(async (plan) => {
      await gate.promise;
      return apply(plan);
    });
    await showTab("Rank");
    await userEvent.click(screen.getByRole("button", { name: "Rank" }));
    await waitFor(() => expect(held).toHaveBeenCalledTimes(1));
    expect(screen.getByText(RUNNING)).toBeVisible();

    expectLocked(document.body, ["Undo"]);
    expectLocked(await showTab("Rank"), [/^Ranking…/]);
    expectLocked(await showTab("Validate"), [
      "Validate",
      "Fix 1 cells automatically",
      "Change to 1.5",
      `Go to cell ${cell}`,
    ]);
    expectLocked(await showTab("Analysis"), [/^Analyse/]);
    expectLocked(await showTab("Forms"), [
      "Make forms",
      "Issue new ids…",
      /^Open all \(\d+ forms\)$/,
      /^Open form \(/,
      /Choose form files/,
      /Choose period/,
    ]);
    const settings = await showTab("Settings");
    await within(settings).findByRole("button", { name: "Save settings" });
    expectLocked(settings, ["Save settings"]);

    // A click on a locked control starts nothing: Undo reads nothing while the ranking holds the workbook.
    const calls = host.calls.length;
    await userEvent.click(screen.getByRole("button", { name: "Undo" }), { pointerEventsCheck: 0 });
    expect(host.calls.slice(calls)).toEqual([]);

    gate.release();
    await waitFor(() => expect(screen.queryByText(RUNNING)).toBeNull());
    expect(screen.getByRole("button", { name: "Save settings" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Undo" })).toBeEnabled();
    await showTab("Rank");
    expect(screen.getByText("The results were written to the workbook's ranking sheet.")).toBeVisible();
    expect(held).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([]);
  }, 60_000);
});
