// The task pane's "Hoàn tác" button: asks first, naming the operation and its time; undoes the ranking on confirm;
// says when there is nothing to undo; shows a host failure in the error bar.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UndoButton } from "../../../src/taskpane/components/UndoButton";
import { HostError } from "../../../src/workbook/host/hostTypes";
import { rankWorkbook } from "../../../src/workbook/operations/rankWorkbook";
import { NOW, renderScreen, workbookWithTable, WorkbookProbe } from "../paneFixtures";

const RANKED = "2026-03-02T09:00:00.000Z";

describe("Undo button", () => {
  it("names the ranking and its time, and puts the results back once confirmed", async () => {
    const { host, layout } = await workbookWithTable();
    const hashCell = `C${layout.result.hashRow}`;
    const before = host.cell(layout.result.sheet, hashCell)?.v ?? null;
    await rankWorkbook(host, { now: RANKED });
    host.calls.length = 0;
    renderScreen(
      <>
        <UndoButton />
        <WorkbookProbe />
      </>,
      { host, lang: "vi" },
    );

    await userEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    expect(await screen.findByText("Hoàn tác thao tác cuối?")).toBeVisible();
    // The header's time as Vietnam reads it (09:00 UTC is 16:00 at UTC+7), never as ISO.
    expect(screen.getByText(/^Xếp hạng lúc 16 giờ 00, ngày 02\/03\/2026 \(/)).toBeVisible();
    // Asking reads only the snapshot's header: nothing is written yet.
    expect(host.calls).toEqual(["outline", "read"]);

    const buttons = screen.getAllByRole("button", { name: "Hoàn tác" });
    await userEvent.click(buttons[buttons.length - 1]);
    expect(await screen.findByText(/Đã hoàn tác xếp hạng: \d+ ô được khôi phục/)).toBeVisible();
    expect(host.cell(layout.result.sheet, hashCell)?.v ?? null).toBe(before);
    // The workbook changed under the pane: it reads it again.
    await waitFor(() => expect(screen.getByTestId("validated")).toHaveTextContent(/^validated$/));
    const log = host.names.get("TD_LOG")!;
    // The undo's log row shows NOW (08:00 UTC) as Vietnam reads it.
    expect(NOW).toBe("2026-03-01T08:00:00.000Z");
    expect(host.cell(log.sheet!, `A${Number(/\d+$/.exec(log.range!)![0])}`)?.v).toBe("15 giờ 00, ngày 01/03/2026");
  });

  it("says there is nothing to undo in a workbook nothing has written to", async () => {
    const { host } = await workbookWithTable();
    renderScreen(<UndoButton />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText(/Nothing to undo/)).toBeVisible();
    expect(host.calls).not.toContain("apply");
  });

  it("shows the host's explanation when the workbook cannot be read", async () => {
    const { host } = await workbookWithTable();
    host.outline = () => Promise.reject(new HostError("busy", { vi: "Excel đang bận.", en: "Excel is busy." }));
    renderScreen(<UndoButton />, { host, lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Excel is busy.")).toBeVisible();
  });
});
